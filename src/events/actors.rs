//! The actors of a trigger's clause: mentions read in the clause, and what English
//! leaves implicit around them (asides, attributions, pronouns, capitals that act).

use super::{EventContext, Frame};
use crate::ir::EntityKind;
use crate::names::is_copula;
use crate::recognize::{Analysed, MentionKind};
use crate::text::TokenKind;

/// Words that end a clause when they follow a comma (or stand alone, for the first few).
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "adding",
    "saying",
    "which",
    "where",
    "after",
    "before",
    "amid",
    "as",
    "when",
    "because",
    "since",
    "discussing",
    "receiving",
    "according",
    "telling",
];

/// Auxiliaries and adverbs that may stand between a subject and its verb ("whom she
/// had met", "the two first met", "the two had last spoken").
const BEFORE_A_VERB: &[&str] = &[
    "had", "has", "have", "would", "will", "was", "is", "first", "last", "later", "also", "then",
    "again", "once", "since", "never", "finally",
];

/// Words before "after" or "before" that measure a time span ("a day after", "two
/// weeks before", "shortly after"), in the singular.
const TIME_SPANS: &[&str] = &[
    "year", "decade", "month", "week", "day", "hour", "minute", "moment", "second", "shortly",
    "soon", "just",
];

/// Parts of a day, which name a time as a span does ("the next morning", "that evening").
pub(super) const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Verbs that open reported speech ("Rhodes said Obama would ..."): `REPORTING_VERBS`
/// without "told" ("Putin told Obama in a call" is Putin's call) and "reported".
/// ("Historian Sergey Radchenko writes that Mao received Khrushchev": a writer or one
/// who recalls an event is no party to it, unless named in it again, "he".)
const REPORTED_SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "stated",
    "announced",
    "added",
    "writes",
    "wrote",
    "recalled",
    "recalls",
    "noted",
    "notes",
    "argues",
    "argued",
    "claimed",
    "claims",
    "insisted",
    "insists",
];

/// Words that, after ", and", open a clause of its own rather than end a list of names.
const NEW_CLAUSE_AFTER_AND: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "in",
    "at",
    "on",
    "then",
    "later",
    "also",
    "afterwards",
    "there",
    "during",
    "after",
    "before",
    "both",
];

/// Nouns of an act someone's possessive names ("his handshake with", "her talks").
const ACTS_OWNED: &[&str] = &[
    "handshake",
    "meeting",
    "meetings",
    "talks",
    "encounter",
    "visit",
    "trip",
    "call",
];

/// Verbs of a trailing attribution ("..., officials said").
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "announced",
    "added",
    "told",
    "stated",
];

/// Words that open an aside after a name: "X, who ...,", "X, in a call with Y,", "X, a
/// former diplomat,".
const ASIDE_OPENERS: &[&str] = &[
    "a",
    "an",
    "who",
    "whose",
    "in",
    "at",
    "on",
    "during",
    "after",
    "speaking",
    "writing",
    "accompanied",
    "flanked",
    "standing",
    "known",
    "better",
    "nicknamed",
    "dubbed",
];

/// An actor mention in the trigger's clause.
#[derive(Debug, Clone, Copy)]
pub(super) struct Actor {
    pub(super) entity: usize,
    pub(super) token: usize,
    pub(super) kind: EntityKind,
    /// Introduced by "in"/"at": a location, not a participant.
    pub(super) locative: bool,
    /// A demonym used as an adjective ("Russian missile strike").
    pub(super) demonym: bool,
    /// Followed by a possessive ("Zelenskyy's visit").
    pub(super) possessive: bool,
}

impl Actor {
    /// A person read from somewhere other than a mention at `token` (a pronoun, an
    /// aside's subject).
    fn person(entity: usize, token: usize) -> Self {
        Self {
            entity,
            token,
            kind: EntityKind::Person,
            locative: false,
            demonym: false,
            possessive: false,
        }
    }
}

pub(super) fn token_index(s: &Analysed, byte: usize) -> usize {
    s.tokens
        .iter()
        .position(|t| t.start >= byte)
        .unwrap_or(s.tokens.len())
}

/// The clause around the trigger: token bounds [from, to).
pub(super) fn clause(s: &Analysed, first: usize, last: usize) -> (usize, usize) {
    let is_break = |i: usize| -> bool {
        let w = s.tok(i);
        // ("Four leaders met in Paris: A, B, C and D", "also signed: A of Canada, B of
        // Hungary": a colon opening a list of people goes on with the clause.)
        // (Only a list to the end, with no verb of its own: not "The message was clear:
        // Putin wanted a deal".)
        let people_follow = || {
            let in_mention = |t: usize| {
                s.mentions
                    .iter()
                    .any(|m| m.first_token <= t && t <= m.last_token)
            };
            let glue = |t: usize| {
                matches!(
                    s.low(t),
                    "," | "and" | "of" | "the" | "from" | "." | "(" | ")" | "'s" | "’s" | "for"
                )
            };
            s.mentions.iter().any(|m| {
                m.first_token == i + 1
                    && matches!(
                        m.kind,
                        MentionKind::Person { .. }
                            | MentionKind::Title { .. }
                            | MentionKind::Demonym(_)
                    )
            }) && (i + 1..s.tokens.len()).all(|t| in_mention(t) || glue(t))
                // (A group's members after its colon are read as the group's roster: "A
                // Kenyan delegation arrived in Addis Ababa: A, B and C".)
                && !(0..i).any(|t| super::rosters::GROUP_NOUNS.contains(&s.low(t)))
        };
        if w == ";" || (w == ":" && !people_follow()) {
            return true;
        }
        let lw = s.low(i);
        let after_comma = i > 0 && s.tok(i - 1) == ",";
        // ", and in Ankara he is expected to meet ...": a new clause, not a list item.
        // (", and then with Lula" still continues the verb before it.)
        // (", and on Prime Minister Dahal", after "call on the President": a second
        // one called on, not "and on Monday he met".)
        if lw == "and"
            && after_comma
            && NEW_CLAUSE_AFTER_AND.contains(&s.low(i + 1))
            && !matches!(s.low(i + 2), "with" | "to")
            && !(s.low(i + 1) == "on" && s.names_someone_at(i + 2))
        {
            return true;
        }
        // ", and his long handshake with Deng was taken as": a new subject, the
        // possessor's own act (not a list's last item, ", and his deputy, Li").
        if lw == "and"
            && after_comma
            && matches!(s.low(i + 1), "his" | "her" | "their")
            && (i + 2..(i + 5).min(s.tokens.len())).any(|t| ACTS_OWNED.contains(&s.low(t)))
        {
            return true;
        }
        // "held talks with X in Bujumbura and was later received by Y": a second verb
        // phrase of the same subject.
        if lw == "and"
            && matches!(
                s.low(i + 1),
                "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would"
            )
        {
            return true;
        }
        // "was received by Aliyev before meeting Mammadyarov": talks in a participle
        // after a conjunction of time are a clause of their own, comma or not, with
        // their own parties. (A journey's, "after visiting Hawaii", stays with the verb
        // before it, whose place it helps find.)
        if matches!(lw, "before" | "after" | "while" | "since" | "upon")
            && matches!(
                s.low(i + 1),
                "meeting" | "holding" | "hosting" | "receiving" | "signing"
            )
        {
            return true;
        }
        // "was received by Sargsyan and held talks with Nalbandian": a verb of its own
        // after "and" is a second act of the same subject, with its own parties. (Not a
        // passive participle, "organized by Russia and hosted by Kazakhstan".)
        // ("was summoned and told that ...": one passive subject, told, not telling.)
        let after_passive = i >= 2
            && s.low(i - 1).ends_with("ed")
            && matches!(s.low(i - 2), "was" | "were" | "is" | "are" | "been");
        if lw == "and"
            && s.tok(i + 1).starts_with(char::is_lowercase)
            && s.low(i + 2) != "by"
            && !after_passive
            && matches!(
                s.low(i + 1),
                "held"
                    | "met"
                    | "hosted"
                    | "signed"
                    | "visited"
                    | "toured"
                    | "attended"
                    | "telephoned"
                    | "called"
                    | "paid"
                    | "greeted"
                    | "flew"
                    | "inaugurated"
                    | "addressed"
                    | "said"
                    | "says"
                    | "told"
                    | "added"
                    | "announced"
                    | "stated"
                    | "warned"
                    | "stressed"
                    | "wrote"
            )
        {
            return true;
        }
        // "held talks with O'Neill and then hosted the leaders of ...": the next act
        // ("and then with Lula" still continues the verb before it).
        // ("received Moon and then Abe": a second name, not a second act; but "and then
        // Trump spoke with Putin" is one.)
        let name_then_verb = || {
            let after = (i + 2..s.tokens.len())
                .find(|&t| !s.tok(t).starts_with(char::is_uppercase))
                .unwrap_or(s.tokens.len());
            after < s.tokens.len()
                && s.tok(after).starts_with(char::is_lowercase)
                && !matches!(
                    s.low(after),
                    "in" | "at"
                        | "on"
                        | "for"
                        | "with"
                        | "to"
                        | "and"
                        | "of"
                        | "from"
                        | "during"
                        | "after"
                        | "before"
                        | "separately"
                        | "later"
                )
        };
        // ("met Guelleh and later Prime Minister Kamil": the verb's second object.)
        if lw == "and"
            && matches!(s.low(i + 1), "then" | "later")
            && !matches!(s.low(i + 2), "with" | "to" | "in" | "on")
            && (!s.tok(i + 2).starts_with(char::is_uppercase) || name_then_verb())
        {
            return true;
        }
        // "travel to Managua, where he will be received by Ortega, and to Havana for
        // talks with ...": a further stop of the journey is a clause of its own.
        // (Only after a journey: "spoke to Netanyahu, and to Shoukry" is one call.)
        if lw == "and"
            && after_comma
            && s.low(i + 1) == "to"
            && (s.tok(i + 2).starts_with(char::is_uppercase) || s.low(i + 2) == "the")
            && (0..i).any(|t| crate::names::TRAVEL_WORDS.contains(&s.low(t)))
        {
            return true;
        }
        // "The visit came 15 years after the presidents ... negotiated": a time span
        // before "after" or "before" opens another event's clause.
        // ("... with Putin, a day after the leaders met Zelenskyy in Kyiv", "shortly
        // before he flew to Tokyo": the same.)
        if matches!(lw, "after" | "before")
            && i > 0
            && TIME_SPANS.contains(&s.low(i - 1).trim_end_matches('s'))
            // ("signed shortly after 1 a.m.", "shortly before noon": a time of day.)
            && !s.tok(i + 1).starts_with(|c: char| c.is_ascii_digit())
            && !crate::dates::is_calendar_word(s.tok(i + 1))
            && !matches!(
                s.low(i + 1),
                "noon" | "midnight" | "dawn" | "dusk" | "daybreak" | "sunrise" | "sunset"
            )
        {
            return true;
        }
        // "the first meeting between the two since the nerve agent attack on Skripal":
        // the time it is measured from names no party.
        if lw == "since"
            && matches!(
                s.low(i + 1),
                "the" | "his" | "her" | "their" | "its" | "a" | "an" | "last" | "then"
            )
        {
            return true;
        }
        if CLAUSE_WORDS.contains(&lw) {
            // "as well as", "such as", "as soon as" do not start clauses.
            let prev = if i > 0 { s.low(i - 1) } else { "" };
            let next = s.low(i + 1);
            if lw == "as"
                && (matches!(
                    prev,
                    "well"
                        | "such"
                        | "as"
                        | "capacity"
                        | "role"
                        | "serving"
                        | "served"
                        | "serves"
                        | "acting"
                        | "sworn"
                        | "elected"
                        | "appointed"
                        | "named"
                        | "known"
                ) || next == "well"
                    || next == "soon"
                    || next == "part"
                    // ("held his first talks as president with Erdogan": a role, not
                    // a clause.)
                    || s.mention_at(i + 1).is_some_and(|mi| {
                        let role = &s.mentions[mi];
                        matches!(role.kind, MentionKind::Title { .. })
                            && s.tok(i + 1).starts_with(char::is_lowercase)
                            // (A plural, "as foreign ministers in Geneva met", opens a
                            // clause.)
                            && !s.low(role.last_token - 1).ends_with('s')
                            && matches!(s.low(role.last_token), "with" | "in" | "at" | "to" | "on")
                    })
                    || (matches!(next, "host" | "hosts" | "chair" | "mediator" | "mediators")
                        && matches!(s.low(i + 2), "with" | "in" | "at" | "to"))
                    // ("quoted Reagan as saying", "was quoted as telling": the quoted
                    // person's words, not a clause of its own.)
                    || (matches!(next, "saying" | "telling" | "stating" | "having")
                        && (i.saturating_sub(8)..i).any(|t| s.low(t) == "quoted")))
            {
                return false;
            }
            return after_comma
                || matches!(lw, "while" | "whereas" | "although" | "as" | "amid" | "but");
        }
        false
    };
    // The clause's first token: the one after the last break before `t`.
    let start_before = |t: usize| (0..t).rev().find(|&i| is_break(i)).map_or(0, |i| i + 1);
    let mut from = start_before(first);
    // "Xi, on his first trip abroad since the pandemic, sat down with Putin": a break
    // inside an aside set off by commas between a name and its verb ends no clause.
    // (Auxiliaries may stand between the closing comma and the verb: "..., had
    // telephoned".)
    let closing = (from..first)
        .rev()
        .find(|&t| s.tok(t) == ",")
        .filter(|&c| (c + 1..first).all(|t| s.tok(t).starts_with(char::is_lowercase)));
    if let (true, Some(closing)) = (from > 0, closing) {
        let opening = (0..from).rev().find(|&t| s.tok(t) == ",");
        // (Not when a name ends at the closing comma: in "..., while Modi, who proposed
        // it, joined", Modi is the subject.)
        // (Nor an aside opened by a conjunction: ", and after the talks ended," follows
        // a clause of its own.)
        let aside = opening.filter(|&c| {
            (c + 1..closing).all(|t| s.tok(t) != ",")
                && !matches!(s.low(c + 1), "and" | "but" | "or" | "then" | "while")
                && s.mentions.iter().any(|m| m.last_token == c)
                && !s.mentions.iter().any(|m| {
                    m.last_token == closing && !matches!(m.kind, MentionKind::Title { .. })
                })
        });
        if let Some(c) = aside {
            from = start_before(c);
        }
    }
    let mut to = (last..s.tokens.len())
        .find(|&i| is_break(i))
        .unwrap_or(s.tokens.len());
    // "X, who visited Moscow in 2022, will host Putin": an event of a relative clause
    // ends where the clause does, at the comma before the sentence's own verb.
    if in_aside(s, first) {
        if let Some(close) =
            (last..to).find(|&t| s.tok(t) == "," && MAIN_VERB_AFTER_ASIDE.contains(&s.low(t + 1)))
        {
            to = close;
        }
    }
    (from, to)
}

/// Words that, right after the comma closing a relative clause, carry on the sentence's
/// own verb phrase.
const MAIN_VERB_AFTER_ASIDE: &[&str] = &[
    "will", "would", "is", "was", "are", "were", "has", "had", "have", "did", "does", "can",
    "could", "may", "might", "must", "said", "says", "told", "met", "held", "arrived", "flew",
    "signed", "hosted", "received", "called", "spoke", "visited", "also", "then",
];

/// Groups whose "from X" names who sent them: "a delegation from the Taliban".
const SENT_GROUPS: &[&str] = &[
    "delegation",
    "delegations",
    "team",
    "teams",
    "officials",
    "representatives",
    "envoys",
    "envoy",
    "negotiators",
    "diplomats",
    "ministers",
    "leaders",
    "mediators",
];

/// Nouns after which "from X" names a party: the caller, the visitor, the host ("a warm
/// embrace from the Crown Prince").
const FROM_WHOM: &[&str] = &[
    "call",
    "calls",
    "visit",
    "visits",
    "phone",
    "telephone",
    "embrace",
    "hug",
    "handshake",
    "welcome",
    "greeting",
    "reception",
];

/// The actors named in tokens `from..to` of sentence `si`: not inside a quotation (the
/// speaker's words), unless the clause itself opens inside one ("\"I met Baradar in
/// Doha,\" Khalilzad said": the speaker's own act, told in the first person).
pub(super) fn actors_in(cx: &EventContext, si: usize, from: usize, to: usize) -> Vec<Actor> {
    let s = &cx.sentences[si];
    let mut out = Vec::new();
    let quoted_clause = (from..to.min(s.tokens.len()))
        .find(|&t| s.tokens[t].kind == crate::text::TokenKind::Word)
        .is_some_and(|t| cx.quotes.inside(si, s.tokens[t].start));
    for (mi, m) in s.mentions.iter().enumerate() {
        if m.first_token < from
            || m.first_token >= to
            || (cx.quotes.inside(si, m.start) && !quoted_clause)
            || s.sentence.start + m.end <= cx.dateline_end
        {
            continue;
        }
        let Some(e) = cx.res.entity(si, mi) else {
            continue;
        };
        let kind = cx.res.entities[e].kind;
        // "ADDIS ABABA, May 10 (Reuters) -": the wire credit in a dateline takes no part.
        if m.first_token > 0
            && s.tok(m.first_token - 1) == "("
            && cx.res.entities[e].subkind.as_deref() == Some("media")
        {
            continue;
        }
        let demonym = matches!(m.kind, MentionKind::Demonym(_));
        // "Soviet-era ties", "the post-Soviet bloc", "former Soviet republics": a time,
        // not the state acting.
        // (A hyphenated word is one token; "Israeli-Palestinian talks" keep both sides.)
        let word = s.tok(m.first_token);
        let in_compound = word.contains('-')
            && word
                .split('-')
                .any(|part| part.starts_with(char::is_lowercase));
        if demonym && ((m.first_token > 0 && s.low(m.first_token - 1) == "former") || in_compound) {
            continue;
        }
        let title_ref = matches!(m.kind, MentionKind::Title { .. });
        // "British lawmakers", "Russian police": a group named by country acts for it,
        // unless the article names the group's members (then they take part instead).
        let in_group = cx.facts.groups_in_sentence(si).any(|(g, members)| {
            m.first_token >= g.phrase.first_token
                && m.first_token < g.phrase.last_token
                && members.is_empty()
        });
        if kind != EntityKind::Place
            && !title_ref
            && !in_group
            && cx.facts.is_consumed(si, m.first_token)
        {
            continue; // an affiliation inside a title phrase
        }
        // "Putin's special envoy, Alexander Lavrentiev", "Erdogan's chief adviser Ibrahim
        // Kalin": the possessor of the post is not the one who acts. (Nor in "Richard
        // Holbrooke, Obama's new special envoy", "Rabin's successor, Menachem Begin":
        // a relation of kin or succession is a post of sorts.)
        let possessive = matches!(s.tok(m.last_token), "’s" | "'s" | "’" | "'");
        let relation = |t: usize| {
            cx.facts.is_consumed(si, t)
                || matches!(
                    s.low(t),
                    "successor"
                        | "predecessor"
                        | "wife"
                        | "husband"
                        | "widow"
                        | "son"
                        | "daughter"
                        | "brother"
                        | "sister"
                        | "envoy"
                        | "emissary"
                )
        };
        // (The one holding it is named just after, or just before with a comma.)
        let holder_before = mi > 0
            && m.first_token > 0
            && s.tok(m.first_token - 1) == ","
            && s.mentions[mi - 1].last_token + 1 == m.first_token
            && cx
                .res
                .entity(si, mi - 1)
                .is_some_and(|e| cx.res.entities[e].kind == EntityKind::Person);
        if possessive
            && kind == EntityKind::Person
            && (m.last_token + 1..m.last_token + 4)
                .find(|&t| relation(t))
                // ("Xi's meeting with President Biden": the post after "with" is another's.)
                .is_some_and(|t| {
                    (m.last_token + 1..t).all(|u| {
                        s.tok(u).starts_with(char::is_lowercase)
                            && !matches!(
                                s.low(u),
                                "with"
                                    | "and"
                                    | "to"
                                    | "of"
                                    | "for"
                                    | "talks"
                                    | "meeting"
                                    | "call"
                                    | "visit"
                            )
                    })
                })
            && (holder_before
                || (mi + 1..s.mentions.len())
                    .take_while(|&ni| s.mentions[ni].first_token <= m.last_token + 10)
                    .filter_map(|ni| cx.res.entity(si, ni))
                    .any(|e| cx.res.entities[e].kind == EntityKind::Person))
        {
            continue;
        }
        if kind == EntityKind::Person
            && (names_another_post(s, m.first_token) || commemorated(s, m.first_token))
        {
            continue;
        }
        let prev = if m.first_token > 0 {
            s.low(m.first_token - 1)
        } else {
            ""
        };
        let prev2 = if m.first_token > 1 {
            s.low(m.first_token - 2)
        } else {
            ""
        };
        // "in the Siberian city of Irkutsk": the place after "city of" stands where the
        // preposition before the noun puts it.
        let of_place = prev == "of"
            && (crate::names::names_town_after_of(prev2)
                || matches!(prev2, "island" | "province" | "region"))
            && (m.first_token.saturating_sub(6)..m.first_token)
                .any(|t| matches!(s.low(t), "in" | "at" | "to" | "near" | "outside"));
        // "in the capital, Khartoum": the city named after the noun's comma. (A person
        // there is the clause's subject: "In the Indian capital, Wang Yi met Modi".)
        let named_after = prev == ","
            && kind != EntityKind::Person
            && matches!(prev2, "capital" | "city" | "town" | "port")
            && (m.first_token.saturating_sub(5)..m.first_token)
                .any(|t| matches!(s.low(t), "in" | "at" | "to" | "near"));
        // A person after "from" takes no part ("under pressure from Trump", "a letter
        // from Khamenei"), except the one a call or a visit came from ("a call from
        // President Macron").
        let from_place = if kind == EntityKind::Person {
            let lead = title_start(s, m.first_token);
            // ("received a phone call on Saturday evening from Abbas".)
            let called = (lead.saturating_sub(7)..lead.saturating_sub(1))
                .rev()
                .take_while(|&t| s.tok(t) != ",")
                .any(|t| FROM_WHOM.contains(&s.low(t)));
            // ("sat across the table from Musharraf": facing him.)
            let facing = lead >= 2 && matches!(s.low(lead - 2), "across" | "table");
            lead > 0 && s.low(lead - 1) == "from" && !called && !facing
        } else {
            prev == "from"
        };
        // "A delegation from the Taliban met Wang Yi", "officials from Iran": whom a
        // group sent, not where it came from.
        let sent_by = matches!(kind, EntityKind::Organization | EntityKind::Country) && {
            let from_at = if prev == "from" {
                m.first_token.checked_sub(1)
            } else if prev == "the" && prev2 == "from" {
                m.first_token.checked_sub(2)
            } else {
                None
            };
            from_at
                .and_then(|f| f.checked_sub(1))
                .is_some_and(|g| SENT_GROUPS.contains(&s.low(g)))
        };
        let from_place = from_place && !sent_by;
        // ("around Kupiansk", "above Drass": places only; "the crowd around Trump".)
        let around = matches!(prev, "around" | "above") && kind == EntityKind::Place;
        // ("fighting over Nagorno-Karabakh", "fought two wars over Kashmir": the region
        // fought over is where the fighting is.)
        let fought_over = prev == "over"
            && kind == EntityKind::Place
            && m.first_token >= 2
            && FOUGHT_OVER.contains(&s.low(m.first_token - 2));
        // ("greeted at Beijing's Capital Airport": the city whose venue it is, after the
        // preposition, is where it happened.)
        let city_of_venue = possessive
            && kind == EntityKind::Place
            && matches!(prev, "in" | "at" | "near")
            && super::place::is_city_like(cx, e)
            && s.mentions.iter().enumerate().any(|(vi, v)| {
                v.first_token == m.last_token + 1
                    && cx
                        .res
                        .entity(si, vi)
                        .is_some_and(|x| cx.res.entities[x].subkind.as_deref() == Some("venue"))
            });
        let possessive = possessive && !city_of_venue;
        let locative = matches!(prev, "in" | "at" | "near" | "into")
            || around
            || fought_over
            || city_of_venue
            || from_place
            || (prev == "the"
                && matches!(prev2, "in" | "at" | "near" | "from" | "into")
                && !sent_by)
            || of_place
            || named_after;
        out.push(Actor {
            entity: e,
            token: m.first_token,
            kind,
            locative,
            demonym,
            possessive,
        });
    }
    out
}

/// "adviser to Prime Minister Abiy Ahmed", "the wife of President Kenyatta": a person
/// named (with a title, a demonym) at `token` to say whose aide someone else is; the
/// aide takes part, not the one named.
pub(super) fn names_another_post(s: &Analysed, token: usize) -> bool {
    let b = title_start(s, token);
    // ("Head of the Office of the President Andriy Yermak" holds that whole post.)
    if b > 0 && s.low(b - 1) == "the" {
        return false;
    }
    b >= 2
        && b < token
        && matches!(s.low(b - 1), "to" | "of" | "for")
        && crate::names::AIDE_NOUNS.contains(&s.low(b - 2))
}

/// "a memorial service for Nelson Mandela", "the state funeral of former Prime Minister
/// Shinzo Abe", "a centre named after Julius Nyerere", "the late King Hussein": a person
/// named to say whom a thing remembers or portrays, whose kin someone is, or whom
/// someone stands in for, is not present.
pub(super) fn commemorated(s: &Analysed, token: usize) -> bool {
    let mut b = title_start(s, token);
    while b > 0
        && matches!(
            s.low(b - 1),
            "former" | "late" | "then" | "the" | "slain" | "absent"
        )
    {
        if s.low(b - 1) == "late" {
            return true;
        }
        b = title_start(s, b - 1);
    }
    // (The noun may have a noun after it: "a memorial service for", "the funeral
    // ceremony of".)
    // ("Li Qiang, who stood in for President Xi Jinping", "in place of Putin", "on
    // behalf of King Salman": the one another stands for is not there.)
    // ("represented by Jaishankar rather than (by) Prime Minister Modi".)
    let rather_than = (b >= 2 && s.low(b - 1) == "than" && s.low(b - 2) == "rather")
        || (b >= 3 && s.low(b - 1) == "by" && s.low(b - 2) == "than" && s.low(b - 3) == "rather");
    let stood_in_for = b >= 2
        && ((s.low(b - 1) == "for"
            && (matches!(s.low(b - 2), "deputizing" | "deputising" | "substituting")
                || (b >= 3
                    && s.low(b - 2) == "in"
                    && matches!(s.low(b - 3), "stood" | "standing" | "stands" | "stand"))))
            || (s.low(b - 1) == "of"
                && (s.low(b - 2) == "instead"
                    || (b >= 3 && s.low(b - 2) == "place" && s.low(b - 3) == "in")
                    || (b >= 3 && s.low(b - 2) == "behalf" && s.low(b - 3) == "on"))));
    if stood_in_for || rather_than {
        return true;
    }
    let remembers = |t: usize| crate::names::COMMEMORATED_NOUNS.contains(&s.low(t));
    b >= 2
        && ((matches!(s.low(b - 1), "of" | "for")
            && (remembers(b - 2)
                || (b >= 3 && remembers(b - 3) && s.tok(b - 2).starts_with(char::is_lowercase))))
            || (s.low(b - 1) == "after" && s.low(b - 2) == "named"))
}

/// Where the title and demonym that lead to the name at `token` start ("Russian
/// President Vladimir Putin" starts at "Russian").
pub(super) fn title_start(s: &Analysed, token: usize) -> usize {
    let mut b = token;
    while let Some(m) = s.mentions.iter().find(|m| {
        m.last_token == b
            && m.first_token < b
            && matches!(m.kind, MentionKind::Title { .. } | MentionKind::Demonym(_))
    }) {
        b = m.first_token;
    }
    b
}

/// Members of plural-title groups inside [from, to), with their token position.
pub(super) fn groups_in(
    cx: &EventContext,
    si: usize,
    from: usize,
    to: usize,
) -> Vec<(usize, usize)> {
    cx.facts
        .groups_in_sentence(si)
        .filter(|(g, _)| g.phrase.first_token >= from && g.phrase.first_token < to)
        .flat_map(|(g, members)| members.iter().map(move |&p| (p, g.phrase.first_token)))
        .collect()
}

pub(super) fn is_actor(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    )
}

/// How often a person took part in a run of events: how many, in how many named first,
/// and the index of the latest.
pub(super) struct Tally {
    pub who: usize,
    pub times: usize,
    pub named_first: usize,
    pub latest: usize,
}

/// Counts `who` in `tallies` for event `at` (named first there or not).
pub(super) fn tally(tallies: &mut Vec<Tally>, who: usize, named_first: bool, at: usize) {
    let first = usize::from(named_first);
    match tallies.iter_mut().find(|t| t.who == who) {
        Some(t) => {
            t.times += 1;
            t.named_first += first;
            t.latest = at;
        }
        None => tallies.push(Tally {
            who,
            times: 1,
            named_first: first,
            latest: at,
        }),
    }
}

pub(super) fn push_unique(v: &mut Vec<usize>, e: usize) {
    if !v.contains(&e) {
        v.push(e);
    }
}

pub(super) fn has_person(actors: &[Actor]) -> bool {
    actors.iter().any(|a| a.kind == EntityKind::Person)
}

/// The subject of a clause that names no person before its trigger:
/// - a pronoun ("where he will meet", "she held talks with") stands for a person named
///   earlier (speech verbs resolve their own pronouns in `speaker_of`);
/// - a second verb phrase after "but" or "and" shares a subject with the verb before it
///   ("Esper called it a hopeful moment but warned that ..."): that clause's pronoun
///   subject, else the first person it names outside a prepositional phrase, else the
///   person who opens the sentence.
pub(super) fn implicit_subject(
    cx: &EventContext,
    si: usize,
    from: usize,
    first: usize,
    frame: Frame,
) -> Option<(usize, usize)> {
    let s = &cx.sentences[si];
    if frame != Frame::Say {
        if let Some(t) = (from..first).find(|&t| matches!(s.low(t), "he" | "she")) {
            return person_before(cx, si, t, Prefer::First).map(|e| (t, e));
        }
        // "\"I met Baradar in Doha,\" Khalilzad said": the one speaking (where the
        // verb is inside the same quotation, or both outside one).
        let quoted = |t: usize| cx.quotes.inside(si, s.tokens[t].start);
        if let Some(t) = (from..first).find(|&t| s.tok(t) == "I" && quoted(t) == quoted(first)) {
            if let Some(e) = super::speech::quote_speaker(cx, si, t) {
                return Some((t, e));
            }
        }
    }
    // ("... and was later received by Y": the same, after "and".)
    if from == 0 || !matches!(s.low(from - 1), "but" | "and") {
        return None;
    }
    // "where he met May at Chequers and had tea with the Queen", "a day after he held
    // talks in Rome and was received by Cossiga": the pronoun that was the subject of
    // the verb before "and".
    // (Only a pronoun in the clause before "and", or at most 15 words back: "Ruto, who
    // met Biden; he then flew to Ottawa and ..." does not reach back past the semicolon.)
    let mut clause_before = if from >= 2 {
        clause(s, from - 2, from - 1).0
    } else {
        0
    };
    // ("he held talks with his counterpart, Bui Thanh Son, and called on Trong": a name
    // in apposition to "counterpart" or a title opens no clause of its own.)
    while clause_before >= 2 && s.tok(clause_before - 1) == "," && {
        let head = clause_before - 2;
        matches!(s.low(head), "counterpart" | "counterparts")
            || s.mentions
                .iter()
                .any(|m| m.last_token == head + 1 && matches!(m.kind, MentionKind::Title { .. }))
    } {
        clause_before = clause(s, clause_before - 2, clause_before - 1).0;
    }
    if frame != Frame::Say {
        let lowest = from.saturating_sub(15).max(clause_before.saturating_sub(1));
        let pronoun = (lowest..from - 1).rev().find(|&t| {
            if !matches!(s.low(t), "he" | "she") {
                return false;
            }
            let before = if t == 0 { "" } else { s.low(t - 1) };
            // (After "after", "before", "while" ... or "that" only with someone named
            // before the word and no comma since the pronoun: "Before she left Berlin, Baerbock
            // met Duda and signed" is Baerbock's, named after the pronoun.)
            let subordinate = (CATAPHORA_WORDS.contains(&before) || before == "that")
                && s.mentions.iter().enumerate().any(|(mi, m)| {
                    m.last_token < t
                        && cx
                            .res
                            .entity(si, mi)
                            .is_some_and(|e| cx.res.entities[e].kind == EntityKind::Person)
                })
                && !(t..from - 1).any(|u| s.tok(u) == ",");
            // ("The next day he held talks": a time phrase before the pronoun, naming
            // no one.)
            let fronted = (1..=5).contains(&t)
                && (0..t).all(|u| !s.in_mention(u))
                && (TIME_SPANS.contains(&s.low(t - 1))
                    || DAY_PARTS.contains(&s.low(t - 1))
                    || matches!(s.low(t - 1), "later" | "afterwards"));
            t == 0
                || matches!(before, "where" | "when" | "," | "then" | "and")
                || subordinate
                || fronted
        });
        if let Some(t) = pronoun {
            return person_before(cx, si, t, Prefer::First).map(|e| (t, e));
        }
        // ("I flew to Kabul in May and met Ghani": the one saying "I".)
        let first_person = (lowest..from - 1)
            .rev()
            .find(|&t| s.tok(t) == "I")
            .and_then(|t| super::speech::quote_speaker(cx, si, t).map(|e| (t, e)));
        if first_person.is_some() {
            return first_person;
        }
    }
    // "where Steinmeier was received by Sargsyan and held talks with Nalbandian": the
    // subject of the clause before "and".
    // (The clause before may itself be an aside of the sentence: ", where X was ...".)
    if from >= 2 {
        // ("Fitzwater said President Bush had dialed King Fahd and then held a phone
        // conversation with Ozal": the subject of the verb reported, after the verb of
        // saying, not the one who said it.)
        // (Not for words said in turn, "asked Wang Yi to convey ... and said", nor after a
        // verb whose object is the one addressed.)
        let said = (clause_before..from - 1)
            .rev()
            .find(|&t| {
                matches!(
                    s.low(t),
                    "said" | "says" | "added" | "announced" | "stated" | "confirmed" | "noted"
                )
            })
            .filter(|_| frame != Frame::Say)
            // (Only where the clause reported is an act itself: not "Erdogan said Putin
            // was a reliable partner and then held talks with Zelenskiy".)
            .filter(|&t| (t + 1..from - 1).any(|u| ACT_VERBS.contains(&s.low(u))));
        let person_after = |t: usize| {
            s.mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.first_token > t && m.first_token < from - 1)
                .filter(|(_, m)| !object_through_title(s, m.first_token))
                .filter_map(|(mi, _)| cx.res.entity(si, mi))
                .find(|&e| cx.res.entities[e].kind == EntityKind::Person)
        };
        if let Some(e) = said.and_then(person_after) {
            return Some((from - 1, e));
        }
        let before_from = clause_before;
        let subject = s
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                m.first_token >= before_from
                    && m.first_token < from - 1
                    && !cx.quotes.inside(si, m.start)
                    && (!object_through_title(s, m.first_token) || led_by(s, m.first_token))
            })
            .filter_map(|(mi, _)| cx.res.entity(si, mi))
            .find(|&e| cx.res.entities[e].kind == EntityKind::Person);
        if let Some(e) = subject {
            return Some((from - 1, e));
        }
    }
    // ("He was received by Medvedev and held talks with him, and later met Putin": the
    // pronoun that opens the sentence, however far back.)
    if frame != Frame::Say && matches!(s.low(0), "he" | "she") {
        return person_before(cx, si, 0, Prefer::First).map(|e| (0, e));
    }
    // The subject opens the sentence (after a title at most).
    s.mentions
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.first_token < from.min(8))
        .filter(|(_, m)| !cx.quotes.inside(si, m.start))
        .filter_map(|(mi, m)| Some((m.first_token, cx.res.entity(si, mi)?)))
        .find(|&(_, e)| cx.res.entities[e].kind == EntityKind::Person)
}

/// Nouns of fighting whose "over" names where it is ("fighting over Nagorno-Karabakh",
/// "two wars over Kashmir").
pub(super) const FOUGHT_OVER: &[&str] =
    &["fighting", "war", "wars", "battle", "battles", "clashes"];

/// Verbs of an act that make the clause reported after "said" one whose subject acts
/// again after "and then".
const ACT_VERBS: &[&str] = &[
    "met",
    "dialed",
    "dialled",
    "called",
    "telephoned",
    "phoned",
    "visited",
    "received",
    "hosted",
    "spoke",
    "talked",
    "flew",
    "arrived",
    "travelled",
    "traveled",
    "held",
];

/// Nouns after which "her" is a possessive: "her counterpart", "her hosts".
const POSSESSED_NOUNS: &[&str] = &[
    "counterpart",
    "counterparts",
    "host",
    "hosts",
    "guest",
    "guests",
    "visitor",
    "visitors",
    "husband",
    "deputy",
    "predecessor",
    "successor",
    "colleague",
    "colleagues",
    "delegation",
    "team",
    "aides",
    "old",
    "new",
    "former",
    "own",
];

/// Which of a sentence's people a pronoun prefers.
#[derive(Clone, Copy)]
pub(super) enum Prefer {
    /// The first person named: a subject pronoun ("The Secretary will travel to
    /// Tashkent, where he will meet"), which usually repeats the sentence's subject.
    First,
    /// The last person named: "he said" after a quotation or a list of names.
    Last,
}

/// The person a pronoun at `token` stands for: one named earlier in its sentence, else
/// one of the nearest earlier sentence that names anyone, looking back at most three
/// sentences. Names inside quotations are not antecedents.
pub(super) fn person_before(
    cx: &EventContext,
    si: usize,
    token: usize,
    prefer: Prefer,
) -> Option<usize> {
    for sj in (si.saturating_sub(3)..=si).rev() {
        let mut people = cx.sentences[sj]
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| (sj < si || m.first_token < token) && !cx.quotes.inside(sj, m.start))
            .filter_map(|(mi, m)| Some((m.first_token, cx.res.entity(sj, mi)?)))
            .filter(|&(_, e)| cx.res.entities[e].kind == EntityKind::Person);
        let found = match prefer {
            // The subject: the first person named in the main clause, not in an aside
            // ("In Bangkok, where Thaksin was host, Bush named ...") or after a
            // preposition ("talks with Karzai").
            Prefer::First => {
                let s = &cx.sentences[sj];
                let people: Vec<(usize, usize)> = people.collect();
                let subject = people
                    .iter()
                    .find(|&&(t, _)| !in_aside(s, t) && !object_through_title(s, t))
                    .or(people.first())
                    .map(|&(t, e)| (t, e));
                // A subject pronoun before that person continues the chain: in "At
                // Entebbe he met Museveni and President Moi. The same day he flew to
                // Kigali", the second "he" is the first's, not Moi.
                // (Not a pronoun ahead of its name, "When he landed, Obama met ...", nor
                // the surname He of "He Lifeng".)
                let limit = if sj == si { token } else { s.tokens.len() };
                let pronoun = (0..limit.min(subject.map_or(usize::MAX, |(t, _)| t))).find(|&t| {
                    matches!(s.low(t), "he" | "she")
                        && !in_aside(s, t)
                        && !cx.quotes.inside(sj, s.tokens[t].start)
                        && s.mention_at(t).is_none()
                        && !(t > 0 && CATAPHORA_WORDS.contains(&s.low(t - 1)))
                });
                let chained = pronoun.and_then(|p| person_before(cx, sj, p, Prefer::First));
                chained.or(subject.map(|(_, e)| e))
            }
            Prefer::Last => people.next_back().map(|(_, e)| e),
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Words after which a pronoun may come before its name ("When he landed, Obama ...").
const CATAPHORA_WORDS: &[&str] = &[
    "when", "after", "as", "before", "while", "if", "once", "since",
];

/// Words that open a subordinate clause after a comma.
const ASIDE_WORDS: &[&str] = &["where", "who", "whose", "which", "when", "while", "whom"];

/// Whether token `t` lies in a ", where ... ," or ", who ... ," aside.
pub(super) fn in_aside(s: &Analysed, t: usize) -> bool {
    // Walking back from `t`: a comma that opens an aside means `t` is inside it; any
    // other comma closed whatever aside came before, unless it only sets off a title
    // from its holder ("the Thai Prime Minister, Thaksin Shinawatra").
    let after_title = |o: usize| {
        s.mentions
            .iter()
            .any(|m| m.last_token == o && matches!(m.kind, MentionKind::Title { .. }))
    };
    for o in (1..t).rev() {
        if s.tok(o) != "," {
            continue;
        }
        if o + 1 < t && ASIDE_WORDS.contains(&s.low(o + 1)) {
            return true;
        }
        if !after_title(o) {
            return false;
        }
    }
    false
}

/// Whether the mention at token `t` heads a group that acts: "a delegation led by X
/// toured the plant and visited the bay" (the second verb is X's too).
fn led_by(s: &Analysed, t: usize) -> bool {
    t >= 2 && s.low(t - 1) == "by" && matches!(s.low(t - 2), "led" | "headed")
}

/// Whether the mention at token `t` follows a preposition or a verb's object slot,
/// through the title and demonym before it ("talks with Iraqi Prime Minister X"): no
/// subject. (A list that opens with "Accompanied by Foreign Minister X, Scholz" is read
/// by `after_preposition`, which looks at the name alone.)
fn object_through_title(s: &Analysed, t: usize) -> bool {
    after_preposition(s, title_start(s, t))
}

/// Whether the mention at token `t` follows a preposition or a verb's object slot.
fn after_preposition(s: &Analysed, t: usize) -> bool {
    t > 0
        && matches!(
            s.low(t - 1),
            "with" | "to" | "by" | "for" | "from" | "of" | "against" | "and" | "met" | "told"
        )
}

/// The actors of the trigger at tokens `first..last`, with the clause `(from, to)` they
/// were read from. Beyond the mentions in the clause, this reads what English leaves
/// implicit: asides, attributions, capitals that act, and pronoun subjects and objects;
/// `talks` are the people of the talks reported last, whom "they" may stand for, and
/// `visitors` those who travelled so far, whom "the visiting leaders" (or, one of them,
/// "the visiting president") stand for.
pub(super) fn actors_for(
    cx: &EventContext,
    si: usize,
    first: usize,
    last: usize,
    frame: Frame,
    (talks, visitors): (&[usize], &[usize]),
) -> (usize, usize, Vec<Actor>) {
    let s = &cx.sentences[si];
    let (from, mut to) = clause(s, first, last);
    // "The delegation included A, Member of ...; B, Director of ...; and C": a list of
    // people with their posts runs on across semicolons.
    // (Not a clause of its own after the semicolon: "included al-Sharaa; Putin sent
    // Lavrov".)
    if frame == Frame::Join {
        while to < s.tokens.len() && s.tok(to) == ";" {
            match list_goes_on(cx, si, to) {
                Some(next_to) => to = next_to,
                None => break,
            }
        }
    }
    let mut actors = actors_in(cx, si, from, to);
    skip_aside(cx, si, (from, first), frame, &mut actors);
    if frame != Frame::Say {
        drop_reporters(s, first, last, &mut actors);
    }
    if matches!(frame, Frame::Say | Frame::Act | Frame::Attack) {
        capitals_as_governments(cx, &mut actors);
    }
    if matches!(
        frame,
        Frame::Host | Frame::Meet | Frame::Courtesy | Frame::Call
    ) {
        object_pronoun(cx, si, (from, last), &mut actors);
    }
    if matches!(
        frame,
        Frame::Host | Frame::Meet | Frame::Courtesy | Frame::Call | Frame::Converse
    ) {
        relative_subject(cx, si, (from, first), &mut actors);
    }
    // "the Mission was received by Zelenskyy", "the team flew to Zagreb to see Tudjman":
    // a group whose members the article named stands for them.
    if !matches!(frame, Frame::Say | Frame::Act | Frame::Attack) {
        for (member, token) in cx.rosters.named_in(s, si, from, to) {
            if !actors.iter().any(|a| a.entity == member) {
                actors.push(Actor::person(member, token));
            }
        }
    }
    // (The group of a that-clause after "told" stands for people named before, if
    // any: else those telling stay, the news being theirs.)
    // (Not where the sentence names people after "that": "told reporters that the
    // leaders had agreed after talks with Putin and Poroshenko" keeps the one telling.)
    let told = told_that(s, first)
        .filter(|&c| !names_a_person_after(cx, si, c))
        .map(|c| {
            let (before, after): (Vec<Actor>, Vec<Actor>) = std::mem::take(&mut actors)
                .into_iter()
                .partition(|a| a.token <= c);
            actors = after;
            before
        });
    // (A person after a preposition is no subject: "The three leaders, later joined by
    // Iohannis, met Zelensky".)
    if !actors.iter().any(|a| {
        a.token < first && a.kind == EntityKind::Person && !object_through_title(s, a.token)
    }) {
        subject_left_implicit(cx, si, (from, first), frame, talks, &mut actors);
    }
    if let Some(mut tellers) = told.filter(|_| !has_person(&actors)) {
        tellers.append(&mut actors);
        actors = tellers;
    }
    if matches!(
        frame,
        Frame::Meet | Frame::Call | Frame::Converse | Frame::Courtesy | Frame::Host
    ) {
        pair_as_object(cx, si, (first, last, to), &mut actors);
    }
    visiting_group(s, (from, first, last, to), (talks, visitors), &mut actors);
    // "said in a telephone call with Merkel that Russia would ...": what a that-clause
    // after the talks says names no party of them (the place it gives stays one:
    // "consultations that were to take place in Muscat").
    if matches!(frame, Frame::Call | Frame::Meet | Frame::Converse) {
        // (Not "that" before a time: "met that afternoon with Wang".)
        let said = |t: usize| {
            let next = s.low(t + 1);
            s.low(t) == "that"
                && !crate::dates::is_calendar_word(s.tok(t + 1))
                && !TIME_SPANS.contains(&next)
                && !DAY_PARTS.contains(&next)
                && next != "time"
        };
        if let Some(that) = (last..to).find(|&t| said(t)) {
            actors.retain(|a| a.token < that || a.kind == EntityKind::Place || a.locative);
        }
    }
    actors.sort_by_key(|a| a.token);
    (from, to, actors)
}

/// Where a list of people running past the semicolon at token `semicolon` ends: the
/// clause after it names people with their posts ("; B, Director of the Africa
/// Department"), and no verb of a clause of its own ("; Putin stayed in Moscow").
pub(super) fn list_goes_on(cx: &EventContext, si: usize, semicolon: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    let (_, next_to) = clause(s, semicolon + 1, semicolon + 1);
    let names_person = actors_in(cx, si, semicolon + 1, next_to)
        .iter()
        .any(|a| a.kind == EntityKind::Person);
    (names_person && only_names_and_posts(cx, si, semicolon + 1, next_to)).then_some(next_to)
}

/// Whether tokens `from..to` only name people with their posts ("B, Director of the
/// Africa Department"; "and on the Turkish side C"), with no verb of a clause of their
/// own ("Putin stayed in Moscow", "Putin sent Lavrov").
fn only_names_and_posts(cx: &EventContext, si: usize, from: usize, to: usize) -> bool {
    let s = &cx.sentences[si];
    !(from..to).any(|t| {
        let w = s.low(t);
        !s.in_mention(t)
            && !cx.facts.is_consumed(si, t)
            && s.tok(t).starts_with(char::is_lowercase)
            && ((w.len() > 4 && w.ends_with("ed"))
                || matches!(
                    w,
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "will"
                        | "would"
                        | "did"
                        | "does"
                        | "sent"
                        | "met"
                        | "left"
                        | "went"
                        | "said"
                        | "says"
                        | "told"
                        | "spoke"
                        | "stayed"
                        | "came"
                        | "led"
                        | "held"
                ))
    })
}

/// "al-Maliki, whom she had met in New York": the pronoun after "whom" is the one who
/// met the person before it.
fn relative_subject(
    cx: &EventContext,
    si: usize,
    (from, first): (usize, usize),
    actors: &mut Vec<Actor>,
) {
    let s = &cx.sentences[si];
    let Some(whom) = (from..first).rev().find(|&t| s.low(t) == "whom") else {
        return;
    };
    // "Zarif, whom Sultan Qaboos received at the palace": the person the clause
    // describes is the one met.
    if whom >= 2 && s.tok(whom - 1) == "," {
        if let Some(e) = person_ending_at(cx, si, whom - 1) {
            if !actors.iter().any(|a| a.entity == e) {
                actors.push(Actor::person(e, whom - 1));
            }
        }
    }
    let pronoun = whom + 1;
    let only_auxiliaries = (pronoun + 1..first).all(|t| BEFORE_A_VERB.contains(&s.low(t)));
    if !matches!(s.low(pronoun), "he" | "she") || !only_auxiliaries {
        return;
    }
    if let Some(e) = person_before(cx, si, pronoun, Prefer::First) {
        if !actors.iter().any(|a| a.entity == e) {
            actors.push(Actor::person(e, pronoun));
        }
    }
}

/// "the delegation", "the delegations", "the two delegations", "both delegations" at
/// token `t`: a group no modifier tells apart ("the Chinese delegation" is one side's),
/// that acts ("the delegation of Japan" is said whose it is).
pub(super) fn is_bare_delegation(s: &Analysed, t: usize) -> bool {
    matches!(s.low(t), "delegation" | "delegations")
        && t > 0
        && (matches!(s.low(t - 1), "the" | "both")
            || (t > 1 && s.low(t - 1) == "two" && s.low(t - 2) == "the"))
        && s.low(t + 1) != "of"
}

/// Group nouns after "the visiting" that are no title ("the visiting dignitaries").
const VISITING_GROUPS: &[&str] = &[
    "heads",
    "dignitaries",
    "guests",
    "delegations",
    "delegation",
];

/// "hosted the visiting leaders at a banquet", "the visiting heads of state": the
/// people who travelled in the events read so far (`visitors`); "the visiting Chinese
/// premier": the one who travelled most. So too "his guest", "the guests" (below).
fn visiting_group(
    s: &Analysed,
    (from, first, last, to): (usize, usize, usize, usize),
    (talks, visitors): (&[usize], &[usize]),
    actors: &mut Vec<Actor>,
) {
    // A title after "the visiting" (a demonym between them allowed), or a group noun:
    // (token, whether it names one person).
    let visiting = (from..to).find_map(|t| {
        if s.low(t) != "visiting" || t == 0 || s.low(t - 1) != "the" {
            return None;
        }
        let kind_at = |u: usize| {
            s.mentions
                .iter()
                .find(|m| m.first_token == u)
                .map(|m| m.kind)
        };
        let noun = match kind_at(t + 1) {
            Some(MentionKind::Demonym(_)) => t + 2,
            _ => t + 1,
        };
        match kind_at(noun) {
            Some(MentionKind::Title { plural, .. }) => Some((t, !plural)),
            _ => VISITING_GROUPS.contains(&s.low(noun)).then_some((t, false)),
        }
    });
    if let Some((t, one)) = visiting {
        let count = if one { 1 } else { visitors.len() };
        if one
            && visitors
                .first()
                .is_some_and(|&v| actors.iter().any(|a| a.entity == v))
        {
            return;
        }
        for &v in visitors.iter().take(count) {
            if !actors.iter().any(|a| a.entity == v) {
                actors.push(Actor::person(v, t));
            }
        }
        return;
    }
    // "The two delegations met on Monday", "The delegation opened talks with Wu Yi":
    // after arrivals, a delegation no roster names and no modifier tells apart ("the
    // Chinese delegation" may be the host's) is those who travelled, when the clause
    // names no other person before its verb.
    if let Some(t) = (from..first).find(|&t| is_bare_delegation(s, t)) {
        let named_before = actors
            .iter()
            .any(|a| a.kind == EntityKind::Person && a.token < first);
        if !named_before {
            actors.extend(visitors.iter().map(|&v| Actor::person(v, t)));
        }
        return;
    }
    // "Castro greeted his guest", "the distinguished guest visited": who travelled,
    // else the other party of the talks just reported. Only a guest right before the
    // verb or a few words after it, where its subject or object stands ("informed his
    // guest that he had held a telephone conversation with Halonen" adds no one to the
    // call), not "the guest of President Keita".
    // ("The envoys were received by Tchiani": envoys who travelled.)
    let guest = (from..to).find(|&t| {
        (matches!(s.low(t), "guest" | "guests" | "visitor" | "visitors")
            || (s.low(t) == "envoys" && !visitors.is_empty()))
            && t > 0
            && matches!(
                s.low(t - 1),
                "his" | "her" | "their" | "the" | "distinguished" | "honoured" | "honored"
            )
            && s.low(t + 1) != "of"
            && ((t < first && t + 3 >= first) || (t >= last && t <= last + 5))
    });
    let Some(t) = guest else {
        return;
    };
    let named = |e: usize| actors.iter().any(|a| a.entity == e);
    // (Nobody to add when a guest is named already, or none of the talks' people is.)
    let guests: Vec<usize> = if !visitors.is_empty() {
        if visitors.iter().any(|&v| named(v)) {
            return;
        }
        visitors.to_vec()
    } else {
        if !talks.iter().any(|&p| named(p)) {
            return;
        }
        talks.iter().copied().filter(|&p| !named(p)).collect()
    };
    // (One guest for "his guest": the one who travelled most, who leads the visit.)
    let one = !s.low(t).ends_with('s');
    let count = if one { 1 } else { guests.len() };
    actors.extend(guests.into_iter().take(count).map(|g| Actor::person(g, t)));
}

/// "Lavrov, who arrived in Brasilia for talks with Vieira, thanked Brazil", "Kerry, in a
/// call with Lavrov, urged Moscow": the aside between commas is not the verb's subject;
/// the person it describes is.
fn skip_aside(
    cx: &EventContext,
    si: usize,
    (from, first): (usize, usize),
    frame: Frame,
    actors: &mut Vec<Actor>,
) {
    let s = &cx.sentences[si];
    // For a verb of one agent, any lower-case word opens an appositive too
    // ("Podolyak, an adviser to Zelenskiy, said", "Odinga, wearing a dark suit, said");
    // a conjunction continues a list instead. Talks keep lists of named people whole.
    let one_agent = matches!(
        frame,
        Frame::Say | Frame::Act | Frame::Attack | Frame::Visit
    );
    let opens = |t: usize| {
        let w = s.low(t);
        ASIDE_OPENERS.contains(&w)
            || (one_agent
                && s.tok(t).starts_with(|c: char| c.is_lowercase())
                && !matches!(w, "and" | "or" | "but" | "nor"))
    };
    let person_ending_at = |t: usize| person_ending_at(cx, si, t);
    // The outermost aside about a person: in "Watanabe, who held talks with his
    // counterpart, Kozyrev, in Moscow last month, told reporters", the one about
    // Watanabe, not the inner ", in Moscow" after Kozyrev.
    let openers = || (from.max(1)..first).filter(|&t| s.tok(t - 1) == "," && opens(t));
    let Some(opener) = openers()
        .find(|&t| person_ending_at(t - 1).is_some())
        .or_else(|| openers().last())
    else {
        return;
    };
    // The aside ends at the last comma before the trigger ("Watanabe, who held talks
    // with his counterpart, Kozyrev, in Moscow, told"), but not at one inside a list
    // of names after the verb ("Zelensky, who was in Tirana, joined Macron, Merz and
    // Starmer in a call": the comma after Tirana).
    // (An appositive, "Witkoff, a real-estate developer, and Kushner met Putin", ends at
    // its first comma.)
    let appositive = matches!(s.low(opener), "a" | "an");
    let aside_end = if appositive {
        // ("Poghosyan, a spokesman for the region's leader, Arayik Harutyunyan, said": a
        // name set off after the appositive's own noun, up to the comma before the verb,
        // belongs to it.)
        (opener..first).find(|&t| s.tok(t) == ",").map(|c| {
            let names_the_noun = s.tok(c - 1).starts_with(char::is_lowercase)
                && first >= 2
                && s.tok(first - 1) == ","
                && s.mention_at(c + 1)
                    .is_some_and(|mi| s.mentions[mi].last_token == first - 1);
            if names_the_noun {
                first - 1
            } else {
                c
            }
        })
    } else {
        (opener..first)
            .rev()
            .find(|&t| s.tok(t) == "," && !s.tok(t + 1).starts_with(char::is_uppercase))
            .or_else(|| (opener..first).rev().find(|&t| s.tok(t) == ","))
    };
    let described = person_ending_at(opener - 1);
    if let (Some(end), Some(e)) = (aside_end, described) {
        // "Cheney, accompanied by Schwarzkopf and Wolfowitz, briefed King Fahd": the
        // companions take part in talks.
        let companions = matches!(s.low(opener), "accompanied" | "flanked")
            && matches!(frame, Frame::Meet | Frame::Host | Frame::Courtesy);
        actors.retain(|a| {
            a.locative
                || a.token < opener
                || a.token > end
                || (companions && a.kind == EntityKind::Person)
        });
        // The subject counts as standing where the aside ends, right before the verb.
        actors.push(Actor::person(e, end));
    }
}

/// "..., the White House said", "According to Peskov, ...": whoever reports an event is
/// not one of its parties (speech events read their speaker themselves).
fn drop_reporters(s: &Analysed, first: usize, last: usize, actors: &mut Vec<Actor>) {
    if let Some(c) = reporter_tail(s, last) {
        actors.retain(|a| a.token < c);
    }
    // "..., her spokesman Steffen Seibert said, and ...": an attribution set off by
    // commas names no party either, wherever it stands.
    let n = s.tokens.len();
    for v in 1..n {
        if v == first
            || !REPORTING_VERBS.contains(&s.low(v))
            || s.tok(v + 1) != ","
            || s.in_mention(v)
        {
            continue;
        }
        // ("her spokesman Steffen Seibert said", "officials said"; not "After meeting
        // Putin, Macron said", whose speaker is the meeting's subject.)
        let comma = (0..v)
            .rev()
            .find(|&t| s.tok(t) == ",")
            .filter(|&c| v - c <= 8);
        let attribution = comma.filter(|&c| {
            matches!(
                s.low(c + 1),
                "his" | "her" | "their" | "its" | "the" | "a" | "an" | "officials" | "sources"
            )
        });
        if let Some(c) = attribution {
            actors.retain(|a| a.token < c || a.token > v);
        }
    }
    if s.low(0) == "according" && s.low(1) == "to" {
        if let Some(c) = (2..first).find(|&t| s.tok(t) == ",") {
            actors.retain(|a| a.token > c);
        }
    }
    // "Rhodes said Obama had no plans to meet Putin": who reports it is not a party
    // ("X said he would meet Y" keeps X, through the pronoun read after the verb).
    // ("Lavrov was said to have met ..." is hearsay about Lavrov, not a report by him.)
    // (Nor is one who spoke at the event: see `spoke_at_the_event`.)
    // ("Sultan Qaboos bin Said greeted": a name's word, not the verb.)
    let report = (1..first).rev().find(|&t| {
        REPORTED_SPEECH_VERBS.contains(&s.low(t))
            && !s.in_mention(t)
            && !matches!(s.tok(t + 1), "," | "." | "“" | "\"")
            && !is_copula(s.low(t - 1))
            && !spoke_at_the_event(s, t, first)
            && !own_talks(s, t, first)
    });
    if let Some(v) = report {
        actors.retain(|a| a.token > v);
    }
}

/// "Hashimoto told reporters in Krasnoyarsk that the two had agreed": a that-clause
/// after a verb of telling, with a group for subject, has that group's people for
/// parties, not the one telling or those told. The "that" token, if so.
fn told_that(s: &Analysed, first: usize) -> Option<usize> {
    let told = (1..first).rev().find(|&t| {
        matches!(
            s.low(t),
            "told" | "tells" | "telling" | "assured" | "informed"
        ) && !s.in_mention(t)
    })?;
    (told + 1..first)
        .find(|&t| s.low(t) == "that" && !names_a_time(s, t + 1))
        .filter(|&c| names_a_subject(s, c + 1, first))
}

/// Whether sentence `si` names a person after token `t`.
fn names_a_person_after(cx: &EventContext, si: usize, t: usize) -> bool {
    cx.sentences[si]
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.first_token > t)
        .filter_map(|(mi, _)| cx.res.entity(si, mi))
        .any(|e| cx.res.entities[e].kind == EntityKind::Person)
}

/// Whether the word at `t` makes "that" before it a determiner of time ("that
/// afternoon"), not a conjunction.
fn names_a_time(s: &Analysed, t: usize) -> bool {
    let w = s.low(t);
    DAY_PARTS.contains(&w)
        || TIME_SPANS.contains(&w)
        || crate::dates::is_calendar_word(s.tok(t))
        || matches!(w, "time" | "year" | "day" | "week" | "month")
}

/// Whether the that-clause opening at token `from` has a group for subject before the
/// verb at `first` ("the two", "both sides", "they"), whom the talks reported stand for.
/// (A named subject keeps the teller: annotators count "Faisal informed Marsudi that
/// the OIC would hold a meeting" as the teller's news too.)
fn names_a_subject(s: &Analysed, from: usize, first: usize) -> bool {
    (from..first).any(|t| matches!(s.low(t), "they" | "two" | "both" | "sides" | "leaders"))
}

/// "Lavrov insisted that his talks with Kerry had been constructive", "Putin recalled
/// his meeting with Trump": talks the speaker calls his own, right after the verb.
fn own_talks(s: &Analysed, t: usize, first: usize) -> bool {
    first <= t + 4
        && (t + 1..=first).any(|u| matches!(s.low(u), "his" | "her" | "their"))
        && (t + 1..first).all(|u| {
            matches!(
                s.low(u),
                "that" | "his" | "her" | "their" | "own" | "first" | "last" | "recent"
            )
        })
}

/// Whether the speaker of the verb at `t` spoke at, in or after the event whose trigger
/// starts at `first`, right after the verb, which makes the event the speaker's own:
/// "Obama said at a joint news conference with Kikwete", "Putin said in a telephone call
/// with Merkel", "Anwar said after talks with Srettha".
fn spoke_at_the_event(s: &Analysed, t: usize, first: usize) -> bool {
    if first > t + 5 {
        return false;
    }
    let only = |words: &[&str]| (t + 2..first).all(|u| words.contains(&s.low(u)));
    match s.low(t + 1) {
        "at" | "during" => true,
        // (Only a call's own words lead to the trigger: not "said in Washington Obama
        // would meet Putin", "said in an interview talks with Ukraine had stalled".)
        "in" => only(&[
            "a",
            "an",
            "the",
            "his",
            "her",
            "their",
            "phone",
            "telephone",
            "video",
            "brief",
        ]),
        // (Only talks named by a noun, not "said after the two leaders talked", whose
        // subject is the talks' own, nor "after talks between Putin and Trump".)
        "after" => {
            only(&["the", "a", "his", "her"])
                && (first..first + 2).any(|u| {
                    matches!(
                        s.low(u),
                        "talks" | "meeting" | "meetings" | "call" | "conversation" | "negotiations"
                    ) && !matches!(s.low(u + 1), "between" | "of" | "among")
                })
        }
        _ => false,
    }
}

/// Where a trailing attribution ("..., U.S. officials said") starts after token `last`:
/// the comma before it.
pub(super) fn reporter_tail(s: &Analysed, last: usize) -> Option<usize> {
    let n = s.tokens.len();
    let tail_comma = (last..n).rev().find(|&t| s.tok(t) == ",");
    tail_comma
        .filter(|&c| n - c <= 10)
        .filter(|&c| (c..n).any(|t| REPORTING_VERBS.contains(&s.low(t))))
}

/// "accused Washington", "urged Moscow", "Beijing said": in speech and directed acts, a
/// capital that is not a location stands for its government.
fn capitals_as_governments(cx: &EventContext, actors: &mut [Actor]) {
    for a in actors.iter_mut().filter(|a| !a.locative) {
        let place = &cx.res.entities[a.entity];
        if let (Some("capital"), Some(country)) = (place.subkind.as_deref(), place.located_in) {
            a.entity = country;
            a.kind = EntityKind::Country;
        }
    }
}

/// "where the Emir hosted him", "Isaias greeted him": an object pronoun is the person
/// the sentence (or, when that is the verb's own subject, the one before) began with.
fn object_pronoun(
    cx: &EventContext,
    si: usize,
    (from, last): (usize, usize),
    actors: &mut Vec<Actor>,
) {
    let s = &cx.sentences[si];
    let people_before = |since: usize| -> Vec<usize> {
        actors
            .iter()
            .filter(|a| a.token >= since && a.token < last && a.kind == EntityKind::Person)
            .map(|a| a.entity)
            .collect()
    };
    let comma = (from..last).rev().find(|&t| s.tok(t) == ",");
    // "A and his team flew to Sarajevo, where Izetbegovic received them": the people the
    // sentence opened with, when none of them is the verb's subject.
    if s.low(last) == "them" {
        let subjects = people_before(comma.map_or(from, |c| c + 1));
        let opening = s
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.last_token < last && !cx.quotes.inside(si, m.start))
            .find_map(|(mi, m)| {
                let e = cx.res.entity(si, mi)?;
                (cx.res.entities[e].kind == EntityKind::Person).then_some((m.first_token, e))
            });
        // (Only a sentence that opens with that person, or whose opening phrase ends in a
        // comma right before it: "In Sarajevo, A and ...".)
        // (And only a party of several: "A and his team", "A and B"; not "Abbas said the
        // families had asked for help and Netanyahu would receive them".)
        let opens = opening.is_some_and(|(t, _)| {
            let since = (0..t).rev().find(|&u| s.tok(u) == ",").map_or(0, |c| c + 1);
            let coordinated = s.low(s.mention_end(t)) == "and";
            coordinated
                && (since..t).all(|u| s.tokens[u].kind != TokenKind::Word || s.in_mention(u))
        });
        if let Some((_, e)) = opening
            .filter(|_| opens)
            .filter(|(_, e)| !subjects.contains(e))
        {
            actors.push(Actor::person(e, last));
        }
        return;
    }
    // ("held three hours of talks with him": the pronoun right after the trigger's
    // noun.)
    let last = if s.low(last) == "with" && matches!(s.low(last + 1), "him" | "her") {
        last + 1
    } else {
        last
    };
    // ("talks with her counterpart Wang Yi", "met her Chinese host": a possessive, not
    // the object "her".)
    // (Only with the person named there: "met her Russian counterpart" with none named
    // is the one "her" points to, met.)
    let named_after = || {
        (last + 1..(last + 6).min(s.tokens.len())).any(|t| {
            s.mentions.iter().enumerate().any(|(mi, m)| {
                m.first_token == t
                    && cx
                        .res
                        .entity(si, mi)
                        .is_some_and(|e| cx.res.entities[e].kind == EntityKind::Person)
            })
        })
    };
    let possessive = s.low(last) == "her"
        && (s.mention_at(last + 1).is_some() || POSSESSED_NOUNS.contains(&s.low(last + 1)))
        && named_after();
    if !matches!(s.low(last), "him" | "her") || possessive {
        return;
    }
    // The verb's subject is named after the last comma before it: in "When Blinken
    // went in June, Xi received him", Blinken is who "him" stands for. (Without a
    // person there, "Xi, who had flown in, received him", anyone named before.)
    let subjects = comma
        .map(|c| people_before(c + 1))
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| people_before(0));
    // ("X said she had met al-Maliki in New York and would meet him again": with the
    // clause's subject left implicit, the sentence's subject, "him" is the person named
    // last before it who is not that subject.)
    let shares_subject = from > 0 && matches!(s.low(from - 1), "and" | "but")
        || matches!(s.low(from), "would" | "will" | "could" | "should" | "to");
    let named_last_but_subject = || {
        let subject = person_before(cx, si, last, Prefer::First)?;
        s.mentions
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, m)| {
                m.last_token < last && !cx.quotes.inside(si, m.start) && !in_aside(s, m.first_token)
            })
            .filter_map(|(mi, _)| cx.res.entity(si, mi))
            .find(|&e| cx.res.entities[e].kind == EntityKind::Person && e != subject)
    };
    let found = (subjects.is_empty() && shares_subject)
        .then(named_last_but_subject)
        .flatten()
        .or_else(|| person_before(cx, si, last, Prefer::First).filter(|e| !subjects.contains(e)))
        .or_else(|| {
            let prev = si.checked_sub(1)?;
            let end = cx.sentences[prev].tokens.len();
            person_before(cx, prev, end, Prefer::First).filter(|e| !subjects.contains(e))
        });
    if let Some(e) = found {
        actors.push(Actor::person(e, last));
    }
}

/// A clause that names no person before its trigger: a pronoun or shared subject
/// (`implicit_subject`); "they", "the leaders", "both sides" for the people of the talks
/// just reported (`talks`); or "the two leaders" for the two people named last.
fn subject_left_implicit(
    cx: &EventContext,
    si: usize,
    (from, first): (usize, usize),
    frame: Frame,
    talks: &[usize],
    actors: &mut Vec<Actor>,
) {
    let s = &cx.sentences[si];
    // (Not for one agent's acts: "They said" would give the words to one of them. But
    // "They noted that", "the two leaders stressed": a plural right before a speech verb
    // is a statement of all of them.)
    let one_agent = matches!(frame, Frame::Attack | Frame::Act)
        || (frame == Frame::Say && !plural_speaker_at(s, from, first));
    let they = (from..first)
        .find(|&t| s.low(t) == "they")
        .filter(|_| !one_agent);
    let opened_with = || {
        they.map(|t| (t, plural_subject(cx, si, t)))
            .filter(|(_, people)| people.len() >= 2)
    };
    if let Some((token, e)) = implicit_subject(cx, si, from, first, frame) {
        actors.push(Actor::person(e, token));
        // "Bush and Lula met in Sao Paulo and signed an agreement": the second verb's
        // subject is the whole coordinated subject the sentence opened with.
        if matches!(frame, Frame::Agree | Frame::Meet) {
            let together = plural_subject(cx, si, from);
            if together.len() >= 2 && together.contains(&e) {
                for p in together.into_iter().filter(|&p| p != e) {
                    actors.push(Actor::person(p, token));
                }
            }
        }
    } else if let Some((t, people)) = opened_with() {
        // "X and Y travelled to Addis Ababa, where they held talks": the people the
        // sentence opened with.
        actors.extend(people.iter().map(|&e| Actor::person(e, t)));
    } else if let Some(t) =
        (from..first).find(|&t| !one_agent && names_the_talks_parties(s, t, talks))
    {
        // "They agreed", "the leaders adopted", "the six heads of state signed": the
        // people of the talks just reported. But "the two leaders" are two holding a
        // leader's post: where those talks include someone holding none (an official
        // greeting a guest, a minister calling on one), the two leaders named last, if
        // one of the talks' people is among them.
        // (So too "the two ministers" after a call on a prime minister: the two
        // ministers named last.)
        let leaders = matches!(s.low(t), "two" | "both")
            .then(|| post_named(s.low(t + 1)))
            .flatten()
            .filter(|&post| talks.iter().any(|&e| !holds_post(cx, e, post)))
            .map(|post| last_two_people(cx, si, 8, Some(post), &[]))
            .filter(|two| two.len() == 2 && two.iter().any(|e| talks.contains(e)));
        let people = leaders.as_deref().unwrap_or(talks);
        actors.extend(people.iter().map(|&e| Actor::person(e, t)));
    } else if let Some(two) = (from..first)
        .find(|&t| is_pair_of_people(s, t, first))
        .filter(|_| frame != Frame::Say || !one_agent)
    {
        // "The two leaders signed the declaration": the two people named last.
        // "the two Presidents": the two presidents named last, if the article says who
        // holds the post; else the two people named last.
        // ("The royal couple flew back": the two named together, "A and his wife, B".)
        if names_a_couple(s, two) {
            let couple = couple_named_last(cx, si);
            actors.extend(couple.into_iter().map(|e| Actor::person(e, two)));
            return;
        }
        let post = post_named(s.low(two + 1));
        // ("the two leaders held talks with Annan and Kikwete": not the other party.)
        let others: Vec<usize> = actors
            .iter()
            .filter(|a| a.kind == EntityKind::Person && a.token > first)
            .map(|a| a.entity)
            .collect();
        let named_last = last_two_people(cx, si, 8, None, &others);
        // ("The two leaders held talks", after "... the statue of Mahatma Gandhi": of the
        // two named last, one may hold no post; the two holding posts, if they include
        // one of them, are the leaders.)
        let holders = post
            .map(|post| last_two_people(cx, si, 8, Some(post), &others))
            .filter(|two| two.len() == 2)
            .or_else(|| {
                Some(last_two_people(cx, si, 8, Some(Post::Any), &others))
                    .filter(|two| two.len() == 2 && two.iter().any(|e| named_last.contains(e)))
            })
            .unwrap_or(named_last);
        actors.extend(holders.into_iter().map(|e| Actor::person(e, two)));
    }
}

/// The post a plural noun after "the two" or "both" names ("presidents", "foreign").
pub(super) fn post_named(noun: &str) -> Option<Post> {
    match noun {
        "presidents" => Some(Post::Titled("president")),
        "prime" | "premiers" => Some(Post::Titled("prime minister")),
        "foreign" => Some(Post::Titled("foreign")),
        "ministers" => Some(Post::Minister),
        "chancellors" => Some(Post::Titled("chancellor")),
        "kings" | "monarchs" => Some(Post::Titled("king")),
        "leaders" => Some(Post::Leader),
        _ => None,
    }
}

/// "spoke with both foreign ministers", "met both leaders": a pair named as the object of
/// talks is the two people named last (holding the post the noun names, if two do), not
/// the clause's own subject.
fn pair_as_object(
    cx: &EventContext,
    si: usize,
    (first, last, to): (usize, usize, usize),
    actors: &mut Vec<Actor>,
) {
    let s = &cx.sentences[si];
    let Some(t) = (last..(last + 3).min(to)).find(|&t| {
        matches!(s.low(t), "both" | "two")
            && (s.low(t) == "both" || s.low(t.saturating_sub(1)) == "the")
            && is_pair_of_people(s, t, t)
    }) else {
        return;
    };
    if actors
        .iter()
        .any(|a| a.token > t && a.kind == EntityKind::Person)
    {
        return;
    }
    // ("no meeting between the two presidents", after "Both Correa and Uribe are due at
    // the summit": the pair is the whole party, named earlier in the sentence.)
    let between = t > 0 && (s.low(t - 1) == "between" || s.low(t.saturating_sub(2)) == "between");
    let subjects: Vec<usize> = actors
        .iter()
        .filter(|a| a.token < first && a.kind == EntityKind::Person && !between)
        .map(|a| a.entity)
        .collect();
    // The two people named last before the phrase in this sentence, else before it.
    let mut here: Vec<usize> = Vec::new();
    for (mi, m) in s.mentions.iter().enumerate().rev() {
        let Some(e) = cx.res.entity(si, mi) else {
            continue;
        };
        if m.first_token < t
            && cx.res.entities[e].kind == EntityKind::Person
            && !subjects.contains(&e)
            && !here.contains(&e)
        {
            here.push(e);
            if here.len() == 2 {
                break;
            }
        }
    }
    let two = if here.len() == 2 {
        here
    } else {
        post_named(s.low(t + 1))
            .map(|post| last_two_people(cx, si, 8, Some(post), &subjects))
            .filter(|two| two.len() == 2)
            .unwrap_or_else(|| last_two_people(cx, si, 8, None, &subjects))
    };
    actors.extend(two.into_iter().map(|e| Actor::person(e, t)));
}

/// Whether the words just before a speech verb at `first` are a plural subject and
/// nothing else: "They noted", "The two leaders also stressed", "Both sides expressed".
fn plural_speaker_at(s: &Analysed, from: usize, first: usize) -> bool {
    let mut t = first;
    while t > from && BEFORE_A_VERB.contains(&s.low(t - 1)) {
        t -= 1;
    }
    let Some(head) = t.checked_sub(1).filter(|&h| h >= from) else {
        return false;
    };
    // The plural opens its clause ("Officials on both sides said" is the officials).
    let opens = |t: usize| t == from || (t > 0 && matches!(s.tok(t - 1), "," | ";" | ":"));
    match s.low(head) {
        "they" => opens(head),
        "leaders" | "sides" | "presidents" | "ministers" | "premiers" | "counterparts" | "men"
        | "women" | "rivals" | "chancellors" => {
            let mut d = head;
            while d > from && !matches!(s.low(d - 1), "the" | "both" | "all") {
                d -= 1;
                if head - d > 2 {
                    return false;
                }
            }
            d > from && opens(d - 1)
        }
        _ => false,
    }
}

/// Lower-case words that may open a title phrase in a list of people ("and presidential
/// adviser Yemane Gebreab", "and his wife").
const TITLE_MODIFIERS: &[&str] = &[
    "presidential",
    "national",
    "foreign",
    "deputy",
    "vice",
    "special",
    "senior",
    "chief",
    "security",
    "defence",
    "defense",
    "trade",
    "finance",
    "his",
    "her",
    "their",
    "wife",
    "husband",
    "adviser",
    "advisor",
    "minister",
    "envoy",
    "secretary",
    "general",
    "then",
];

/// The people a sentence opens with when it coordinates several before `upto`: "Osman
/// Saleh and presidential adviser Yemane Gebreab travelled ..." gives both.
pub(super) fn plural_subject(cx: &EventContext, si: usize, upto: usize) -> Vec<usize> {
    let s = &cx.sentences[si];
    let people: Vec<(usize, usize, usize)> = s
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.last_token <= upto && !cx.quotes.inside(si, m.start))
        .filter_map(|(mi, m)| {
            let e = cx.res.entity(si, mi)?;
            (cx.res.entities[e].kind == EntityKind::Person).then_some((
                e,
                m.first_token,
                m.last_token,
            ))
        })
        .collect();
    let Some(&(first, start, mut end)) = people.first() else {
        return Vec::new();
    };
    if after_preposition(s, start) || in_aside(s, start) {
        return Vec::new();
    }
    let mut out = vec![first];
    for &(e, from, to) in &people[1..] {
        // Only "and", commas and title words between: "X and presidential adviser Y";
        // whom the one before serves may follow their name ("President Izetbegovic of
        // Bosnia and President Tudjman of Croatia arrived").
        let gap = of_whom_end(cx, si, end).unwrap_or(end)..from;
        let joined = gap.clone().any(|t| matches!(s.low(t), "and" | ","));
        // Only "and", commas and words of a title between ("and presidential adviser");
        // a verb or a relative ("X met Y", "X, who spoke with Y") ends the subject.
        let plain = gap.len() <= 5
            && gap.clone().all(|t| {
                matches!(s.low(t), "and" | ",")
                    || cx.facts.is_consumed(si, t)
                    || TITLE_MODIFIERS.contains(&s.low(t))
            });
        if !joined || !plain {
            break;
        }
        if !out.contains(&e) {
            out.push(e);
        }
        end = to;
    }
    out
}

/// One past "of Bosnia", "of the European Union" right after a person's name at `t`:
/// the country or organization the person serves.
fn of_whom_end(cx: &EventContext, si: usize, t: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    if s.low(t) != "of" {
        return None;
    }
    let at = if s.low(t + 1) == "the" { t + 2 } else { t + 1 };
    let mi = s.mention_at(at)?;
    let kind = cx.res.entities[cx.res.entity(si, mi)?].kind;
    matches!(kind, EntityKind::Country | EntityKind::Organization)
        .then(|| s.mentions[mi].last_token)
}

/// "They", "the leaders", "the heads of state", "the six heads of state", "both sides",
/// "the two delegations" at token `t`, when talks were just reported (`talks`) with as
/// many people as a number there says.
fn names_the_talks_parties(s: &Analysed, t: usize, talks: &[usize]) -> bool {
    if talks.len() < 2 {
        return false;
    }
    let w = s.low(t);
    if w == "they" {
        return true;
    }
    let the = t > 0 && matches!(s.low(t - 1), "the" | "both" | "all");
    // ("the commanders of the two sides" are not the sides.)
    if t > 1 && s.low(t - 2) == "of" {
        return false;
    }
    let count = match w {
        "two" | "both" | "pair" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        _ => None,
    };
    // ("The pair left without agreeing": the number is the noun.)
    let noun_at = if count.is_some() && w != "pair" {
        t + 1
    } else {
        t
    };
    let group = matches!(
        s.low(noun_at),
        "pair"
            | "leaders"
            | "heads"
            | "sides"
            | "delegations"
            | "presidents"
            | "ministers"
            | "speakers"
            | "envoys"
            | "negotiators"
            | "premiers"
    );
    // (Sides and delegations are counted, not their people: "the two sides" of talks
    // with both delegations listed are all of them.)
    let counted =
        count.is_none_or(|n| n == talks.len()) || matches!(s.low(noun_at), "sides" | "delegations");
    // ("the presidents of Bosnia, Serbia and Croatia" are said who they are; but "the
    // heads of state" or "the leaders of the two countries" still point back.)
    let named_after = |t: usize| {
        let t = if s.low(t) == "the" { t + 1 } else { t };
        s.tok(t).starts_with(char::is_uppercase)
    };
    let defined_by_of = s.low(noun_at + 1) == "of" && named_after(noun_at + 2);
    (the || count.is_some())
        && group
        && !defined_by_of
        && counted
        // ("the ministers" of a ministerial meeting are more than the talks just
        // reported; of two ministers' talks, they are those two.)
        && !(count.is_none() && s.low(noun_at) == "ministers" && talks.len() != 2)
}

/// "the two leaders", "both men", "the heads of state", "the leaders", "the two" right
/// before the verb at `first`: in a report of talks, the people who held them.
fn is_pair_of_people(s: &Analysed, t: usize, first: usize) -> bool {
    let the = t > 0 && s.low(t - 1) == "the";
    let heads_of_state = s.low(t) == "heads" && s.low(t + 1) == "of" && s.low(t + 2) == "state";
    if the && (heads_of_state || s.low(t) == "leaders") {
        return true;
    }
    if the && names_a_couple(s, t) {
        return true;
    }
    // "The two met again", "the two first met in 2004", "the two had last spoken in May".
    let adverbs_only = |from: usize| (from..first).all(|u| BEFORE_A_VERB.contains(&s.low(u)));
    if the && s.low(t) == "two" && t < first && adverbs_only(t + 1) {
        return true;
    }
    matches!(s.low(t), "two" | "both")
        && matches!(
            s.low(t + 1),
            "leaders"
                | "presidents"
                | "prime"
                | "premiers"
                | "ministers"
                | "heads"
                | "foreign"
                | "chancellors"
                | "counterparts"
                | "men"
                | "women"
                | "sides'"
                | "monarchs"
                | "rivals"
                | "vice"
                | "statesmen"
                | "speakers"
                | "envoys"
                | "negotiators"
                | "chairmen"
                | "mediators"
        )
}

/// A post that "the two ..." hold.
#[derive(Clone, Copy)]
pub(super) enum Post {
    /// Any post at all.
    Any,
    /// One whose title contains these words ("the two presidents").
    Titled(&'static str),
    /// A minister's, not a prime minister's ("the two ministers").
    Minister,
    /// A leader's, by the title lexicon's kinds (`positions::is_leader_title`): "the two
    /// leaders" are not the ministers named since.
    Leader,
}

/// Whether the article gives or implies person `e` a post of the kind `post`, not a
/// former one.
pub(super) fn holds_post(cx: &EventContext, e: usize, post: Post) -> bool {
    let fits = |title: &str| match post {
        Post::Any => true,
        Post::Titled(words) => title.to_lowercase().contains(words),
        Post::Minister => {
            let title = title.to_lowercase();
            title.contains("minister") && !title.contains("prime minister")
        }
        Post::Leader => crate::positions::is_leader_title(cx.gaz, title),
    };
    cx.facts
        .positions
        .iter()
        .chain(&cx.facts.implied)
        .any(|p| p.holder == e && p.status != crate::ir::Status::Former && fits(&p.title))
}

/// The two distinct people named last before sentence `si` (within `back` sentences),
/// holding `post` when given and not among `others`, earliest first; empty unless there
/// are two.
fn last_two_people(
    cx: &EventContext,
    si: usize,
    back: usize,
    post: Option<Post>,
    others: &[usize],
) -> Vec<usize> {
    let holds = |e: usize| post.is_none_or(|post| holds_post(cx, e, post));
    let mut found: Vec<usize> = Vec::new();
    for sj in (si.saturating_sub(back)..si).rev() {
        for (mi, _) in cx.sentences[sj].mentions.iter().enumerate().rev() {
            let Some(e) = cx.res.entity(sj, mi) else {
                continue;
            };
            if cx.res.entities[e].kind == EntityKind::Person
                && !found.contains(&e)
                && !others.contains(&e)
                && holds(e)
            {
                found.push(e);
                if found.len() == 2 {
                    found.reverse();
                    return found;
                }
            }
        }
    }
    Vec::new()
}

/// Whether a couple is named at token `t`: "couple", "imperial couple", "royal couple".
fn names_a_couple(s: &Analysed, t: usize) -> bool {
    s.low(t) == "couple"
        || (s.low(t + 1) == "couple"
            && matches!(
                s.low(t),
                "imperial" | "royal" | "presidential" | "visiting" | "princely" | "first"
            ))
}

/// Words that may join the two people of a couple: "A and B", "A and his wife, B",
/// "A and Queen B" (a title is part of the mention).
const COUPLE_JOINS: &[&str] = &[
    "and", "his", "her", "wife", "husband", ",", "the", "first", "lady",
];

/// Words that name one of a couple as a spouse or a consort.
const CONSORT_WORDS: &[&str] = &[
    "wife", "husband", "queen", "empress", "princess", "duchess", "consort", "lady", "spouse",
];

/// The two people named together as a couple in the sentence before `si` that names
/// one, going back at most eight sentences: "Emperor Akihito and Empress Michiko",
/// "President Clinton and his wife, Hillary". None if no sentence does.
fn couple_named_last(cx: &EventContext, si: usize) -> Vec<usize> {
    for sj in (si.saturating_sub(8)..si).rev() {
        let s = &cx.sentences[sj];
        // (first token, one past the last, person) of each person named, a title and
        // the name after it ("Empress Michiko") as one.
        let mut people: Vec<(usize, usize, usize)> = Vec::new();
        for (mi, m) in s.mentions.iter().enumerate() {
            let Some(e) = cx.res.entity(sj, mi) else {
                continue;
            };
            if cx.res.entities[e].kind != EntityKind::Person {
                continue;
            }
            match people.last_mut() {
                Some(last) if last.2 == e && last.1 == m.first_token => last.1 = m.last_token,
                _ => people.push((m.first_token, m.last_token, e)),
            }
        }
        for pair in people.windows(2).rev() {
            let ((_, end, x), (start, _, y)) = (pair[0], pair[1]);
            let between = end..start;
            let joined = between.clone().any(|t| s.low(t) == "and")
                && between
                    .clone()
                    .all(|t| COUPLE_JOINS.contains(&s.low(t)) || s.in_mention(t));
            // (A couple, not any two people: a spouse named as such, a consort's title,
            // or one family name.)
            let spouse = (pair[0].0..pair[1].1).any(|t| CONSORT_WORDS.contains(&s.low(t)));
            let surname = |e: usize| cx.res.entities[e].label.rsplit(' ').next();
            let family = surname(x) == surname(y);
            if joined && x != y && (spouse || family) {
                return vec![x, y];
            }
        }
    }
    Vec::new()
}

/// "Putin rebuffed the warnings, telling Merkel that ...", "Rice met Kibaki and Odinga,
/// urging them to share power": a participle after a comma has the sentence's subject,
/// its first person named (or the person a leading "he"/"she" stands for).
pub(super) fn participle_subject(cx: &EventContext, si: usize, first: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    // ", after visiting Hawaii", "... before travelling on to Philadelphia": a
    // conjunction may open the participle, with or without a comma.
    let opens = first > 0
        && matches!(
            s.low(first - 1),
            "," | "after" | "before" | "while" | "since" | "upon"
        );
    if !opens || !s.low(first).ends_with("ing") {
        return None;
    }
    sentence_subject(cx, si, first)
}

/// The subject of the sentence before token `first`: its first person named outside a
/// prepositional phrase (or the person a leading "he"/"she" stands for).
pub(super) fn sentence_subject(cx: &EventContext, si: usize, first: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    // (The first person outside a prepositional phrase, where there is one: "After
    // talks with X in Baghdad, Erdogan flew to Erbil, before returning to Ankara".)
    let people: Vec<(usize, usize)> = s
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.first_token < first && !cx.quotes.inside(si, m.start))
        .filter_map(|(mi, m)| Some((m.first_token, cx.res.entity(si, mi)?)))
        .filter(|&(_, e)| cx.res.entities[e].kind == EntityKind::Person)
        .collect();
    let named = people
        .iter()
        .find(|&&(t, _)| !object_through_title(s, t))
        .or(people.first())
        .copied();
    let pronoun = (0..first).find(|&t| matches!(s.low(t), "he" | "she"));
    match (named, pronoun) {
        (Some((t, _)), Some(p)) if p < t => person_before(cx, si, p, Prefer::First),
        (Some((_, e)), _) => Some(e),
        (None, Some(p)) => person_before(cx, si, p, Prefer::First),
        (None, None) => None,
    }
}

/// The person whose mention ends at token `end` (exclusive), if any.
pub(super) fn person_ending_at(cx: &EventContext, si: usize, end: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    s.mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.last_token == end)
        .and_then(|(mi, _)| cx.res.entity(si, mi))
        .filter(|&e| cx.res.entities[e].kind == EntityKind::Person)
}

/// The ", who" that opens a relative clause running, with no other comma, up to token
/// `t` ("Kerry, who is touring the region, were productive, said" has none before
/// "said").
fn relative_opening(s: &Analysed, t: usize) -> Option<usize> {
    (2..t)
        .rev()
        .take_while(|&u| !matches!(s.tok(u), "," | ";"))
        .find(|&u| s.low(u) == "who" && s.tok(u - 1) == ",")
}

/// "Rice, who flew to Nairobi and met Kibaki and Odinga, welcomed the accord": a verb
/// right after a relative clause set off by commas (closing at `comma`) has the person
/// the clause describes for subject.
fn antecedent_of_relative(cx: &EventContext, si: usize, comma: usize) -> Option<usize> {
    let who = relative_opening(&cx.sentences[si], comma)?;
    person_ending_at(cx, si, who - 1)
}

/// "Blinken met Prime Minister Correia e Silva and hailed the island nation", "Obama
/// spoke to Putin and warned him": a verb coordinated with "and" has the clause's
/// subject (its first person not after a preposition), not the person named last. So
/// has a verb after a relative clause (`antecedent_of_relative`).
pub(super) fn coordinated_subject(
    cx: &EventContext,
    si: usize,
    from: usize,
    first: usize,
) -> Option<usize> {
    let s = &cx.sentences[si];
    let mut t = first.checked_sub(1)?;
    while t > from && matches!(s.low(t), "then" | "later" | "also" | "subsequently") {
        t -= 1;
    }
    if s.tok(t) == "," {
        return antecedent_of_relative(cx, si, t);
    }
    if s.low(t) != "and" {
        return None;
    }
    // "Sanusi, the former emir of Kano, who met the general and said ...": the verbs of a
    // relative clause have its antecedent for subject.
    // (The relative runs on to the "and" with no comma: "who met X in Niamey and said";
    // not ", who Putin met", where "who" is the object.)
    if let Some(w) = relative_opening(s, t).filter(|&w| s.mention_at(w + 1).is_none()) {
        return person_before(cx, si, w, Prefer::Last);
    }
    // ("..., where Obama held talks with Sall and praised ...": inside an aside, the
    // aside's own subject.)
    let and_in_aside = in_aside(s, t);
    s.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.first_token >= from && m.first_token < t && !cx.quotes.inside(si, m.start)
        })
        .filter(|(_, m)| {
            (and_in_aside || !in_aside(s, m.first_token)) && !after_preposition(s, m.first_token)
        })
        .filter_map(|(mi, _)| cx.res.entity(si, mi))
        .find(|&e| cx.res.entities[e].kind == EntityKind::Person)
}
