//! Stage 3: recognize mentions in each sentence: gazetteer matches (countries,
//! demonyms, places, organizations, known people, titles, status modifiers) and
//! person names found by patterns (capitalized word runs with particles and hyphens,
//! after titles and honorifics, beside speech verbs).

use crate::gazetteer::{Gazetteer, Sense};
use crate::ir::{EntityKind, Sentence, Status};
use crate::names::{
    is_capital_surname, is_honorific, is_name_word, is_not_name, is_particle, SPOKE_FROM_VERBS,
    TRAVEL_WORDS,
};
use crate::text::{tokenize, Token, TokenKind};
use serde::Serialize;

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MentionKind {
    /// The name of a gazetteer entry.
    Entity(usize),
    /// A country's demonym ("Russian", "Czech").
    Demonym(usize),
    /// The surname alone of a gazetteer person (needs support to count).
    Surname(usize),
    /// A position title (index into the title lexicon).
    Title {
        /// Index into `Gazetteer::titles`.
        index: usize,
        /// Plural ("officials").
        plural: bool,
    },
    /// A status modifier ("former").
    Status(Status),
    /// A person name found by the name patterns.
    Person {
        /// Strong evidence (a title or honorific before it, or a full name mid-sentence);
        /// weak names count only if coreference links them to a strong one.
        strong: bool,
    },
    /// An organization found by pattern ("the Biden administration").
    Organization,
    /// A venue found by pattern: capitalized words ending in a venue noun ("the
    /// Dhakeshwari Temple", "Yamaguchi Ube Airport").
    Venue,
    /// A town found by pattern: a name no gazetteer knows right after "in", "at" or
    /// "near", with nothing making it a person ("an assault at Inates").
    Town,
}

/// A mention: a span of one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte offset in the sentence.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// Index of the first token.
    pub first_token: usize,
    /// One past the last token.
    pub last_token: usize,
    /// The text as written.
    pub text: String,
    /// What it is.
    pub kind: MentionKind,
}

/// A sentence with its tokens and mentions, in text order.
#[derive(Debug, Clone)]
pub struct Analysed {
    /// The sentence.
    pub sentence: Sentence,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Its mentions, sorted by position, never overlapping.
    pub mentions: Vec<Mention>,
    /// The sentence in lower case, made on first use (for cue phrases; not for byte
    /// offsets).
    lower_text: std::sync::OnceLock<String>,
    /// Every token in lower case, concatenated; `lower_spans[i]` is token `i`'s range.
    lower_tokens: String,
    lower_spans: Vec<(usize, usize)>,
}

impl Analysed {
    /// Builds the analysis of `sentence` from its tokens and mentions, lower-casing
    /// once here what the later stages compare many times.
    pub fn new(sentence: Sentence, tokens: Vec<Token>, mentions: Vec<Mention>) -> Self {
        let text = &sentence.text;
        let mut lower_tokens = String::with_capacity(text.len());
        let lower_spans = tokens
            .iter()
            .map(|t| {
                let start = lower_tokens.len();
                let word = t.text(text);
                if word.is_ascii() {
                    lower_tokens.extend(word.chars().map(|c| c.to_ascii_lowercase()));
                } else {
                    lower_tokens.push_str(&word.to_lowercase());
                }
                (start, lower_tokens.len())
            })
            .collect();
        Self {
            lower_text: std::sync::OnceLock::new(),
            sentence,
            tokens,
            mentions,
            lower_tokens,
            lower_spans,
        }
    }

    /// The sentence in lower case.
    pub fn lower_text(&self) -> &str {
        self.lower_text
            .get_or_init(|| self.sentence.text.to_lowercase())
    }

    /// The text of token `i` in lower case ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        self.lower_spans
            .get(i)
            .map(|&(a, b)| &self.lower_tokens[a..b])
            .unwrap_or("")
    }

    /// The text of token `i`.
    pub fn tok(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map(|t| t.text(&self.sentence.text))
            .unwrap_or("")
    }

    /// The mention starting at token `i`, if any.
    pub fn mention_at(&self, i: usize) -> Option<usize> {
        self.mentions.iter().position(|m| m.first_token == i)
    }

    /// Whether a person's name or a title starts at token `t` ("and on Prime Minister
    /// Dahal", ", and Lebanese President Aoun").
    pub fn names_someone_at(&self, t: usize) -> bool {
        self.mentions.iter().any(|m| {
            m.first_token == t
                && matches!(
                    m.kind,
                    MentionKind::Person { .. } | MentionKind::Title { .. }
                )
        })
    }

    /// Whether token `i` lies inside a mention.
    pub fn in_mention(&self, i: usize) -> bool {
        self.mentions
            .iter()
            .any(|m| i >= m.first_token && i < m.last_token)
    }

    /// One past the last token of the mention starting at token `i` (mentions never
    /// overlap), or `i + 1` when none starts there.
    pub fn mention_end(&self, i: usize) -> usize {
        self.mention_at(i)
            .map_or(i + 1, |mi| self.mentions[mi].last_token)
    }
}

/// Nouns that turn a leader's name into their government ("the Biden administration").
const GOVERNMENT_NOUNS: &[&str] = &["administration", "government", "camp", "cabinet", "regime"];

/// Verbs of meeting whose subject, opening a sentence before a name, is a person.
/// (Not verbs an organization or a place often has for subject: "Downing Street
/// welcomed", "Air Force One arrived".)
const MEETING_VERBS: &[&str] = &[
    "met",
    "meets",
    "visited",
    "hosted",
    "greeted",
    "embraced",
    "telephoned",
    "phoned",
];

/// Verbs of saying that mark the name beside them as a speaker.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "stated",
    "declared",
    "noted",
    "warned",
    "stressed",
    "insisted",
    "argued",
    "wrote",
    "tweeted",
    "announced",
    "explained",
    "acknowledged",
    "asked",
    "replied",
    "urged",
    "emphasized",
    "emphasised",
    "underlined",
    "underscored",
    "commented",
    "remarked",
    "recalled",
    "claimed",
    "conceded",
    "confirmed",
];

/// Recognizes the mentions of one sentence.
pub fn recognize(sentence: Sentence, gaz: &Gazetteer) -> Analysed {
    let text = &sentence.text;
    let tokens = tokenize(text);
    let hits = gaz.find(text, sentence.all_caps);
    // A hit may start or end inside a token ("-elect" in "President-elect"): it covers
    // every token it touches, and at least one.
    let token_at = |byte: usize| {
        tokens
            .iter()
            .position(|t| t.end > byte)
            .unwrap_or(tokens.len())
    };
    let token_end = |start: usize, byte: usize| {
        let end = tokens
            .iter()
            .position(|t| t.start >= byte)
            .unwrap_or(tokens.len());
        end.max(token_at(start) + 1)
    };
    let mut mentions: Vec<Mention> = hits
        .iter()
        .map(|h| Mention {
            start: h.start,
            end: h.end,
            first_token: token_at(h.start),
            last_token: token_end(h.start, h.end),
            text: text[h.start..h.end].to_string(),
            kind: match h.sense {
                Sense::Name(i) => MentionKind::Entity(i),
                Sense::Demonym(i) => MentionKind::Demonym(i),
                Sense::Surname(i) => MentionKind::Surname(i),
                Sense::Title { index, plural } => MentionKind::Title { index, plural },
                Sense::Status(s) => MentionKind::Status(s),
            },
        })
        .collect();
    // Where the generated town list matched, before a name pattern may take the words
    // for a person's ("to Santa Clara, Camagüey and Santiago de Cuba").
    let town_spans: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Entity(e) if gaz.is_town(e)))
        .map(|m| (m.first_token, m.last_token))
        .collect();
    if !sentence.all_caps {
        // "Defence Minister Aden Duale", "Foreign Minister Israel Katz": a one-word place
        // right after a title, before a capitalized word the gazetteer does not know, is
        // a given name.
        let given_places: Vec<usize> = mentions
            .iter()
            .filter(|m| {
                // (A city or a country: not a region, "Chief Minister Gujarat Anandiben
                // Patel" names the state the post is of.)
                let place = matches!(m.kind, MentionKind::Entity(e)
                    if gaz.entries[e].kind == EntityKind::Country
                        || (gaz.entries[e].kind == EntityKind::Place
                            && matches!(gaz.entries[e].subkind.as_deref(), Some("capital" | "city"))));
                let after_title = mentions.iter().any(|t| {
                    t.last_token == m.first_token && matches!(t.kind, MentionKind::Title { .. })
                });
                let next = m.last_token;
                place
                    && after_title
                    && next == m.first_token + 1
                    && tokens.get(next).is_some_and(|t| {
                        let w = t.text(text);
                        t.kind == TokenKind::Word && is_name_word(w) && !is_not_name(w)
                    })
                    && !mentions
                        .iter()
                        .any(|o| o.first_token <= next && o.last_token > next)
            })
            .map(|m| m.first_token)
            .collect();
        // "President Mokgweetsi Masisi": a one-word town right after a title and a
        // given name the gazetteer does not know is a surname.
        let surname_places: Vec<usize> = mentions
            .iter()
            .filter(|m| {
                let town = matches!(m.kind, MentionKind::Entity(e)
                    if gaz.entries[e].kind == EntityKind::Place
                        && matches!(gaz.entries[e].subkind.as_deref(), Some("capital" | "city")));
                let Some(given) = m.first_token.checked_sub(1) else {
                    return false;
                };
                town && m.last_token == m.first_token + 1
                    && tokens[given].kind == TokenKind::Word
                    && is_name_word(tokens[given].text(text))
                    && !is_not_name(tokens[given].text(text))
                    && !mentions
                        .iter()
                        .any(|o| o.first_token <= given && o.last_token > given)
                    && mentions.iter().any(|t| {
                        t.last_token == given && matches!(t.kind, MentionKind::Title { .. })
                    })
            })
            .map(|m| m.first_token)
            .collect();
        // A known surname inside a longer name ("Ulisses Correia e Silva") does not stop
        // the name: only other gazetteer hits do.
        let weak = |m: &Mention| match m.kind {
            MentionKind::Surname(_) => true,
            MentionKind::Entity(e) => {
                gaz.is_town(e)
                    || given_places.contains(&m.first_token)
                    || surname_places.contains(&m.first_token)
            }
            _ => false,
        };
        let covered = |i: usize| {
            mentions
                .iter()
                .any(|m| i >= m.first_token && i < m.last_token && !weak(m))
        };
        // "Mr. MATSUNO Hirokazu", "President YOON Suk Yeol": a surname in capitals
        // before the given name, after an honorific or a title.
        let capital_surname = |i: usize| {
            let w = tokens[i].text(text);
            // The word tests first: this runs on every token that starts no name.
            if tokens[i].kind != TokenKind::Word
                || !is_capital_surname(w)
                || !tokens
                    .get(i + 1)
                    .is_some_and(|t| is_name_word(t.text(text)))
            {
                return false;
            }
            mentions
                .iter()
                .any(|m| m.last_token == i && matches!(m.kind, MentionKind::Title { .. }))
                || (i >= 2
                    && tokens[i - 1].text(text) == "."
                    && is_honorific(&format!("{}.", tokens[i - 2].text(text))))
                || (i >= 1 && is_honorific(tokens[i - 1].text(text)))
        };
        // "K.P. Sharma Oli", "S. Jaishankar": initials before a name; the tokens the
        // initials take, if any.
        let initials = |i: usize| -> Option<usize> {
            let w = tokens[i].text(text);
            let name_at = |j: usize| {
                tokens.get(j).is_some_and(|t| {
                    let n = t.text(text);
                    t.kind == TokenKind::Word && is_name_word(n) && !is_not_name(n) && !covered(j)
                })
            };
            let dotted = !is_honorific(w)
                && w.len() >= 4
                && w.len() <= 6
                && w.as_bytes()
                    .chunks(2)
                    .all(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.');
            let single = w.len() == 1
                && w.chars().all(|c| c.is_ascii_uppercase())
                && tokens.get(i + 1).is_some_and(|t| t.text(text) == ".");
            if dotted && name_at(i + 1) {
                Some(1)
            } else if single
                && name_at(i + 2)
                && (name_at(i + 3)
                    || i.checked_sub(1).is_some_and(|p| {
                        is_honorific(tokens[p].text(text))
                            || mentions.iter().any(|m| {
                                m.last_token == i && matches!(m.kind, MentionKind::Title { .. })
                            })
                    }))
            {
                Some(2)
            } else {
                // "Minister of State E Ahamed", "Governor T N Chaturvedi": initials
                // written without dots, right after a title, before a name word.
                // ("As Prime Minister I promise": not "A" or "I".)
                let letter = |j: usize| {
                    tokens.get(j).is_some_and(|t| {
                        let n = t.text(text);
                        n.len() == 1
                            && n.chars().all(|c| c.is_ascii_uppercase())
                            && !matches!(n, "A" | "I")
                    })
                };
                let after_title = mentions
                    .iter()
                    .any(|m| m.last_token == i && matches!(m.kind, MentionKind::Title { .. }));
                let run = (i..i + 3).take_while(|&j| letter(j)).count();
                (after_title && run >= 1 && name_at(i + run)).then_some(run)
            }
        };
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let lead = if covered(i) { None } else { initials(i) };
            // "Foreign Minister January Makamba": a month's name right after a title,
            // before a name word, is a given name.
            let month_given_name = || {
                crate::dates::month_number(tokens[i].text(text)).is_some()
                    && tokens[i].text(text).len() > 3
                    && mentions
                        .iter()
                        .any(|m| m.last_token == i && matches!(m.kind, MentionKind::Title { .. }))
                    && tokens.get(i + 1).is_some_and(|t| {
                        let n = t.text(text);
                        t.kind == TokenKind::Word && is_name_word(n) && !is_not_name(n)
                    })
            };
            if lead.is_none()
                && (covered(i)
                    || !(starts_name(&tokens, text, i) || capital_surname(i) || month_given_name()))
            {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + lead.unwrap_or(1);
            while end < tokens.len() && !covered(end) {
                let w = tokens[end].text(text);
                // A middle initial: "Sergey V. Lavrov", "George W. Bush".
                let initial = w.len() == 1
                    && w.chars().all(char::is_uppercase)
                    && tokens.get(end + 1).is_some_and(|t| t.text(text) == ".")
                    && tokens
                        .get(end + 2)
                        .is_some_and(|t| is_name_word(t.text(text)));
                if initial {
                    end += 2;
                    continue;
                }
                // A nickname in quotes between a given name and a surname: Douglas
                // "Pete" Peterson. (One given name only, and another word after: not
                // Arvid Tollefsen "Sleepy" Arvid.)
                let quote = |j: usize| {
                    tokens
                        .get(j)
                        .is_some_and(|t| matches!(t.text(text), "\"" | "“" | "”"))
                };
                let nickname = end == start + 1
                    && tokens
                        .get(end + 3)
                        .is_some_and(|t| t.text(text) != tokens[start].text(text))
                    && quote(end)
                    && tokens
                        .get(end + 1)
                        .is_some_and(|t| is_name_word(t.text(text)))
                    && quote(end + 2)
                    && tokens
                        .get(end + 3)
                        .is_some_and(|t| is_name_word(t.text(text)) && !is_not_name(t.text(text)));
                if nickname {
                    end += 3;
                    continue;
                }
                // A suffix ends the name it follows: "Ferdinand Marcos Jr." (alone, after a
                // comma, it is no name: `NOT_NAMES`).
                if end > start && matches!(w, "Jr" | "Sr") {
                    end += 1;
                    break;
                }
                // A regnal number: "King Hassan II", "Charles III".
                let regnal = end > start
                    && w.len() >= 2
                    && w.len() <= 5
                    && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
                if regnal {
                    end += 1;
                    break;
                }
                // ("Vice Premier Liu He": inside a name, "He" is a given name, never a
                // pronoun, which would not be capitalized there.)
                let given_he = w == "He" && end > start;
                // ("Humberto de la Calle", "Ursula van der Leyen": two particles.)
                let name_at = |t: usize| {
                    t < tokens.len() && !covered(t) && is_name_word(tokens[t].text(text))
                };
                let particle_run = is_particle(w)
                    && (name_at(end + 1)
                        || (end + 1 < tokens.len()
                            && is_particle(tokens[end + 1].text(text))
                            && name_at(end + 2)));
                let continues = tokens[end].kind == TokenKind::Word
                    && ((is_name_word(w) && !is_not_name(w)) || given_he || particle_run);
                if !continues {
                    break;
                }
                end += 1;
            }
            found.push(classify_run(&tokens, text, start, end, &mentions, gaz));
            i = end;
        }
        // A run that is exactly a known surname ("Lavrov said") is that person: the
        // gazetteer knows more than the pattern, which needs two words to be sure.
        // So is a weak run that is exactly a town of the generated list ("Muscatine");
        // a strong one ("Mr. Ikeda") stays a person.
        let is_surname_span = |f: &Mention| {
            let weak_run = matches!(f.kind, MentionKind::Person { strong: false });
            mentions.iter().any(|m| {
                m.first_token == f.first_token
                    && m.last_token == f.last_token
                    && (matches!(m.kind, MentionKind::Surname(_)) || (weak(m) && weak_run))
            })
        };
        let found: Vec<Mention> = found
            .into_iter()
            .flatten()
            .filter(|f| !is_surname_span(f))
            .collect();
        // A surname or town absorbed into a longer name found by pattern is that name's
        // part: "Wu Dawei" is a person, not the Burmese town of Dawei.
        mentions.retain(|m| {
            !weak(m)
                || !found
                    .iter()
                    .any(|f| m.first_token >= f.first_token && m.last_token <= f.last_token)
        });
        mentions.extend(found);
        mentions.sort_by_key(|m| m.start);
        // "Prime Minister Muhammad Shehbaz Sharif": a formal given name the pattern found
        // right before a person the gazetteer knows by a shorter full name is that name's
        // start. (Not any given name: "Maryam Nawaz Sharif" is not Nawaz Sharif.)
        let mut k = 0;
        while k + 1 < mentions.len() {
            let (a, b) = (&mentions[k], &mentions[k + 1]);
            let known_person = matches!(b.kind, MentionKind::Entity(e) if gaz.entries[e].kind == EntityKind::Person);
            let given = matches!(a.kind, MentionKind::Person { .. })
                && a.last_token == b.first_token
                && crate::names::FORMAL_GIVEN_NAMES.contains(&a.text.as_str())
                && text[a.end..b.start].chars().all(|c| c == ' ');
            if given && known_person {
                let (start, first_token) = (a.start, a.first_token);
                let b = &mut mentions[k + 1];
                b.start = start;
                b.first_token = first_token;
                b.text = text[start..b.end].to_string();
                mentions.remove(k);
            } else {
                k += 1;
            }
        }
        // A town glued to another capitalized word is part of a longer name the
        // gazetteer does not know ("Amur Region", "Hwadae County").
        // (Not a weekday or month: "in Muscatine Tuesday".)
        let capitalized = |i: usize| {
            tokens.get(i).is_some_and(|t| {
                let w = t.text(text);
                t.kind == TokenKind::Word
                    && w.starts_with(char::is_uppercase)
                    && !crate::dates::is_calendar_word(w)
            })
        };
        mentions.retain(|m| {
            !matches!(m.kind, MentionKind::Entity(e) if gaz.is_town(e))
                || !(capitalized(m.last_token)
                    || (m.first_token > 0
                        && capitalized(m.first_token - 1)
                        && !OPENING_WORDS.contains(&tokens[m.first_token - 1].text(text))))
        });
    }
    if !sentence.all_caps {
        venues(&tokens, text, gaz, &mut mentions);
        places_in_lists(&tokens, text, gaz, &town_spans, &mut mentions);
    }
    // "the Qatari capital", "the Belgian capital": the capital city the gazetteer knows.
    for m in mentions.iter_mut() {
        let MentionKind::Demonym(country) = m.kind else {
            continue;
        };
        let next = tokens.get(m.last_token).map(|t| t.text(text)).unwrap_or("");
        let capital = gaz.entries[country]
            .country
            .as_deref()
            .and_then(|c| gaz.capital(c));
        if let (true, Some(capital)) = (next.eq_ignore_ascii_case("capital"), capital) {
            m.end = tokens[m.last_token].end;
            m.last_token += 1;
            m.text = text[m.start..m.end].to_string();
            m.kind = MentionKind::Entity(capital);
        }
    }
    // "the Biden administration" names a government, not the person.
    for m in mentions.iter_mut() {
        let is_name = matches!(m.kind, MentionKind::Surname(_) | MentionKind::Person { .. })
            || matches!(m.kind, MentionKind::Entity(e) if gaz.entries[e].kind == crate::ir::EntityKind::Person);
        let next = tokens.get(m.last_token).map(|t| t.text(text)).unwrap_or("");
        if is_name && GOVERNMENT_NOUNS.contains(&next) {
            m.end = tokens[m.last_token].end;
            m.last_token += 1;
            m.text = text[m.start..m.end].to_string();
            m.kind = MentionKind::Organization;
        }
    }
    // "USS Dwight D. Eisenhower", "HMS Queen Elizabeth": a ship named after someone is
    // no person, and its prefix no country. (The name runs over capitalized words and
    // the periods of initials.)
    for (i, tok) in tokens.iter().enumerate() {
        if !SHIP_PREFIXES.contains(&tok.text(text)) {
            continue;
        }
        let mut end = i + 1;
        while tokens.get(end).is_some_and(|t| {
            let w = t.text(text);
            w.starts_with(char::is_uppercase) || (w == "." && end > i + 1)
        }) {
            end += 1;
        }
        mentions.retain(|m| m.last_token <= i || m.first_token >= end);
    }
    Analysed::new(sentence, tokens, mentions)
}

/// Prefixes of warships' names ("USS Ronald Reagan").
const SHIP_PREFIXES: &[&str] = &[
    "USS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFS", "ROKS", "PNS", "TCG",
];

/// Lower-case nouns of natural features that end a place's name ("the Neelum valley").
const FEATURE_NOUNS: &[&str] = &[
    "valley",
    "hills",
    "mountains",
    "plains",
    "plateau",
    "desert",
    "river",
    "strait",
    "bay",
    "peninsula",
    "island",
    "islands",
    "ridge",
    "pass",
    "gorge",
];

/// Nouns of attacks whose object after "on" or "against" is the place attacked.
/// ("attack" is left out: "a scathing attack on Starmer".)
const ATTACK_NOUNS: &[&str] = &[
    "assault",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "bombardment",
    "shelling",
];

/// Lower-case nouns of areas a place names without them ("the Drass sector").
const AREA_NOUNS: &[&str] = &[
    "sector",
    "region",
    "province",
    "district",
    "area",
    "county",
    "state",
    "governorate",
    "prefecture",
    "border",
    "front",
    "enclave",
];

/// Capitalized function words that open sentences, not names.
const OPENING_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "At",
    "On",
    "From",
    "During",
    "After",
    "Before",
    "Since",
    "For",
    "With",
    "By",
    "Of",
    "To",
    "When",
    "While",
    "As",
    "If",
    "Outside",
    "Inside",
    "Near",
    "Following",
    "Across",
    "Around",
    "Between",
    "Under",
    "Over",
    "Into",
];

/// Plural nouns whose "of" opens a list of places ("the towns of Martuni and Shushi").
const PLACE_PLURALS: &[&str] = &[
    "towns",
    "villages",
    "cities",
    "ports",
    "provinces",
    "regions",
    "districts",
];

/// Verbs whose objects are the places a journey reached.
const VISIT_WORDS: &[&str] = &[
    "visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring",
];

/// A name nothing marks as a person's, listed among places, is a place too: "took him
/// to Baghdad, Najaf, Ur, Erbil, Mosul and Qaraqosh" (a name between two places even
/// when the comma before it looked like a title's). Runs until no list item changes,
/// so a place at one end of a list reaches the unknown names along it.
///
/// A name the generated town list knows (`town_spans`) needs only one place beside it:
/// "from Havana to Santa Clara, Camagüey and Santiago de Cuba".
fn places_in_lists(
    tokens: &[Token],
    text: &str,
    gaz: &Gazetteer,
    town_spans: &[(usize, usize)],
    mentions: &mut [Mention],
) {
    let known_town = |m: &Mention| town_spans.contains(&(m.first_token, m.last_token));
    let is_place = |m: &Mention| match m.kind {
        MentionKind::Town | MentionKind::Venue => true,
        MentionKind::Entity(e) => gaz.entries[e].kind == crate::ir::EntityKind::Place,
        _ => false,
    };
    let is_person = |m: &Mention| match m.kind {
        MentionKind::Person { .. } => !known_town(m),
        MentionKind::Surname(_) => true,
        MentionKind::Entity(e) => gaz.entries[e].kind == crate::ir::EntityKind::Person,
        _ => false,
    };
    let word = |i: usize| tokens.get(i).map(|t| t.text(text)).unwrap_or("");
    // The list item that ends right before `at` across a separator (",", "and", ", and").
    let separated = |a: usize, b: usize| match b.checked_sub(a) {
        Some(1) => matches!(word(a), "," | "and"),
        Some(2) => word(a) == "," && word(a + 1) == "and",
        _ => false,
    };
    loop {
        let mut changed = false;
        for k in 0..mentions.len() {
            let MentionKind::Person { strong } = mentions[k].kind else {
                continue;
            };
            let prev = k
                .checked_sub(1)
                .map(|j| &mentions[j])
                .filter(|p| separated(p.last_token, mentions[k].first_token));
            let next = mentions
                .get(k + 1)
                .filter(|n| separated(mentions[k].last_token, n.first_token));
            let places = prev
                .iter()
                .chain(next.iter())
                .filter(|m| is_place(m))
                .count();
            // (A comma after a place makes the name after it look like a title's holder,
            // "the mayor of Kyiv, Vitali Klitschko": between two places it is a place.
            // One place and a comma is no list: "In Tehran, Araghchi said".)
            let listed = (prev.is_some() && next.is_some())
                || word(mentions[k].first_token.saturating_sub(1)) == "and";
            // "the villages of Celina and Velika Krusa": a list a plural place noun
            // opens is of places, however much its names look like people's.
            let mut head = k;
            while head > 0 && separated(mentions[head - 1].last_token, mentions[head].first_token) {
                head -= 1;
            }
            let opened = mentions[head].first_token;
            let of_places = opened >= 2
                && word(opened - 1) == "of"
                && PLACE_PLURALS.contains(&word(opened - 2).to_lowercase().as_str());
            // "plans to visit Janakpur, Lumbini and Muktinath", "flew to Kigali, Goma and
            // Butembo": the objects of a journey are places, and a lone capitalized word
            // beside one is no person (so two of them side by side do not hold each
            // other back).
            let one_of = |words: &[&str], w: &str| words.iter().any(|v| v.eq_ignore_ascii_case(w));
            let journey = opened >= 1
                && (one_of(VISIT_WORDS, word(opened - 1))
                    || (opened >= 2
                        && word(opened - 1) == "to"
                        && one_of(TRAVEL_WORDS, word(opened - 2))));
            // (In a journey's list a weak name is no person.)
            let people = prev
                .iter()
                .chain(next.iter())
                .filter(|m| is_person(m))
                .filter(|m| !(journey && matches!(m.kind, MentionKind::Person { strong: false })))
                .count();
            // (A known town needs a place after it in the list: "In Moscow, Zhukovsky
            // said" is no list.)
            let town = known_town(&mentions[k]);
            if people == 0
                && (places == 2
                    || (places == 1 && (listed || journey) && (!strong || of_places || journey))
                    || (town && next.is_some_and(&is_place)))
            {
                mentions[k].kind = MentionKind::Town;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Venues the gazetteer does not know: capitalized words ending in a venue noun of the
/// lexicon. A run that holds a known name ("Kuala Lumpur International Airport") is
/// left to that name, which says more; names found only by pattern inside it ("the
/// Dhakeshwari Temple") give way to the venue, and so does an organization named right
/// before a building's head ("the Samarkand Congress Centre").
fn venues(tokens: &[Token], text: &str, gaz: &Gazetteer, mentions: &mut Vec<Mention>) {
    // Capitalized words that may be part of a name: not a sentence's "The", "From",
    // "During".
    let capitalized = |i: usize| {
        let w = tokens[i].text(text);
        tokens[i].kind == TokenKind::Word
            && w.starts_with(char::is_uppercase)
            && !OPENING_WORDS.contains(&w)
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // A lower-case head ends a name too: "Luqa airport", "the Neelum valley".
        let lower_head = tokens[i].kind == TokenKind::Word
            && tokens[i].text(text).starts_with(char::is_lowercase)
            && i > 0
            && (capitalized(i - 1) || (i > 1 && capitalized(i - 2)));
        if (!capitalized(i) && !lower_head) || !gaz.may_end_venue(tokens[i].text(text)) {
            i += 1;
            continue;
        }
        let window: Vec<&str> = tokens[i.saturating_sub(2)..=i]
            .iter()
            .map(|t| t.text(text))
            .collect();
        // The head ends the name ("Imperial Palace Hotel" is one venue, not two), and a
        // strong person name ending in it ("Tony Hall") stays a person.
        let ends_run = i + 1 >= tokens.len() || !capitalized(i + 1);
        let person_ends_here = mentions.iter().any(|m| {
            m.last_token == i + 1 && matches!(m.kind, MentionKind::Person { strong: true })
        });
        let Some((head, feature)) = gaz
            .venue_head(&window)
            .filter(|_| ends_run && !person_ends_here)
        else {
            i += 1;
            continue;
        };
        let mut start = i + 1 - head;
        while start > 0 && capitalized(start - 1) {
            start -= 1;
        }
        let mut end = i + 1;
        // "the Palace of Versailles", "the Temple of Heaven", "the Bay of Pigs": a
        // building's or a feature's head before "of" and a name ends nothing; the name
        // after it is the venue's own.
        let of_name = (start + head > i
            && !lower_head
            && start > 0
            && tokens[start - 1].text(text).eq_ignore_ascii_case("the")
            && !INSTITUTION_HEADS.contains(&tokens[i].text(text)))
        .then(|| named_after_of(tokens, text, i, &capitalized))
        .flatten();
        if let Some(last) = of_name {
            end = last + 1;
        }
        // ("the Samarkand Congress Centre": a known body named inside a building's name,
        // before its head, is part of the building; not so before an institution's
        // head, "the United Nations Mission".)
        let building = !INSTITUTION_HEADS.contains(&tokens[i].text(text));
        let body_of_building = |m: &Mention| {
            building
                && m.last_token == i + 1 - head
                && matches!(m.kind, MentionKind::Entity(e)
                    if gaz.entries[e].kind == crate::ir::EntityKind::Organization
                        && !gaz.is_seat(e))
        };
        // ("Moscow airport": a known town or country with a generic lower-case noun
        // after it is that place, not a venue of its own; so is a known person, "Navalny
        // prison officials", no venue. A name nothing marks, "Luqa airport", is one.)
        let known_name_before_lower_head = lower_head
            && mentions.iter().any(|m| {
                m.first_token == start
                    && m.last_token == i + 1 - head
                    && !matches!(m.kind, MentionKind::Person { strong: false })
            });
        // (A known place inside the "of" part, "the Palace of Versailles", is where
        // the venue is, and the events there are that place's.)
        // (A country there, "the Church of Greece", names a national body, no venue.)
        let names_a_place = |m: &Mention| {
            matches!(m.kind, MentionKind::Town | MentionKind::Demonym(_))
                || matches!(m.kind, MentionKind::Entity(e)
                    if matches!(gaz.entries[e].kind, crate::ir::EntityKind::Place | crate::ir::EntityKind::Country))
        };
        // ("the Evros River", "the Jordan Valley": a feature named after a known region
        // or country is a place of its own; "the Kuril Islands", known whole, is not.)
        let feature_of_its_own = feature && !lower_head;
        let known = known_name_before_lower_head
            || mentions.iter().any(|m| {
                m.first_token < end
                && m.last_token > start
                && !(feature_of_its_own && m.last_token <= i)
                // (Other names inside the "of" part are the venue's: "the Palace of
                // Nations".)
                && !(of_name.is_some() && m.first_token > i && !names_a_place(m))
                && !body_of_building(m)
                && !matches!(
                    m.kind,
                    MentionKind::Person { .. } | MentionKind::Surname(_) | MentionKind::Town
                )
                && !matches!(m.kind, MentionKind::Entity(e) if gaz.is_town(e))
                // ("Jomo Kenyatta International Airport": named after a known person.)
                && !matches!(m.kind, MentionKind::Entity(e)
                    if gaz.entries[e].kind == crate::ir::EntityKind::Person)
            });
        // ("the Samarkand Congress Centre", left to Samarkand: no Congress in it either.)
        if known {
            mentions.retain(|m| !(m.first_token >= start && body_of_building(m)));
        }
        if (start + head <= i || of_name.is_some()) && !known {
            found.push(Mention {
                start: tokens[start].start,
                end: tokens[end - 1].end,
                first_token: start,
                last_token: end,
                text: text[tokens[start].start..tokens[end - 1].end].to_string(),
                // (A natural feature, "Marsaxlokk Bay", is a place of its own.)
                kind: if feature {
                    MentionKind::Town
                } else {
                    MentionKind::Venue
                },
            });
        }
        i = i.max(end - 1) + 1;
    }
    if found.is_empty() {
        return;
    }
    mentions.retain(|m| {
        !found
            .iter()
            .any(|v| m.first_token < v.last_token && m.last_token > v.first_token)
    });
    mentions.extend(found);
    mentions.sort_by_key(|m| m.start);
}

/// Heads that name an institution as much as a building ("the United Nations Mission",
/// "the University of Zurich"): no body named inside is part of the building, and no
/// "of" name makes a venue of them.
const INSTITUTION_HEADS: &[&str] = &["Mission", "Institute", "University", "Academy"];

/// The last token of the name after a head's "of" ("Palace of Versailles", "Temple of
/// Heaven", "Palace of the Nations"): capitalized words, an inner "of" or "the" between
/// them.
fn named_after_of(
    tokens: &[Token],
    text: &str,
    head: usize,
    capitalized: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut j = head + 1;
    if tokens.get(j).is_none_or(|t| t.text(text) != "of") {
        return None;
    }
    j += 1;
    if tokens.get(j).is_some_and(|t| t.text(text) == "the") {
        j += 1;
    }
    let mut last = None;
    while j < tokens.len() && capitalized(j) {
        last = Some(j);
        j += 1;
        // ("the Church of St. Nicholas")
        if matches!(tokens[j - 1].text(text), "St" | "Sts" | "Ste" | "Mt")
            && tokens.get(j).is_some_and(|t| t.text(text) == ".")
            && j + 1 < tokens.len()
            && capitalized(j + 1)
        {
            j += 1;
            continue;
        }
        // ("the Church of the Intercession of the Holy Mother of God")
        let mut k = j;
        if tokens.get(k).is_some_and(|t| t.text(text) == "of") {
            k += 1;
            if tokens.get(k).is_some_and(|t| t.text(text) == "the") {
                k += 1;
            }
            if k < tokens.len() && capitalized(k) {
                j = k;
            }
        }
    }
    last
}

fn starts_name(tokens: &[Token], text: &str, i: usize) -> bool {
    let w = tokens[i].text(text);
    let next = tokens.get(i + 1).map(|t| (t.kind, t.text(text)));
    // "Gen. Burhan", "Jan. 2", "Jan 12": an abbreviated rank or a date, not a name.
    let abbreviation = next.is_some_and(|(_, n)| n == ".") && is_honorific(&format!("{w}."));
    let date = crate::dates::month_number(w).is_some()
        && next.is_some_and(|(k, n)| n == "." || k == TokenKind::Number);
    // "...; and He Lifeng, Chairman of ...": a capitalized "He" inside a sentence,
    // before another name word, is the Chinese surname, not the pronoun.
    let surname_he = w == "He"
        && i > 0
        && !matches!(
            tokens[i - 1].text(text),
            "\"" | "“" | "”" | ":" | "(" | "—" | "-" | "'" | "‘" | "’"
        )
        && next.is_some_and(|(k, n)| {
            k == TokenKind::Word
                && is_name_word(n)
                && !is_not_name(n)
                && !crate::dates::is_calendar_word(n)
        });
    tokens[i].kind == TokenKind::Word
        && is_name_word(w)
        && (!is_not_name(w) || surname_he)
        && !is_honorific(w)
        && !abbreviation
        && !date
}

/// Singular nouns of places or fighting whose "around X", "above X" names a town: "the
/// area around Kherson", "fighting around Bakhmut" (a plural noun does too: "villages
/// around Kupiansk", "the heights above Drass").
const AROUND_NOUNS: &[&str] = &[
    "area",
    "fighting",
    "shelling",
    "offensive",
    "frontline",
    "front",
    "airspace",
];

/// Verbs whose "around X", "above X" names no place: "ranked above Mbappe", "centred
/// around Adani".
const NOT_AROUND_VERBS: &[&str] = &[
    "ranked", "rated", "placed", "centred", "centered", "focused", "revolved", "swirled", "built",
    "gathered", "rallied", "finished",
];

/// Decides whether a run of capitalized words is a person, an organization, or nothing.
fn classify_run(
    tokens: &[Token],
    text: &str,
    start: usize,
    end: usize,
    hits: &[Mention],
    gaz: &Gazetteer,
) -> Option<Mention> {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text)).unwrap_or("");
    // "Mzee Jomo Kenyatta International Airport": words right before a venue the
    // gazetteer knows are part of its name (an honorific), not a name of their own.
    // (One word: a prefix, not a name of its own.)
    let venue_next = end == start + 1
        && hits.iter().any(|m| {
            m.first_token == end
                && matches!(m.kind, MentionKind::Entity(e)
                if gaz.entries[e].subkind.as_deref() == Some("venue"))
        });
    if venue_next {
        return None;
    }
    let next = word(end);
    let after_next = word(end + 1);
    // "the Biden administration", "the Modi government"
    if end - start == 1 && GOVERNMENT_NOUNS.contains(&next) {
        return Some(Mention {
            start: tokens[start].start,
            end: tokens[end].end,
            first_token: start,
            last_token: end + 1,
            text: text[tokens[start].start..tokens[end].end].to_string(),
            kind: MentionKind::Organization,
        });
    }
    // "Mohammed bin Salman bin Abdulaziz Al Saud": a patronymic after a known name is
    // that name's, not a second person.
    if start >= 2
        && matches!(word(start - 1), "bin" | "ibn" | "bint")
        && hits.iter().any(|m| {
            m.last_token == start - 1
                && matches!(m.kind, MentionKind::Entity(_) | MentionKind::Person { .. })
        })
    {
        return None;
    }
    // Part of a longer capitalized phrase ("Hwadae County", "Silk Road"): not a person.
    let next_capitalized = tokens.get(end).is_some_and(|t| {
        t.kind == TokenKind::Word
            && next.chars().next().is_some_and(char::is_uppercase)
            && is_not_name(next)
            && !matches!(
                next,
                "President" | "Minister" | "Prime" | "Foreign" | "Secretary" | "Chancellor"
            )
            && !crate::dates::is_calendar_word(next)
    });
    if next_capitalized && tokens[end].start == tokens[end - 1].end + 1 {
        return None;
    }
    let prev_index = (0..start)
        .rev()
        .find(|&j| !matches!(word(j), "," | "." | "’s" | "'s"));
    let immediately_prev = start.checked_sub(1);
    let after_title = immediately_prev.is_some_and(|p| {
        hits.iter()
            .any(|m| m.last_token == start && matches!(m.kind, MentionKind::Title { .. }))
            || is_honorific(word(p))
            || (word(p) == "." && p > 0 && is_honorific(&format!("{}.", word(p - 1))))
            || (word(p) == ","
                && hits.iter().any(|m| {
                    m.last_token == p
                        && matches!(m.kind, MentionKind::Title { .. } | MentionKind::Entity(_))
                }))
    });
    // "a four-day Apostolic Journey", "an Extraordinary Summit": an indefinite article
    // before the run, through lower-case modifiers, makes it a noun phrase, not a name.
    // ("met a visiting Xi Jinping" stays a name.)
    let indefinite = {
        let mut j = start;
        // Hyphenated modifiers and numbers ("four-day", "two-nation")...
        while j >= 2 && (word(j - 1) == "-" || word(j - 2) == "-") && start - j < 6 {
            j -= 1;
        }
        // ... and at most one plain lower-case adjective ("a historic").
        let w = word(j.saturating_sub(1));
        if j > 0
            && w.starts_with(char::is_lowercase)
            && !w.ends_with("ing")
            && !matches!(w, "a" | "an")
        {
            j -= 1;
        }
        j > 0 && matches!(word(j - 1), "a" | "an" | "A" | "An")
    };
    if indefinite && !after_title {
        return None;
    }
    // "Jaakko Iloniemi, then a young Finnish diplomat,": an appositive about a person.
    let speech_next = crate::recognize::SPEECH_VERBS.contains(&next)
        || (next == ","
            && matches!(
                after_next,
                "who" | "whose" | "the" | "a" | "an" | "then" | "now" | "himself" | "herself"
            ))
        // "Hikmet Hajiyev, foreign policy adviser to ...": a title right after the comma.
        || (next == ","
            && hits.iter().any(|m| {
                matches!(m.kind, MentionKind::Title { .. })
                    && m.first_token > end
                    && m.first_token <= end + 4
                    && (end + 1..m.first_token)
                        .all(|t| word(t).starts_with(char::is_lowercase) && word(t) != ",")
            }));
    let speech_before = prev_index.is_some_and(|p| SPEECH_VERBS.contains(&word(p)))
        || (start >= 2 && word(start - 1) == "to" && word(start - 2) == "according");
    let sentence_initial = prev_index
        .map(|p| tokens[..=p].iter().all(|t| t.kind == TokenKind::Punct))
        .unwrap_or(true);
    // (Name words only: not a nickname in quotes, Douglas "Pete" Peterson.)
    let words = (start..end)
        .filter(|&t| {
            let quote = |u: usize| matches!(word(u), "\"" | "“" | "”");
            tokens[t].kind == TokenKind::Word && !(t > start && quote(t - 1) && quote(t + 1))
        })
        .count();
    // "Ruto and his wife, Rachel,": a spouse named by the given name alone.
    let spouse = {
        let mut p = start;
        if p > 0 && word(p - 1) == "," {
            p -= 1;
        }
        p >= 2 && matches!(word(p - 1), "wife" | "husband") && matches!(word(p - 2), "his" | "her")
    };
    // "Indira Gandhi met Bhutto": a name opening a sentence as the subject of a verb of
    // meeting, with a name after it, is a person's, as one before "said" is. (Not "De
    // Mistura met", a surname whose particle is capitalized only here.)
    let meeting_next = MEETING_VERBS.contains(&next)
        && !is_particle(&word(start).to_lowercase())
        && after_next.starts_with(char::is_uppercase);
    // "Adolfo Calero, Alfredo Cesar and Aristides Sanchez signed": a sentence opening
    // with a list of two- or three-word names is a list of people.
    let list_next = next == "," && (start..end).all(|t| !is_not_name(word(t))) && {
        let mut j = end + 1;
        while tokens.get(j).is_some_and(|t| {
            t.kind == TokenKind::Word
                && word(j).starts_with(char::is_uppercase)
                && !is_not_name(word(j))
        }) {
            j += 1;
        }
        (2..=3).contains(&(j - end - 1)) && matches!(word(j), "and" | ",")
    };
    let strong = after_title
        || spouse
        || ((2..=3).contains(&words) && sentence_initial && list_next)
        || (words >= 2 && (!sentence_initial || speech_next || speech_before))
        || ((2..=3).contains(&words) && meeting_next)
        || ((2..=4).contains(&words) && next == "," && !sentence_initial);
    // "killed at Inates", "talks in Marsaxlokk": after a locative preposition, a name
    // nothing marks as a person's is a place.
    let before = |back: usize| {
        start
            .checked_sub(back)
            .map(word)
            .unwrap_or("")
            .to_lowercase()
    };
    // "travelled to Kogelo", "the Drass sector", "in the Neelum valley"
    let travelled_to = before(1) == "to" && TRAVEL_WORDS.contains(&before(2).as_str());
    let feature = FEATURE_NOUNS.contains(&next);
    let in_the_area = before(1) == "the"
        && matches!(
            before(2).as_str(),
            "in" | "at" | "near" | "over" | "across" | "into"
        )
        && (feature || AREA_NOUNS.contains(&next));
    // "the border village of Angostura", "in the town of Butig"
    let town_of = before(1) == "of"
        && (crate::names::SETTLEMENT_NOUNS.contains(&before(2).as_str())
            || before(2) == "outskirts");
    // "speaking from Ganabhaban", "joined from Baluwatar"
    let spoke_from = before(1) == "from" && SPOKE_FROM_VERBS.contains(&before(2).as_str());
    // "an assault on Tskhinval", "strikes against Kramatorsk"
    let attacked = matches!(before(1).as_str(), "on" | "against")
        && ATTACK_NOUNS.contains(&before(2).as_str());
    // ("villages around Kupiansk", "the heights above Drass"; not "the debate around
    // Brexit", "ranked above Mbappe".)
    let around_places = matches!(before(1).as_str(), "around" | "above")
        && (AROUND_NOUNS.contains(&before(2).as_str()) || {
            // (Or a plural noun, "villages around Kupiansk"; or a verb of fighting's
            // course, "fighting raged around Bakhmut".)
            let w = before(2);
            let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
            let past = w.len() > 4 && w.ends_with("ed") && !NOT_AROUND_VERBS.contains(&w.as_str());
            (plural || past) && w.chars().all(|c| c.is_ascii_lowercase())
        });
    let locative_before = matches!(before(1).as_str(), "in" | "at" | "near" | "outside")
        || around_places
        || attacked
        || travelled_to
        || spoke_from
        || town_of;
    let possessive = matches!(next, "'s" | "’s");
    let language = words == 1 && gaz.is_language(word(start));
    // "wrote in Haaretz", "told an interview in Kommersant": a publication, not a place.
    let published_in = matches!(
        before(2).as_str(),
        "wrote" | "written" | "writing" | "published" | "quoted" | "interview" | "op-ed"
    );
    // Two or three words after "in" ("in Marsa Alam") would pass for a full name: a
    // title or honorific before them is what makes them one.
    let placed = (locative_before || in_the_area) && !published_in;
    if placed && !after_title && (!strong || words >= 2) && !possessive && !language && words <= 3 {
        // A natural feature's noun is part of its name ("the Neelum valley"); an
        // administrative one is not ("the Drass sector" is Drass).
        let last = if in_the_area && feature { end + 1 } else { end };
        return Some(Mention {
            start: tokens[start].start,
            end: tokens[last - 1].end,
            first_token: start,
            last_token: last,
            text: text[tokens[start].start..tokens[last - 1].end].to_string(),
            kind: MentionKind::Town,
        });
    }
    // "along the Green Line", "on the Rue de Grenelle": a definite article right before
    // the run, with no title between, makes it the name of a thing, not of a person.
    if matches!(before(1).as_str(), "the") && !after_title {
        return None;
    }
    // A weak mention only ever links to a person the article has named in full, so a
    // capitalized word opening a sentence ("Isaias and Abiy last met") may be one too.
    Some(Mention {
        start: tokens[start].start,
        end: tokens[end - 1].end,
        first_token: start,
        last_token: end,
        text: text[tokens[start].start..tokens[end - 1].end].to_string(),
        kind: MentionKind::Person { strong },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    fn kinds(s: &str) -> Vec<(String, String)> {
        let g = Gazetteer::builtin().unwrap();
        let sent = &segment(s)[0];
        recognize(sent.clone(), &g)
            .mentions
            .iter()
            .map(|m| {
                let k = match m.kind {
                    MentionKind::Person { strong } => format!("person:{strong}"),
                    MentionKind::Title { .. } => "title".into(),
                    MentionKind::Entity(_) => "entity".into(),
                    MentionKind::Demonym(_) => "demonym".into(),
                    MentionKind::Surname(_) => "surname".into(),
                    MentionKind::Status(_) => "status".into(),
                    MentionKind::Organization => "org".into(),
                    MentionKind::Venue => "venue".into(),
                    MentionKind::Town => "town".into(),
                };
                (m.text.clone(), k)
            })
            .collect()
    }

    #[test]
    fn a_building_named_of_something_and_a_feature_after_a_region_are_places() {
        let got =
            kinds("The envoys met at the Church of the Intercession of the Holy Mother of God.");
        assert!(
            got.contains(&(
                "Church of the Intercession of the Holy Mother of God".into(),
                "venue".into()
            )),
            "{got:?}"
        );
        // A known town inside the "of" part is where the venue is: the town stays.
        let got = kinds("The King hosted a banquet at the Palace of Versailles.");
        assert!(got.iter().any(|(t, _)| t == "Versailles"), "{got:?}");
        // "St." stays inside the name; a country there names a national body.
        let got = kinds("Putin met Xi at the Church of St. Nicholas on Saturday.");
        assert!(
            got.contains(&("Church of St. Nicholas".into(), "venue".into())),
            "{got:?}"
        );
        let got = kinds("The Church of Greece condemned the lockdown on Tuesday.");
        assert!(!got.iter().any(|(_, k)| k == "venue"), "{got:?}");
        // A river named after a region is a place of its own; so is a county.
        let got = kinds("Troops faced each other across the Evros River on Saturday.");
        assert!(
            got.contains(&("Evros River".into(), "town".into())),
            "{got:?}"
        );
        let got = kinds("North Korea carried out a test in Hwadae County on Monday.");
        assert!(
            got.contains(&("Hwadae County".into(), "town".into())),
            "{got:?}"
        );
        // A region known whole keeps its name.
        let got = kinds("Russia claims the Kuril Islands.");
        assert!(!got.iter().any(|(_, k)| k == "town"), "{got:?}");
    }

    #[test]
    fn names_after_titles_are_strong_people() {
        let got = kinds("Turkmenistan Foreign Minister Rashid Meredov met him.");
        assert!(
            got.contains(&("Rashid Meredov".into(), "person:true".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_right_after_a_title_before_a_name_word_is_a_given_name() {
        let got = kinds("Defence Minister Aden Duale flew to Aden on Monday.");
        assert!(
            got.contains(&("Aden Duale".into(), "person:true".into())),
            "{got:?}"
        );
        // (The town itself, after "to", stays the town.)
        assert!(got.contains(&("Aden".into(), "entity".into())), "{got:?}");
        let got = kinds("Prime Minister Jordan met them.");
        assert!(got.contains(&("Jordan".into(), "entity".into())), "{got:?}");
    }

    #[test]
    fn a_general_staff_is_no_general() {
        let got = kinds("Russian forces shelled Kupiansk on Monday, Ukraine's General Staff said.");
        assert!(got.iter().all(|(_, k)| !k.starts_with("person")), "{got:?}");
    }

    #[test]
    fn a_town_after_a_title_and_an_unknown_given_name_is_a_surname() {
        let got = kinds("President Mokgweetsi Masisi arrived in Kasane.");
        assert!(
            got.contains(&("Mokgweetsi Masisi".into(), "person:true".into())),
            "{got:?}"
        );
        // (After a known given name or no title, the town stays a town.)
        let got = kinds("Officials from Masisi arrived in Goma.");
        assert!(got.contains(&("Masisi".into(), "entity".into())), "{got:?}");
    }

    #[test]
    fn a_capitalized_run_after_the_is_no_person_unless_a_title_stands_between() {
        let got = kinds("Gunfire was heard along the Green Line near the Rue de Grenelle.");
        assert!(
            got.iter()
                .all(|(t, k)| !k.starts_with("person") || t == "Gunfire"),
            "{got:?}"
        );
        let got = kinds("He met the Foreign Minister Rashid Meredov.");
        assert!(
            got.contains(&("Rashid Meredov".into(), "person:true".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_opening_a_sentence_before_an_appositive_is_a_person() {
        let got = kinds("Jaakko Iloniemi, then a young Finnish diplomat, spent three years there.");
        assert!(
            got.contains(&("Jaakko Iloniemi".into(), "person:true".into())),
            "{got:?}"
        );
        let got = kinds("Brezhnev signed Basket Three.");
        assert!(!got.iter().any(|(t, _)| t.contains("Three")), "{got:?}");
    }

    #[test]
    fn sentence_initial_function_words_are_not_names() {
        let got = kinds("Among those present were diplomats.");
        assert!(got.iter().all(|(_, k)| !k.starts_with("person")), "{got:?}");
    }

    #[test]
    fn particles_and_hyphens_stay_inside_names() {
        let people = |text: &str| -> Vec<String> {
            kinds(text)
                .into_iter()
                .filter(|(_, k)| k.starts_with("person"))
                .map(|(t, _)| t)
                .collect()
        };
        let got =
            people("The talks were led by Jean-Marc Le Bihan and Khalid bin Rashid al-Mansouri.");
        assert!(got.iter().any(|p| p == "Jean-Marc Le Bihan"), "{got:?}");
        assert!(
            got.iter().any(|p| p == "Khalid bin Rashid al-Mansouri"),
            "{got:?}"
        );
        // Two particles in a row ("de la", "van der") stay inside too.
        let got = people("Chief negotiator Humberto de la Calle met Edwin van der Sar in Havana.");
        assert!(got.iter().any(|p| p == "Humberto de la Calle"), "{got:?}");
        assert!(got.iter().any(|p| p == "Edwin van der Sar"), "{got:?}");
    }

    #[test]
    fn capitalized_words_ending_in_a_venue_noun_are_a_venue() {
        let got = kinds("Modi visited the Dhakeshwari Temple and Yamaguchi Ube Airport.");
        assert!(
            got.contains(&("Dhakeshwari Temple".into(), "venue".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&("Yamaguchi Ube Airport".into(), "venue".into())),
            "{got:?}"
        );
        // A body named inside a building's name is part of it ("the Samarkand Congress
        // Centre" is left to the city named in it).
        let got = kinds("Leaders met at the Samarkand Congress Centre.");
        assert!(!got.iter().any(|(t, _)| t == "Congress"), "{got:?}");
        assert!(got.iter().any(|(t, _)| t == "Samarkand"), "{got:?}");
        // An honorific before a venue the gazetteer knows is no town of its own.
        let got = kinds("Ruto arrived at Mzee Jomo Kenyatta International Airport.");
        assert!(!got.iter().any(|(t, _)| t == "Mzee"), "{got:?}");
        // A bare venue noun names nothing.
        let bare = kinds("The Palace said nothing.");
        assert!(!bare.iter().any(|(_, k)| k == "venue"), "{bare:?}");
    }

    #[test]
    fn administration_names_an_organization() {
        let got = kinds("The Biden administration is unlikely to accept this.");
        assert!(
            got.contains(&("Biden administration".into(), "org".into())),
            "{got:?}"
        );
    }

    #[test]
    fn an_indefinite_noun_phrase_is_no_name_but_he_before_a_name_is_a_surname() {
        let got = kinds("The pope ended a four-day Apostolic Journey to Iraq.");
        assert!(
            !got.iter().any(|(t, _)| t == "Apostolic Journey"),
            "{got:?}"
        );
        let got = kinds("The delegation included Wang Yi and He Lifeng, the vice premier.");
        assert!(got.iter().any(|(t, _)| t == "He Lifeng"), "{got:?}");
        let got = kinds("He Met the press.");
        assert!(!got.iter().any(|(t, _)| t.starts_with("He ")), "{got:?}");
    }

    #[test]
    fn names_listed_between_places_are_places() {
        let got = kinds("The journey took him to Baghdad, Najaf, Ur, Erbil and Qaraqosh.");
        assert!(got.contains(&("Ur".into(), "town".into())), "{got:?}");
        assert!(got.contains(&("Qaraqosh".into(), "town".into())), "{got:?}");
        let got = kinds("The mayor of Kyiv, Taras Petrenko, met Olaf Scholz.");
        assert!(
            got.iter()
                .any(|(t, k)| t == "Taras Petrenko" && k.starts_with("person")),
            "{got:?}"
        );
    }

    #[test]
    fn initials_open_a_name_but_honorifics_and_stray_letters_do_not() {
        let got = kinds("Prime Minister K.P. Sharma Oli met H.E. Mr. Ram Paudel.");
        assert!(got.iter().any(|(t, _)| t == "K.P. Sharma Oli"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.starts_with("H.E.")), "{got:?}");
        let got = kinds("It was Plan B. Nothing else worked.");
        assert!(
            !got.iter().any(|(t, _)| t.contains("B. Nothing")),
            "{got:?}"
        );
    }

    #[test]
    fn one_place_and_a_comma_or_a_verbal_attack_make_no_town() {
        let got = kinds("In Tehran, Araghchi said the talks would go on.");
        assert!(
            !got.contains(&("Araghchi".into(), "town".into())),
            "{got:?}"
        );
        let got = kinds("The minister launched a scathing attack on Farage.");
        assert!(!got.contains(&("Farage".into(), "town".into())), "{got:?}");
        let got = kinds("Troops mounted an assault on Tskhinval.");
        assert!(
            got.contains(&("Tskhinval".into(), "town".into())),
            "{got:?}"
        );
    }
}
