//! Name forms: normalization for identity keys, plural forms of titles, and the closed
//! word classes (honorifics, name particles, function words, calendar words) that the
//! name patterns need. These are facts about English, not about any actor.

use unicode_normalization::UnicodeNormalization;

/// Honorifics and military or clerical ranks that may stand before a name and are not
/// part of it.
pub const HONORIFICS: &[&str] = &[
    "H.E.",
    "H.H.",
    "H.R.H.",
    "H.M.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sheikh",
    "Sheik",
    "Prof.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Adm.",
    "Sgt.",
    "Brig.",
    "Cpl.",
    "Cmdr.",
    "Cdr.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Rev.",
    "Ayatollah",
    "Sayyed",
    "Sayyid",
    "Seyed",
    "Imam",
    "Rabbi",
    "Father",
    "Madam",
    "Mme",
    "Mme.",
    "Herr",
    "Frau",
    "Senor",
    "Senora",
    "Señora",
    "Signor",
    "Signora",
    "Senhor",
    "Senhora",
    "Señor",
    "Monsieur",
    "Comrade",
    "Marshal",
    "Field Marshal",
    // Ranks written without their period ("Lt Gen Naveed Mukhtar") or in full.
    "Lt",
    "Gen",
    "Col",
    "Capt",
    "Brig",
    "Sgt",
    "Cpl",
    "Lieutenant",
    "Brigadier",
    "Corporal",
    // Chiefly and Sikh honorifics ("Ratu Sir Kamisese Mara", "Sardar Swaran Singh").
    "Ratu",
    "Sardar",
    "Hon.",
    "Hon'ble",
    "Rt.",
    "Ambassador",
    "Amb.",
    "Mullah",
    "Shri",
    "Smt.",
    "Sri",
    "Excellency",
    "Md.",
    "Md",
    "Km.",
    "Begum",
    // Malaysian honours ("Datuk Seri Anwar Ibrahim", "Tan Sri", "Tun").
    "Datuk",
    "Dato'",
    "Dato",
    "Seri",
    "Tun",
];

/// Lower-case particles that may sit inside a name ("Mohammed bin Salman", "Ursula von
/// der Leyen", "Luiz Inácio Lula da Silva").
pub const PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "del", "della", "der", "den", "di", "da", "das", "do",
    "dos", "du", "van", "von", "le", "la", "ter", "ten", "y", "abu", "ould", "ben", "zu", "e",
    "arap", "wa", "bte",
];

/// Capitalized words that never begin or form a person's name: function words that
/// open sentences, calendar words, and generic nouns often capitalized in news.
pub const NOT_NAMES: &[&str] = &[
    // Name suffixes ("Joseph R. Biden, Jr.") are no name of their own.
    "Jr",
    "Sr",
    "A",
    "An",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    // Auxiliaries opening a question ("Did Blinken meet ...?"); not "Will", "Can", "Do",
    // which are given names too (Can Dündar, Do Muoi).
    "Did",
    "Does",
    "Has",
    "Have",
    "Had",
    "Was",
    "Were",
    "Are",
    "Could",
    "Should",
    "Would",
    "Shall",
    "With",
    "Without",
    "Of",
    "To",
    "As",
    "And",
    "But",
    "Or",
    "Nor",
    "Yet",
    "So",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "During",
    "Although",
    "Though",
    "Because",
    "Among",
    "Amid",
    "Despite",
    "Under",
    "Over",
    "Between",
    "Against",
    "Into",
    "About",
    "Also",
    "Meanwhile",
    "However",
    "Still",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Now",
    "Then",
    "There",
    "Here",
    "Where",
    "What",
    "Who",
    "Why",
    "How",
    "Which",
    "Both",
    "Each",
    "Every",
    "All",
    "Some",
    "Many",
    "Most",
    "Several",
    "Such",
    "No",
    "Not",
    "Neither",
    "Either",
    "Other",
    "Another",
    "More",
    "Less",
    "Officials",
    "Sources",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Minister",
    "Ministry",
    "President",
    "Prime",
    "Foreign",
    "Secretary",
    "State",
    "Government",
    "Parliament",
    "Council",
    "Committee",
    "Secretariat",
    "Politburo",
    "Presidium",
    "Commission",
    "Bureau",
    "Cabinet",
    "Department",
    "Office",
    "Agency",
    "Forces",
    "Army",
    "Navy",
    // "Ukraine's General Staff said": a rank before "Staff" names no general.
    "Staff",
    "Air",
    "Force",
    "Union",
    "Republic",
    "Kingdom",
    "Federation",
    "United",
    "Nations",
    "National",
    "International",
    "Security",
    "Affairs",
    "Defense",
    "Defence",
    // Numbered parts of texts: "Chapter VII", "Article VI", "Phase II" (and the number of
    // "Basket Three", the word itself ending no name).
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Chapter",
    "Article",
    "Phase",
    "Section",
    "Annex",
    "Stage",
    // Portfolios: "Minister for Finance and Revenue Muhammad Aurangzeb".
    "Revenue",
    "Interior",
    "Commerce",
    "Broadcasting",
    "Finance",
    "Trade",
    "Energy",
    "Industry",
    "Industries",
    "Agriculture",
    "Health",
    "Education",
    "Justice",
    "Planning",
    "Labour",
    "Tourism",
    "Culture",
    "Transport",
    "Railways",
    "Communications",
    "Housing",
    "Environment",
    "Economy",
    "Petroleum",
    "Treasury",
    "Fisheries",
    "Embassy",
    "Summit",
    "Conference",
    "Forum",
    "Talks",
    "Meeting",
    "Meetings",
    "Dialogue",
    "Session",
    "Retreat",
    "Consultations",
    "Negotiations",
    "Ministerial",
    "Agreement",
    "Treaty",
    "Accord",
    "Deal",
    "Statement",
    "Joint",
    "Declaration",
    "Group",
    "Party",
    "Front",
    "Movement",
    "Islamic",
    "Democratic",
    "Republican",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "New",
    "Old",
    "Great",
    "Greater",
    "Upper",
    "Lower",
    "News",
    "Digital",
    "Times",
    "Post",
    "Daily",
    "Press",
    "Radio",
    "Television",
    "TV",
    "Online",
    "Agency",
    "Breaking",
    "Update",
    "Updated",
    "Exclusive",
    "Analysis",
    "Opinion",
    "Editorial",
    "Photo",
    "Video",
    "Watch",
    "Read",
    "More",
    "Related",
    "Speaking",
    "Asked",
    "According",
    "Addressing",
    "Responding",
    "Writing",
    "Citing",
    "Yes",
    "Thank",
    "Thanks",
    "Please",
    "Let",
    "Mr.",
    "Dr.",
    "Ms.",
    "Mrs.",
    "Sheikh",
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "Crown",
    "Prince",
    "Princess",
    "King",
    "Queen",
    "Emir",
    "Sultan",
    "Pope",
    "Chancellor",
    "Premier",
    "Ambassador",
    "Envoy",
    "Senator",
    "Governor",
    "General",
    "Admiral",
    "Colonel",
    "Captain",
    "Sergeant",
    "Commander",
    "Chief",
    "Deputy",
    "Vice",
    "Acting",
    "Former",
    "Emeritus",
    "Outgoing",
    "Incoming",
    "Interim",
    "Supreme",
    "Leader",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Special",
    "Representative",
    "High",
    "Commissioner",
    "Director",
    "Head",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Speaker",
    "Mayor",
    "Cardinal",
    "Bishop",
    "Patriarch",
    "Holy",
    "See",
    "Day",
    "Week",
    "Year",
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
    "Covid",
    "COVID",
    "Coronavirus",
    "Internet",
    "Council",
    "Bank",
    "Fund",
    "Organization",
    "Organisation",
    "Court",
    "Assembly",
    "Congress",
    "Senate",
    "House",
    "Cabinet",
    "Palace",
    "Ministry",
    "Institute",
    "University",
    "Center",
    "Centre",
    "Foundation",
    "Initiative",
    "Program",
    "Programme",
    "Plan",
    "Act",
    "Bill",
    "Law",
    "Resolution",
    "Charter",
    "Protocol",
    "Convention",
    "Mission",
    "Operation",
    "Command",
    "Guard",
    "Guards",
    "Police",
    "Service",
    "Services",
    "Intelligence",
    "Military",
    "Navy",
    "Marine",
    "Marines",
    "Coast",
    "Border",
    "Sea",
    "Ocean",
    "Gulf",
    "Strait",
    "River",
    "Lake",
    "Mount",
    "Mountain",
    "Mountains",
    "Island",
    "Islands",
    "Peninsula",
    "Region",
    "Province",
    "City",
    "Capital",
    "Square",
    "Street",
    "Avenue",
    "Hall",
    "Building",
    "Tower",
    "Airport",
    "Port",
    "Base",
    "Station",
    "Camp",
    "War",
    "Wars",
    "Road",
    "Dynasty",
    "Empire",
    "Corridor",
    "County",
    "District",
    "Hotel",
    "Prize",
    "Award",
    "Framework",
    "Endeavour",
    "Endeavor",
    "Resilience",
    "Research",
    "Resources",
    "Policy",
    "Strategy",
    "Partnership",
    "Cooperation",
    "Development",
    "Economic",
    "Strategic",
    "Comprehensive",
    "Enhanced",
    "Privileged",
    "Peace",
    "Belt",
    "Games",
    "Olympics",
    "Cup",
    "Museum",
    "Church",
    "Mosque",
    "Temple",
    "Cathedral",
    "Treaty",
    "Pact",
    "Doctrine",
    "Revolution",
    "Spring",
    "Crisis",
    "Process",
];

/// Endings of English common nouns that a person's name does not have.
const NOUN_ENDINGS: &[&str] = &[
    "ship", "ity", "ism", "ment", "tion", "sion", "ness", "ogy", "ics",
];

/// A stable identity key for a name: accents folded, lower case, words joined by `-`.
pub fn normalize_key(name: &str) -> String {
    // Most names are ASCII: they need no decomposition (a hot path in resolution).
    if name.is_ascii() {
        return key_from_chars(name.chars());
    }
    let folded: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    key_from_chars(folded.chars())
}

/// Lower-cases alphanumerics, drops apostrophes and dots, and turns every other run of
/// characters into one hyphen.
fn key_from_chars(chars: impl Iterator<Item = char>) -> String {
    let mut key = String::new();
    let mut dash = false;
    for c in chars {
        if c.is_alphanumeric() {
            if dash && !key.is_empty() {
                key.push('-');
            }
            dash = false;
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
        } else if c == '\'' || c == '’' || c == '.' {
            // "O'Brien" and "U.S." stay one word.
        } else {
            dash = true;
        }
    }
    key
}

/// Folds a name for comparison: accents removed, lower case, punctuation dropped.
pub fn fold(name: &str) -> String {
    normalize_key(name).replace('-', " ")
}

/// The plural surface forms of a (lower-case) title: the head word is the one before
/// " of " or the last word ("ministers of foreign affairs", "foreign ministers").
pub fn plural_forms(surface: &str) -> Vec<String> {
    let (head_part, tail) = match surface.find(" of ") {
        Some(i) => (&surface[..i], &surface[i..]),
        None => (surface, ""),
    };
    let (prefix, head) = match head_part.rfind(' ') {
        Some(i) => (&head_part[..=i], &head_part[i + 1..]),
        None => ("", head_part),
    };
    if head.is_empty() || head.ends_with('-') || head.ends_with('s') && !head.ends_with("ss") {
        return Vec::new();
    }
    let plural = if let Some(stem) = head.strip_suffix("man") {
        format!("{stem}men")
    } else if head.ends_with('y') && !head.ends_with("ey") && !head.ends_with("ay") {
        format!("{}ies", &head[..head.len() - 1])
    } else if head.ends_with("ss")
        || head.ends_with("sh")
        || head.ends_with("ch") && !head.ends_with("chief")
    {
        format!("{head}es")
    } else {
        format!("{head}s")
    };
    vec![format!("{prefix}{plural}{tail}")]
}

/// Is `word` a capitalized name-like token ("Lavrov", "Jean-Yves", "O'Brien", "al-Sisi")?
pub fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if word.starts_with("al-")
        || word.starts_with("el-")
        || word.starts_with("Al-")
        || word.starts_with("El-")
    {
        return word.len() > 3 && word[3..].chars().next().is_some_and(char::is_uppercase);
    }
    first.is_uppercase()
        && word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        && !word.ends_with('.')
}

/// Is `word` a surname written in capitals, as Japanese and Korean readouts write it
/// before the given name ("KISHIDA", "YOON")? Three letters or more with a vowel, so
/// initials ("KP Sharma Oli") and acronyms without vowels are not.
pub fn is_capital_surname(word: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().any(|c| "AEIOUY".contains(c))
        && word.chars().all(|c| c.is_uppercase() || c == '-')
}

/// Verbs (and nouns) of travel whose "to X" is where the traveller goes: "flew to",
/// "travelled on to", "a trip to".
pub const TRAVEL_WORDS: &[&str] = &[
    "flew",
    "fly",
    "flies",
    "flying",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "went",
    "go",
    "goes",
    "headed",
    "heads",
    "came",
    "comes",
    "returned",
    "returns",
    "proceeded",
    "continued",
    "moved",
    "drove",
    "trip",
    "visit",
];

/// Words whose "from X" is where the speaker was: "speaking from Ganabhaban", "joined
/// from his residence", "in a radio broadcast from Ankara", "an address from the Oval
/// Office".
pub const SPOKE_FROM_VERBS: &[&str] = &[
    "speaking",
    "spoke",
    "joined",
    "joining",
    "participating",
    "broadcast",
    "address",
];

/// Nouns of settlements whose "of X" names the settlement X: "the town of Butig", "the
/// villages of Celina and Velika Krusa", "the districts of Tartar and Aghdam".
pub const SETTLEMENT_NOUNS: &[&str] = &[
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "district",
    "districts",
    "settlement",
    "settlements",
    "port",
    "ports",
    "hamlet",
    "hamlets",
    "municipality",
    "resort",
    "suburb",
    "neighbourhood",
    "neighborhood",
];

/// Nouns of a part of a town whose "of X" is in the town X: "the outskirts of
/// Nabatiyeh", "the heart of Belgrade".
pub const TOWN_PART_NOUNS: &[&str] = &[
    "outskirts",
    "suburbs",
    "quarter",
    "quarters",
    "heart",
    "centre",
    "center",
    "edge",
    "streets",
];

/// Whether "`noun` of X" puts X where the noun's preposition does: a settlement or a
/// part of a town.
pub fn names_town_after_of(noun: &str) -> bool {
    SETTLEMENT_NOUNS.contains(&noun) || TOWN_PART_NOUNS.contains(&noun)
}

/// Nouns of someone who serves or is related to the person named after "to/of/for".
/// (Not places: "gathered at the residence of Prime Minister Rutte" keeps Rutte.)
pub const AIDE_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "aide",
    "aides",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "deputy",
    "assistant",
    "envoy",
    "emissary",
    "representative",
    "counsellor",
    "counselor",
    "interpreter",
    "staff",
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
    "brother",
    "sister",
];

/// Nouns whose "of" or "for" names someone remembered, portrayed or related, not
/// someone present: "a memorial service for Nelson Mandela", "beneath a portrait of
/// Mao", "the state funeral of Shinzo Abe", "grandson of Nobusuke Kishi".
pub const COMMEMORATED_NOUNS: &[&str] = &[
    "funeral",
    "memorial",
    "portrait",
    "portraits",
    "statue",
    "bust",
    "tomb",
    "grave",
    "mausoleum",
    "memory",
    "anniversary",
    "death",
    "assassination",
    "killing",
    "birthplace",
    "legacy",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "nephew",
    "niece",
    "father",
    "mother",
    "cousin",
];

/// Whether a (lower-case) trigger is "looked on": how witnesses of a signing are
/// reported ("as the two leaders looked on").
pub fn is_looking_on(trigger: &str) -> bool {
    ["looked on", "looks on", "looking on"]
        .iter()
        .any(|w| trigger.ends_with(w))
}

/// Whether a word is a possessive ("Biden's", "Putin’s").
pub fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// "SÃO PAULO" -> "São Paulo": each word's first letter kept, the rest lower-cased.
pub fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word_start = true;
    for c in text.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
}

/// Is `word` a name particle ("bin", "van", "al-")?
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Is `word` a capitalized word that is not part of a name (a function word, a
/// calendar word, or a common noun capitalized inside a proper noun phrase)?
pub fn is_not_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    NOT_NAMES.contains(&word)
        || (word.len() > 5
            && NOUN_ENDINGS.iter().any(|e| {
                lower
                    .strip_suffix(e)
                    .is_some_and(|stem| !(e.starts_with('i') && ends_in_name_vowel(stem)))
            }))
}

/// Does `stem` end in a vowel other than "u"? English nouns in "-ity" and "-ics" have a
/// consonant before the ending ("Security", "Politics") or a "u" ("Continuity"); a
/// surname may not ("Kokoity").
fn ends_in_name_vowel(stem: &str) -> bool {
    stem.ends_with(['a', 'e', 'i', 'o', 'y'])
}

/// Is `word` (lower case) a form of "to be"? Before a verb it makes a passive or a
/// predicate ("was said to", "It was the first meeting").
pub fn is_copula(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "be" | "been")
}

/// Given names written before a full name in formal use that a shorter form of the name
/// leaves out ("Muhammad Shehbaz Sharif" is the "Shehbaz Sharif" of everyday use).
pub const FORMAL_GIVEN_NAMES: &[&str] = &[
    "Muhammad", "Mohammad", "Mohammed", "Mohamed", "Muhammed", "Mohamad",
];

/// The head word of a title, lower case: its last word ("minister" of "Prime Minister",
/// "chancellor" of "Federal Chancellor").
pub fn title_head(title: &str) -> String {
    title.rsplit(' ').next().unwrap_or("").to_lowercase()
}

/// Honorifics of women, without their period ("Mrs. Reagan" is the wife of "President
/// Reagan").
pub const FEMALE_HONORIFICS: &[&str] = &["Mrs", "Ms", "Madame", "Mme", "Lady", "Miss"];

/// Ranks of royals and of Gulf rulers' families that stand before a name ("Foreign
/// Minister Prince Saud al-Faisal", "Sheikh Tamim", "King Salman"): a title before them
/// is still the named person's, and the given name after them names the person.
pub const ROYAL_RANKS: &[&str] = &[
    "Prince", "Princess", "Sheikh", "Sheikha", "King", "Queen", "Emir", "Amir", "Sultan", "Sayyid",
];

/// Is `word` an honorific or rank?
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_ending_is_no_name_unless_a_vowel_comes_before_it() {
        for noun in ["Security", "Continuity", "Politics", "Government"] {
            assert!(is_not_name(noun), "{noun}");
        }
        assert!(!is_not_name("Kokoity"));
    }

    #[test]
    fn keys_fold_accents_and_punctuation() {
        assert_eq!(
            normalize_key("Recep Tayyip Erdoğan"),
            "recep-tayyip-erdogan"
        );
        assert_eq!(normalize_key("Jean-Yves Le Drian"), "jean-yves-le-drian");
        assert_eq!(normalize_key("O'Brien"), "obrien");
        assert_eq!(
            normalize_key("U.S. State Department"),
            "us-state-department"
        );
    }

    #[test]
    fn titles_pluralize_on_their_head() {
        assert_eq!(plural_forms("foreign minister"), vec!["foreign ministers"]);
        assert_eq!(
            plural_forms("minister of foreign affairs"),
            vec!["ministers of foreign affairs"]
        );
        assert_eq!(plural_forms("spokesman"), vec!["spokesmen"]);
        assert_eq!(
            plural_forms("secretary of state"),
            vec!["secretaries of state"]
        );
        assert_eq!(plural_forms("official"), vec!["officials"]);
        assert!(plural_forms("ex-").is_empty());
    }

    #[test]
    fn name_words() {
        assert!(is_name_word("Lavrov"));
        assert!(is_name_word("Jean-Yves"));
        assert!(is_name_word("al-Sisi"));
        assert!(is_name_word("O'Brien"));
        assert!(!is_name_word("NATO"));
        assert!(!is_name_word("said"));
        assert!(!is_name_word("U.S."));
    }
}
