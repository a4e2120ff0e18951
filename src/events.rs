//! Stage 5b: events. Trigger patterns kept as data (`ontology/patterns/events.tsv`)
//! give an event's class, CAMEO code, PLOVER type and frame; the frame says how its
//! participants are read from the clause around the trigger. Places, dates and
//! modality come from the same clause.

use crate::dates::{find_dates, Tense};
use crate::gazetteer::Gazetteer;
use crate::ir::{EntityKind, Event, EventClass, Modality};
use crate::positions::PositionFacts;
use crate::quotes::QuoteMap;
use crate::recognize::{Analysed, MentionKind};
use crate::resolve::Resolution;
use crate::text::TokenKind;
use anyhow::{bail, Context as _, Result};
use chrono::NaiveDate;
use regex::{Regex, RegexSet};

const PATTERNS: &str = include_str!("../ontology/patterns/events.tsv");

/// How a trigger's participants are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Symmetric talks: everyone on either side.
    Meet,
    /// A call: as a meeting.
    Call,
    /// Talk that is an exchange only when two sides are named ("X and Y discussed",
    /// "X spoke with Y"); one name alone ("X discussed the budget") is no event.
    Converse,
    /// A visitor (before) and destinations (after).
    Visit,
    /// A host (before) receiving a guest (after).
    Host,
    /// A summit: the organizations or countries naming it.
    Summit,
    /// Speech: a speaker, an addressee, a quote.
    Say,
    /// An agreement: the parties.
    Agree,
    /// Armed force: an attacker (before) and a target (after).
    Attack,
    /// Any other directed act: source (before), target (after).
    Act,
}

/// One trigger pattern.
#[derive(Debug, Clone)]
pub struct Trigger {
    regex: Regex,
    class: EventClass,
    cameo: String,
    plover: String,
    frame: Frame,
}

/// The compiled trigger patterns.
#[derive(Debug)]
pub struct Triggers {
    set: RegexSet,
    triggers: Vec<Trigger>,
}

impl Triggers {
    /// Compiles the built-in pattern file.
    pub fn builtin() -> Result<Self> {
        Self::parse(PATTERNS, "ontology/patterns/events.tsv")
    }

    /// Compiles a pattern file.
    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let mut triggers = Vec::new();
        let mut sources = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() || line.starts_with("pattern\t") {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 5 {
                bail!(
                    "{name}:{}: expected 5 tab-separated fields, found {}",
                    i + 1,
                    f.len()
                );
            }
            // ASCII word boundaries keep the set on the fast DFA engine (triggers are English).
            let source = format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", f[0].trim());
            let regex =
                Regex::new(&source).with_context(|| format!("{name}:{}: bad pattern", i + 1))?;
            let class = EventClass::parse(f[1].trim())
                .with_context(|| format!("{name}:{}: unknown class {:?}", i + 1, f[1]))?;
            let frame = match f[4].trim() {
                "meet" => Frame::Meet,
                "call" => Frame::Call,
                "converse" => Frame::Converse,
                "visit" => Frame::Visit,
                "host" => Frame::Host,
                "summit" => Frame::Summit,
                "say" => Frame::Say,
                "agree" => Frame::Agree,
                "attack" => Frame::Attack,
                "act" => Frame::Act,
                other => bail!("{name}:{}: unknown frame {other:?}", i + 1),
            };
            let plover = f[3].trim();
            triggers.push(Trigger {
                regex,
                class,
                cameo: f[2].trim().to_string(),
                plover: if plover == "-" {
                    String::new()
                } else {
                    plover.to_string()
                },
                frame,
            });
            sources.push(source);
        }
        let set = RegexSet::new(&sources).context("cannot compile the trigger set")?;
        Ok(Self { set, triggers })
    }
}

/// Words that end a clause when they follow a comma (or stand alone, for the first few).
const CLAUSE_WORDS: &[&str] = &[
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

/// Words that open an aside after a name: "X, who ...,", "X, in a call with Y,".
const ASIDE_OPENERS: &[&str] = &[
    "who",
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
];

/// Words between a comma and a speech verb that are not its subject.
const ATTRIBUTION_FILLERS: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "already",
    "later",
    "then",
    "again",
    "however",
    "but",
    "and",
    "speaking",
    "adding",
    "who",
    "which",
    "once",
    "too",
    "would",
    "will",
    "earlier",
    "meanwhile",
    "in",
    "a",
    "statement",
    "on",
    "at",
    "the",
    "time",
];

/// How far after a trigger (in tokens) a place may stand.
const PLACE_WINDOW: usize = 15;

/// Nouns whose "in X" is their own setting, not the event's place ("the war in Ukraine").
const SETTING_NOUNS: &[&str] = &[
    "war",
    "conflict",
    "crisis",
    "fighting",
    "violence",
    "situation",
    "peace",
    "elections",
    "embassy",
    "ambassador",
    "forces",
    "troops",
    "people",
    "interests",
];

/// Words before a trigger that mark it as not (yet) having happened.
const PLANNED_CUES: &[&str] = &[
    "will",
    "shall",
    "plans",
    "planned",
    "plan",
    "expected",
    "scheduled",
    "set",
    "upcoming",
    "next",
    "proposed",
    "intends",
    "hopes",
    "due",
    "would",
    "to",
    "'ll",
    "’ll",
    "forthcoming",
];
const NEGATION_CUES: &[&str] = &[
    "not",
    "never",
    "n't",
    "didn't",
    "did",
    "refused",
    "declined",
    "cancelled",
    "canceled",
    "postponed",
    "no",
];

/// An actor mention in the trigger's clause.
#[derive(Debug, Clone, Copy)]
struct Actor {
    entity: usize,
    token: usize,
    kind: EntityKind,
    /// Introduced by "in"/"at": a location, not a participant.
    locative: bool,
    /// A demonym used as an adjective ("Russian missile strike").
    demonym: bool,
    /// Followed by a possessive ("Zelenskyy's visit").
    possessive: bool,
}

/// Everything an event reader needs about one article.
pub struct EventContext<'a> {
    /// Analysed sentences.
    pub sentences: &'a [Analysed],
    /// Resolved entities.
    pub res: &'a Resolution,
    /// Positions, memberships, groups.
    pub facts: &'a PositionFacts,
    /// Gazetteers.
    pub gaz: &'a Gazetteer,
    /// Quotations and their spans.
    pub quotes: &'a QuoteMap,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Place from the dateline, if any.
    pub dateline: Option<usize>,
}

/// Reads the events of every sentence.
pub fn extract_events(cx: &EventContext, triggers: &Triggers) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    for (si, s) in cx.sentences.iter().enumerate() {
        let text = &s.sentence.text;
        let lower_matches: Vec<usize> = triggers.set.matches(text).into_iter().collect();
        let mut found: Vec<(usize, usize, &Trigger)> = Vec::new();
        for ti in lower_matches {
            let t = &triggers.triggers[ti];
            for m in t.regex.find_iter(text) {
                if cx.quotes.inside(si, m.start()) {
                    continue; // words inside a quotation are the speaker's, not events
                }
                found.push((m.start(), m.end(), t));
            }
        }
        found.sort_by_key(|f| f.0);
        let mut seen_classes: Vec<EventClass> = Vec::new();
        for (start, end, trig) in found {
            if seen_classes.contains(&trig.class) {
                continue;
            }
            if let Some(ev) = read_event(cx, si, start, end, trig) {
                seen_classes.push(trig.class);
                events.extend(split_distributive(cx, si, start, ev));
            }
        }
    }
    attach_reporters(cx, &mut events);
    events
}

fn token_index(s: &Analysed, byte: usize) -> usize {
    s.tokens
        .iter()
        .position(|t| t.start >= byte)
        .unwrap_or(s.tokens.len())
}

/// The clause around the trigger: token bounds [from, to).
fn clause(s: &Analysed, first: usize, last: usize) -> (usize, usize) {
    let is_break = |i: usize| -> bool {
        let w = s.tok(i);
        if w == ";" || w == ":" {
            return true;
        }
        let lw = s.low(i);
        let after_comma = i > 0 && s.tok(i - 1) == ",";
        if CLAUSE_WORDS.contains(&lw) {
            // "as well as", "such as", "as soon as" do not start clauses.
            let prev = if i > 0 { s.low(i - 1) } else { "" };
            let next = s.low(i + 1);
            if lw == "as"
                && (prev == "well"
                    || prev == "such"
                    || prev == "as"
                    || next == "well"
                    || next == "soon"
                    || next == "part")
            {
                return false;
            }
            return after_comma
                || matches!(lw, "while" | "whereas" | "although" | "as" | "amid" | "but");
        }
        false
    };
    let from = (0..first)
        .rev()
        .find(|&i| is_break(i))
        .map(|i| i + 1)
        .unwrap_or(0);
    let to = (last..s.tokens.len())
        .find(|&i| is_break(i))
        .unwrap_or(s.tokens.len());
    (from, to)
}

fn actors_in(cx: &EventContext, si: usize, from: usize, to: usize) -> Vec<Actor> {
    let s = &cx.sentences[si];
    let mut out = Vec::new();
    for (mi, m) in s.mentions.iter().enumerate() {
        if m.first_token < from || m.first_token >= to || cx.quotes.inside(si, m.start) {
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
        let locative = matches!(prev, "in" | "at" | "near" | "from" | "into")
            || (prev == "the" && matches!(prev2, "in" | "at" | "near" | "from" | "into"));
        out.push(Actor {
            entity: e,
            token: m.first_token,
            kind,
            locative,
            demonym,
            possessive: matches!(s.tok(m.last_token), "’s" | "'s" | "’" | "'"),
        });
    }
    out
}

/// Members of plural-title groups inside [from, to), with their token position.
fn groups_in(cx: &EventContext, si: usize, from: usize, to: usize) -> Vec<(usize, usize)> {
    cx.facts
        .groups_in_sentence(si)
        .filter(|(g, _)| g.phrase.first_token >= from && g.phrase.first_token < to)
        .flat_map(|(g, members)| members.iter().map(move |&p| (p, g.phrase.first_token)))
        .collect()
}

fn is_actor(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    )
}

fn push_unique(v: &mut Vec<usize>, e: usize) {
    if !v.contains(&e) {
        v.push(e);
    }
}

fn read_event(
    cx: &EventContext,
    si: usize,
    start: usize,
    end: usize,
    trig: &Trigger,
) -> Option<Event> {
    let s = &cx.sentences[si];
    let first = token_index(s, start);
    let last = token_index(s, end);
    let word_before = |n: usize| -> &str {
        if first >= n {
            s.low(first - n)
        } else {
            ""
        }
    };
    // "was said to have met": hearsay, not a statement.
    if trig.frame == Frame::Say
        && matches!(
            word_before(1),
            "was" | "is" | "were" | "are" | "been" | "be"
        )
    {
        return None;
    }
    let (from, to) = clause(s, first, last);
    let mut actors = actors_in(cx, si, from, to);
    // "Lavrov, who arrived in Brasilia for talks with Vieira, thanked Brazil", "Kerry, in
    // a call with Lavrov, urged Moscow": the aside between commas is not the verb's
    // subject; the person it describes is.
    let who = (from.max(1)..first)
        .rev()
        .find(|&t| ASIDE_OPENERS.contains(&s.low(t)) && s.tok(t - 1) == ",");
    if let Some(who) = who {
        let aside_end = (who..first).rev().find(|&t| s.tok(t) == ",");
        let described = s
            .mentions
            .iter()
            .enumerate()
            .find(|(_, m)| m.last_token == who - 1)
            .and_then(|(mi, _)| cx.res.entity(si, mi))
            .filter(|&e| cx.res.entities[e].kind == EntityKind::Person);
        if let (Some(end), Some(e)) = (aside_end, described) {
            actors.retain(|a| a.locative || a.token < who || a.token > end);
            // The subject counts as standing where the aside ends, right before the verb.
            actors.push(Actor {
                entity: e,
                token: end,
                kind: EntityKind::Person,
                locative: false,
                demonym: false,
                possessive: false,
            });
            actors.sort_by_key(|a| a.token);
        }
    }
    // "..., the White House said", "According to Peskov, ...": whoever reports an event
    // is not one of its parties (speech events read their speaker themselves).
    if trig.frame != Frame::Say {
        let n = s.tokens.len();
        let tail_comma = (last..n).rev().find(|&t| s.tok(t) == ",");
        if let Some(c) = tail_comma.filter(|&c| n - c <= 10) {
            if (c..n).any(|t| REPORTING_VERBS.contains(&s.low(t))) {
                actors.retain(|a| a.token < c);
            }
        }
        if s.low(0) == "according" && s.low(1) == "to" {
            if let Some(c) = (2..first).find(|&t| s.tok(t) == ",") {
                actors.retain(|a| a.token > c);
            }
        }
    }
    // "accused Washington", "urged Moscow", "Beijing said": in speech and directed acts,
    // a capital that is not a location stands for its government.
    if matches!(trig.frame, Frame::Say | Frame::Act | Frame::Attack) {
        for a in actors.iter_mut().filter(|a| !a.locative) {
            let place = &cx.res.entities[a.entity];
            if let (Some("capital"), Some(country)) = (place.subkind.as_deref(), place.located_in) {
                a.entity = country;
                a.kind = EntityKind::Country;
            }
        }
    }
    // "where the Emir hosted him": an object pronoun is the person the sentence began with.
    if trig.frame == Frame::Host && matches!(s.low(last), "him" | "her") {
        if let Some(e) = pronoun_antecedent(cx, si, last) {
            actors.push(Actor {
                entity: e,
                token: last,
                kind: EntityKind::Person,
                locative: false,
                demonym: false,
                possessive: false,
            });
            actors.sort_by_key(|a| a.token);
        }
    }
    if !actors
        .iter()
        .any(|a| a.token < first && a.kind == EntityKind::Person)
    {
        if let Some((token, e)) = implicit_subject(cx, si, from, first, trig.frame) {
            actors.push(Actor {
                entity: e,
                token,
                kind: EntityKind::Person,
                locative: false,
                demonym: false,
                possessive: false,
            });
            actors.sort_by_key(|a| a.token);
        }
    }
    let groups = groups_in(cx, si, from, to);
    let before: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.token < first && !a.locative)
        .collect();
    let after: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.token >= last && !a.locative)
        .collect();
    let mut ev = Event {
        class: trig.class,
        cameo: trig.cameo.clone(),
        plover: trig.plover.clone(),
        trigger: s.sentence.text[start..end].to_string(),
        participants: Vec::new(),
        sources: Vec::new(),
        targets: Vec::new(),
        speaker: None,
        addressee: None,
        quote: None,
        place: None,
        destinations: Vec::new(),
        date: None,
        modality: None,
        reported_by: None,
        evidence: s.sentence.text.clone(),
        sentence: si,
    };
    let people_first = |list: &[&Actor]| -> Vec<usize> {
        let people: Vec<usize> = list
            .iter()
            .filter(|a| a.kind == EntityKind::Person)
            .map(|a| a.entity)
            .collect();
        if people.is_empty() {
            list.iter()
                .filter(|a| is_actor(a.kind))
                .map(|a| a.entity)
                .collect()
        } else {
            people
        }
    };
    match trig.frame {
        Frame::Meet | Frame::Call | Frame::Converse | Frame::Agree => {
            for a in before.iter().chain(after.iter()) {
                if is_actor(a.kind)
                    && !(a.demonym && trig.frame != Frame::Agree && has_person(&actors))
                {
                    push_unique(&mut ev.participants, a.entity);
                }
            }
            for (p, _) in &groups {
                push_unique(&mut ev.participants, *p);
            }
            let distinct_people = ev
                .participants
                .iter()
                .filter(|&&e| cx.res.entities[e].kind == EntityKind::Person)
                .count();
            // Talks need two sides (or one named person); an agreement may name one party.
            let enough = if trig.frame == Frame::Agree {
                !ev.participants.is_empty()
            } else if trig.frame == Frame::Converse {
                ev.participants.len() >= 2
            } else {
                ev.participants.len() >= 2 || distinct_people >= 1
            };
            if !enough {
                return None;
            }
        }
        Frame::Visit | Frame::Host => {
            let guest_side = if trig.frame == Frame::Visit {
                &before
            } else {
                &after
            };
            let host_side = if trig.frame == Frame::Visit {
                &after
            } else {
                &before
            };
            // The visitor: a possessor right before the noun, else the nearest person.
            let visitor = guest_side
                .iter()
                .filter(|a| {
                    a.kind == EntityKind::Person || (a.kind != EntityKind::Place && !a.demonym)
                })
                .min_by_key(|a| {
                    if trig.frame == Frame::Visit {
                        first - a.token
                    } else {
                        a.token - last
                    }
                })
                .map(|a| a.entity)
                .or_else(|| groups.first().map(|g| g.0));
            let visitor = visitor?;
            ev.sources.push(visitor);
            push_unique(&mut ev.participants, visitor);
            for a in host_side.iter() {
                if a.entity == visitor || a.demonym {
                    continue;
                }
                if is_actor(a.kind) {
                    push_unique(&mut ev.targets, a.entity);
                    push_unique(&mut ev.participants, a.entity);
                }
                if matches!(a.kind, EntityKind::Country | EntityKind::Place)
                    && trig.frame == Frame::Visit
                {
                    push_unique(&mut ev.destinations, a.entity);
                }
            }
            // "arrived in Kabul": the destination is locative.
            for a in actors
                .iter()
                .filter(|a| a.token >= last && a.locative && a.kind == EntityKind::Place)
            {
                push_unique(&mut ev.destinations, a.entity);
            }
            if trig.frame == Frame::Host && ev.targets.is_empty() {
                return None;
            }
        }
        Frame::Summit => {
            // "next week's NATO summit", "the G20 summit", "a summit of ASEAN leaders"
            let near: Vec<&Actor> = actors
                .iter()
                .filter(|a| {
                    !a.locative
                        && is_actor(a.kind)
                        && (first.saturating_sub(a.token) <= 3 && a.token < first
                            || (a.token >= last && a.token <= last + 2))
                })
                .collect();
            for a in near {
                push_unique(&mut ev.participants, a.entity);
            }
            for a in before.iter().filter(|a| a.kind == EntityKind::Person) {
                push_unique(&mut ev.participants, a.entity);
            }
            if ev.participants.is_empty() {
                return None;
            }
        }
        Frame::Say => {
            let speaker = speaker_of(cx, si, first, last, &before, &after)?;
            ev.speaker = Some(speaker);
            ev.sources.push(speaker);
            ev.participants.push(speaker);
            let verb = ev.trigger.to_lowercase();
            if verb.starts_with("told") || verb.starts_with("tells") {
                if let Some(a) = after
                    .iter()
                    .find(|a| is_actor(a.kind) && a.entity != speaker && a.token <= last + 3)
                {
                    ev.addressee = Some(a.entity);
                    ev.targets.push(a.entity);
                    push_unique(&mut ev.participants, a.entity);
                }
            }
            ev.quote = cx.quotes.quote_for(si);
        }
        Frame::Attack | Frame::Act => {
            let sources: Vec<&Actor> = before
                .iter()
                .copied()
                .filter(|a| is_actor(a.kind))
                .collect();
            let sources = people_first(&sources);
            let sources = match sources.last() {
                Some(&x) if trig.frame == Frame::Act => vec![x],
                _ => sources,
            };
            let targets: Vec<&Actor> = after.iter().copied().filter(|a| is_actor(a.kind)).collect();
            let targets = people_first(&targets);
            if sources.is_empty() && targets.is_empty() {
                return None;
            }
            for e in sources {
                push_unique(&mut ev.sources, e);
                push_unique(&mut ev.participants, e);
            }
            for e in targets {
                if !ev.sources.contains(&e) {
                    push_unique(&mut ev.targets, e);
                    push_unique(&mut ev.participants, e);
                }
            }
            // A verbal act ("X accused Y", "X urged Y") is a statement by its source.
            if ev.class == EventClass::Statement {
                ev.speaker = ev.sources.first().copied();
                ev.speaker?;
                ev.quote = cx.quotes.quote_for(si);
            }
        }
    }
    // Place: the first city, region or venue after "in"/"at" in the clause; a country
    // only for events that happen somewhere and name no city.
    // Near the trigger only, and not the setting of a noun ("the war in Ukraine").
    let locatives: Vec<&Actor> = actors
        .iter()
        .filter(|a| {
            // "on the sidelines of the UN General Assembly in New York": where the
            // gathering was is where the talks were, however long its name.
            let through_gathering =
                || (last..a.token).any(|t| matches!(s.low(t), "sidelines" | "margins"));
            a.locative && (a.token < first || a.token <= last + PLACE_WINDOW || through_gathering())
        })
        // "recalled its envoy from Phnom Penh": where from is not where it happened.
        .filter(|a| {
            let prep = match s.low(a.token.saturating_sub(1)) {
                "the" => s.low(a.token.saturating_sub(2)),
                w => w,
            };
            prep != "from"
        })
        // A continent or sea basin says too little to be where an event happened.
        .filter(|a| cx.res.entities[a.entity].subkind.as_deref() != Some("macro-region"))
        .filter(|a| {
            // Common nouns only: "the Great Hall of the People in Beijing" is a name.
            let in_name = |t: usize| {
                s.mentions
                    .iter()
                    .any(|m| t >= m.first_token && t < m.last_token)
            };
            !(a.token.saturating_sub(3)..a.token)
                .any(|t| !in_name(t) && SETTING_NOUNS.contains(&s.low(t)))
        })
        .collect();
    // By convention the place is the city when the text names it: "at the Konstantinovsky
    // Palace in St Petersburg" is in St Petersburg (the venue stays a place of the text).
    let is_venue = |a: &&&Actor| cx.res.entities[a.entity].subkind.as_deref() == Some("venue");
    ev.place = locatives
        .iter()
        .filter(|a| a.kind == EntityKind::Place)
        .find(|a| !is_venue(a))
        .filter(|city| {
            locatives
                .iter()
                .find(|a| a.kind == EntityKind::Place)
                .is_some_and(|first| !is_venue(&first) || city.token <= first.token + 8)
        })
        .or_else(|| locatives.iter().find(|a| a.kind == EntityKind::Place))
        .or_else(|| {
            locatives.iter().find(|a| {
                a.kind == EntityKind::Country
                    && matches!(
                        ev.class,
                        EventClass::Meeting
                            | EventClass::Summit
                            | EventClass::MilitaryAction
                            | EventClass::Agreement
                    )
            })
        })
        .map(|a| a.entity);
    // A venue alone, in a story datelined from a city of the venue's country: that city.
    if let (Some(p), Some(d)) = (ev.place, cx.dateline) {
        let (venue, city) = (&cx.res.entities[p], &cx.res.entities[d]);
        if venue.subkind.as_deref() == Some("venue")
            && city.kind == EntityKind::Place
            && venue.located_in.is_some()
            && venue.located_in == city.located_in
        {
            ev.place = Some(d);
        }
    }
    // "flew to Abidjan, where he met ...": the clause's place is the one before "where".
    let venue_only = ev
        .place
        .is_some_and(|p| cx.res.entities[p].subkind.as_deref() == Some("venue"));
    if (ev.place.is_none() || venue_only)
        && from >= 2
        && s.tok(from - 1).eq_ignore_ascii_case("where")
    {
        ev.place = actors_in(cx, si, 0, from)
            .iter()
            .filter(|a| matches!(a.kind, EntityKind::Place))
            .max_by_key(|a| a.token)
            .map(|a| a.entity)
            .or(ev.place);
    }
    if ev.place.is_none() && matches!(ev.class, EventClass::Visit) {
        ev.place = ev
            .destinations
            .iter()
            .copied()
            .find(|&d| cx.res.entities[d].kind == EntityKind::Place);
    }
    if ev.place.is_none()
        && si <= 1
        && matches!(
            ev.class,
            EventClass::Meeting
                | EventClass::Statement
                | EventClass::Summit
                | EventClass::Agreement
        )
    {
        ev.place = cx.dateline;
    }
    ev.modality = modality(s, first, from);
    if let Some(published) = cx.published {
        let tense = if ev.modality == Some(Modality::Planned) {
            Tense::Future
        } else {
            Tense::Past
        };
        let dates = find_dates(&s.sentence.text, published, tense);
        let clause_start = s.tokens.get(from).map(|t| t.start).unwrap_or(0);
        let clause_end = s
            .tokens
            .get(to)
            .map(|t| t.start)
            .unwrap_or(s.sentence.text.len());
        let in_clause: Vec<_> = dates
            .iter()
            .filter(|d| d.start >= clause_start && d.start < clause_end)
            .collect();
        let pick = in_clause
            .iter()
            .min_by_key(|d| (d.start as isize - end as isize).unsigned_abs());
        if let Some(d) = pick {
            ev.date = Some(d.date.clone());
            if ev.modality.is_none()
                && d.date.value.as_str() > published.to_string().as_str()
                && d.date.value.len() == 10
            {
                ev.modality = Some(Modality::Planned);
            }
        }
    }
    // Later in a datelined story, talks reported as just held are in the dateline city
    // too, unless the text puts them elsewhere or earlier.
    if ev.place.is_none()
        && ev.modality.is_none()
        && matches!(
            ev.class,
            EventClass::Meeting | EventClass::Summit | EventClass::Agreement
        )
    {
        let recent = match (&ev.date, cx.published) {
            (None, _) => true,
            (Some(d), Some(p)) => NaiveDate::parse_from_str(&d.value, "%Y-%m-%d")
                .is_ok_and(|d| (p - d).num_days().abs() <= 2),
            (Some(_), None) => false,
        };
        if recent {
            ev.place = cx.dateline;
        }
    }
    Some(ev)
}

fn has_person(actors: &[Actor]) -> bool {
    actors.iter().any(|a| a.kind == EntityKind::Person)
}

/// The speaker of a speech verb: the nearest actor before it ("X said", "X, the
/// minister, told"), or right after it ("said X"), or a pronoun's antecedent.
fn speaker_of(
    cx: &EventContext,
    si: usize,
    first: usize,
    last: usize,
    before: &[&Actor],
    after: &[&Actor],
) -> Option<usize> {
    let s = &cx.sentences[si];
    // "..., the Egyptian presidency said": a trailing attribution names its speaker
    // between the last comma and the verb; a demonym there speaks for its country.
    let last_comma = (0..first).rev().find(|&t| s.tok(t) == ",");
    if let Some(c) = last_comma.filter(|&c| first - c <= 6) {
        let attributed = before
            .iter()
            .filter(|a| a.token > c && is_actor(a.kind) && !a.possessive)
            .filter(|a| !cx.quotes.inside(si, s.tokens[a.token].start))
            .max_by_key(|a| a.token);
        if let Some(a) = attributed {
            return Some(a.entity);
        }
        // "..., officials said", "..., the ministry announced": someone unnamed spoke,
        // not the person named earlier in the sentence.
        // Auxiliaries and adverbs ("has already said", "but later said") name no one.
        let mut words = (c + 1..first)
            .filter(|&t| s.tokens[t].kind == TokenKind::Word)
            .map(|t| s.low(t));
        let unnamed = words.clone().all(|w| w != "he" && w != "she")
            && words.any(|w| !ATTRIBUTION_FILLERS.contains(&w) && !w.ends_with("ly"));
        if unnamed {
            return None;
        }
    }
    let nearest_before = before
        .iter()
        .filter(|a| is_actor(a.kind) && !a.demonym && !a.possessive)
        .filter(|a| !cx.quotes.inside(si, s.tokens[a.token].start))
        .max_by_key(|a| a.token);
    if let Some(a) = nearest_before {
        if first - a.token <= 12 {
            return Some(a.entity);
        }
    }
    // "he said", "he warned that Russia would": the last person named before this
    // sentence or earlier in it (before the words after the verb are tried).
    if first > 0 && matches!(s.low(first - 1), "he" | "she") {
        return last_person_before(cx, si, first);
    }
    // "said Lavrov" (but "told NBC News" names the addressee, not the speaker).
    let verb = s.low(first);
    if !verb.starts_with("told") && !verb.starts_with("tell") {
        if let Some(a) = after
            .iter()
            .find(|a| is_actor(a.kind) && a.token <= last + 1)
        {
            return Some(a.entity);
        }
    }
    // "Kerry, who addressed the council on Monday, said": the sentence's subject.
    let subject = s
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.first_token < first && !cx.quotes.inside(si, m.start))
        .filter(|(_, m)| !matches!(m.kind, MentionKind::Demonym(_)))
        .find_map(|(mi, m)| cx.res.entity(si, mi).map(|e| (m, e)));
    if let Some((m, e)) = subject {
        let opens = (0..m.first_token).all(|t| s.tokens[t].kind == crate::text::TokenKind::Punct);
        let apposed = s.tok(m.last_token) == ",";
        if cx.res.entities[e].kind == EntityKind::Person && opens && apposed {
            return Some(e);
        }
    }
    None
}

/// The subject of a clause that names no person before its trigger:
/// - a pronoun ("where he will meet", "she held talks with") stands for a person named
///   earlier (speech verbs resolve their own pronouns in `speaker_of`);
/// - a second verb phrase after "but" shares the sentence's subject ("Esper called it a
///   hopeful moment but warned that ...").
fn implicit_subject(
    cx: &EventContext,
    si: usize,
    from: usize,
    first: usize,
    frame: Frame,
) -> Option<(usize, usize)> {
    let s = &cx.sentences[si];
    if frame != Frame::Say {
        if let Some(t) = (from..first).find(|&t| matches!(s.low(t), "he" | "she")) {
            return pronoun_antecedent(cx, si, t).map(|e| (t, e));
        }
    }
    if from == 0 || s.low(from - 1) != "but" {
        return None;
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

/// The person a subject pronoun at `token` stands for: the first person named earlier
/// in the sentence ("The Secretary will travel to Tashkent, where he will meet"), else
/// the first person of the nearest earlier sentence that names one (its subject, more
/// often than not), looking back at most three sentences.
fn pronoun_antecedent(cx: &EventContext, si: usize, token: usize) -> Option<usize> {
    for sj in (si.saturating_sub(3)..=si).rev() {
        let s = &cx.sentences[sj];
        let found = s
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| (sj < si || m.first_token < token) && !cx.quotes.inside(sj, m.start))
            .filter_map(|(mi, _)| cx.res.entity(sj, mi))
            .find(|&e| cx.res.entities[e].kind == EntityKind::Person);
        if found.is_some() {
            return found;
        }
    }
    None
}

fn last_person_before(cx: &EventContext, si: usize, token: usize) -> Option<usize> {
    for sj in (0..=si).rev() {
        let s = &cx.sentences[sj];
        let found = s
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| sj < si || m.first_token < token)
            .filter_map(|(mi, _)| cx.res.entity(sj, mi))
            .rfind(|&e| cx.res.entities[e].kind == EntityKind::Person);
        if found.is_some() {
            return found;
        }
        if si - sj >= 3 {
            break;
        }
    }
    None
}

fn modality(s: &Analysed, first: usize, from: usize) -> Option<Modality> {
    let window: Vec<&str> = (from.max(first.saturating_sub(5))..first)
        .map(|i| s.low(i))
        .collect();
    let text = s.lower_text();
    if window
        .iter()
        .copied()
        .any(|w| NEGATION_CUES.contains(&w) && w != "did")
        || window.windows(2).any(|w| w[0] == "did" && w[1] == "not")
    {
        return Some(Modality::Negated);
    }
    if window
        .iter()
        .copied()
        .any(|w| w == "would" || w == "could" || w == "might")
        && text.contains(" if ")
    {
        return Some(Modality::Hypothetical);
    }
    if window.iter().any(|w| PLANNED_CUES.contains(w)) {
        // "to" counts only as "to meet"/"to visit" right before the trigger.
        let only_to = window
            .iter()
            .filter(|w| PLANNED_CUES.contains(w))
            .all(|w| *w == "to");
        if !only_to || window.last() == Some(&"to") {
            return Some(Modality::Planned);
        }
    }
    None
}

/// "Officials told NBC News that these talks ...", "according to Reuters": attribute
/// the sentence's events, or the earlier event it points back to, to the outlet.
fn attach_reporters(cx: &EventContext, events: &mut [Event]) {
    for (si, s) in cx.sentences.iter().enumerate() {
        let lower = s.lower_text();
        let media: Vec<usize> = s
            .mentions
            .iter()
            .enumerate()
            .filter_map(|(mi, m)| {
                let e = cx.res.entity(si, mi)?;
                let ent = &cx.res.entities[e];
                let is_media = ent.subkind.as_deref() == Some("media");
                let before = s.sentence.text[..m.start].to_lowercase();
                let after = s.sentence.text[m.end..].to_lowercase();
                let cue = before.ends_with("told ")
                    || before.ends_with("according to ")
                    || before.ends_with("according to the ")
                    || after.trim_start().starts_with("reported")
                    || after.starts_with(" said in a report");
                (is_media && cue).then_some(e)
            })
            .collect();
        let Some(&outlet) = media.first() else {
            continue;
        };
        let own: Vec<usize> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.sentence == si && e.speaker != Some(outlet) && e.addressee != Some(outlet)
            })
            .map(|(i, _)| i)
            .collect();
        if !own.is_empty() {
            for i in own {
                events[i].reported_by.get_or_insert(outlet);
            }
            continue;
        }
        // Anaphora: "these talks", "the meeting".
        let refers = ["these ", "the ", "those ", "this "].iter().any(|d| {
            [
                "talks",
                "meeting",
                "meetings",
                "discussions",
                "visit",
                "call",
                "negotiations",
            ]
            .iter()
            .any(|n| {
                lower.contains(&format!("{d}{n}")) || lower.contains(&format!("{d}high-level {n}"))
            })
        });
        if refers {
            if let Some(e) = events.iter_mut().rev().find(|e| {
                e.sentence < si
                    && matches!(
                        e.class,
                        EventClass::Meeting
                            | EventClass::PhoneCall
                            | EventClass::Visit
                            | EventClass::Summit
                    )
            }) {
                e.reported_by.get_or_insert(outlet);
            }
        }
    }
}

/// "held separate talks with A and B", "met first with A and then with B": one meeting
/// per guest, each with the host, rather than one meeting of all.
fn split_distributive(cx: &EventContext, si: usize, trigger_start: usize, ev: Event) -> Vec<Event> {
    let s = &cx.sentences[si];
    let lower = s.lower_text();
    let cue =
        lower.contains("separate") || lower.contains(" and then ") || lower.contains(", then ");
    if !cue || !matches!(ev.class, EventClass::Meeting | EventClass::PhoneCall) {
        return vec![ev];
    }
    let position = |e: usize| -> Option<usize> {
        s.mentions
            .iter()
            .enumerate()
            .filter(|(mi, _)| cx.res.entity(si, *mi) == Some(e))
            .map(|(_, m)| m.start)
            .min()
    };
    let people: Vec<usize> = ev
        .participants
        .iter()
        .copied()
        .filter(|&e| cx.res.entities[e].kind == EntityKind::Person)
        .collect();
    let (hosts, guests): (Vec<usize>, Vec<usize>) = people
        .iter()
        .partition(|&&e| position(e).is_some_and(|p| p < trigger_start));
    if hosts.is_empty() || guests.len() < 2 {
        return vec![ev];
    }
    guests
        .iter()
        .map(|&g| {
            let mut one = ev.clone();
            one.participants = hosts.iter().copied().chain(std::iter::once(g)).collect();
            one
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::ir::{Article, EventClass};
    use crate::pipeline::Extractor;
    use std::sync::LazyLock;

    static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&[]).unwrap());

    /// An event as labels: (class, participants, place, speaker).
    type Seen = (EventClass, Vec<String>, Option<String>, Option<String>);

    fn events(text: &str) -> Vec<Seen> {
        let article = Article {
            date: Some("2023-05-05".into()),
            text: text.into(),
            ..Article::default()
        };
        let x = EXTRACTOR.extract(&article);
        let label = |i: usize| x.entities[i].label.clone();
        x.events
            .iter()
            .map(|e| {
                (
                    e.class,
                    e.participants.iter().map(|&i| label(i)).collect(),
                    e.place.map(label),
                    e.speaker.map(label),
                )
            })
            .collect()
    }

    fn has(evs: &[Seen], class: EventClass, who: &[&str]) -> bool {
        evs.iter()
            .any(|(c, p, _, _)| *c == class && who.iter().all(|w| p.iter().any(|x| x == w)))
    }

    #[test]
    fn a_pronoun_subject_is_the_person_named_before() {
        let evs = events(
            "Kenyan President William Ruto arrived in Abidjan on Thursday.\n\nHe then met Ivorian President Alassane Ouattara.",
        );
        assert!(
            has(
                &evs,
                EventClass::Meeting,
                &["William Ruto", "Alassane Ouattara"]
            ),
            "{evs:?}"
        );
    }

    #[test]
    fn talk_verbs_need_two_named_sides() {
        let one = events("Kenyan President William Ruto discussed the budget on Tuesday.");
        assert!(!one.iter().any(|e| e.0 == EventClass::Meeting), "{one:?}");
        let two = events(
            "William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed trade on Tuesday.",
        );
        assert!(
            has(&two, EventClass::Meeting, &["William Ruto", "Abiy Ahmed"]),
            "{two:?}"
        );
    }

    #[test]
    fn an_unnamed_trailing_speaker_is_nobody_named_earlier() {
        let evs =
            events("A meeting with Kenyan President William Ruto was postponed, officials said.");
        assert!(
            !evs.iter().any(|e| e.3.as_deref() == Some("William Ruto")),
            "{evs:?}"
        );
    }

    #[test]
    fn a_wire_credit_takes_no_part_and_the_dateline_is_the_place() {
        let evs = events(
            "NAIROBI, May 5 (Reuters) - Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed on Friday.",
        );
        let meeting = evs
            .iter()
            .find(|e| e.0 == EventClass::Meeting)
            .expect("a meeting");
        assert!(!meeting.1.iter().any(|p| p == "Reuters"), "{meeting:?}");
        assert_eq!(meeting.2.as_deref(), Some("Nairobi"));
    }

    #[test]
    fn talks_on_the_sidelines_happen_where_the_gathering_is() {
        let evs = events(
            "William Ruto met Ethiopian Prime Minister Abiy Ahmed on the sidelines of the United Nations General Assembly in New York.",
        );
        let meeting = evs
            .iter()
            .find(|e| e.0 == EventClass::Meeting)
            .expect("a meeting");
        assert_eq!(meeting.2.as_deref(), Some("New York"));
    }

    #[test]
    fn a_venue_in_a_named_city_gives_the_city() {
        let evs = events(
            "Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan at the Konstantinovsky Palace in St Petersburg.",
        );
        let meeting = evs
            .iter()
            .find(|e| e.0 == EventClass::Meeting)
            .expect("a meeting");
        assert_eq!(meeting.2.as_deref(), Some("St. Petersburg"), "{meeting:?}");
    }

    #[test]
    fn a_relative_clause_is_an_aside_for_the_verb_after_it() {
        let evs = events(
            "Russian Foreign Minister Sergei Lavrov, who arrived in Brasilia on Monday for talks with Brazilian Foreign Minister Mauro Vieira, thanked Brazil for its position.",
        );
        let thanks = evs
            .iter()
            .find(|e| e.0 == EventClass::Statement)
            .expect("a statement");
        assert_eq!(thanks.3.as_deref(), Some("Sergey Lavrov"), "{thanks:?}");
    }

    #[test]
    fn an_object_pronoun_of_a_host_is_the_visitor() {
        let evs = events(
            "Indian Prime Minister Narendra Modi flew to Doha, where Qatar's Emir Sheikh Tamim bin Hamad Al Thani hosted him for dinner.",
        );
        assert!(
            has(
                &evs,
                EventClass::Meeting,
                &["Narendra Modi", "Tamim bin Hamad Al Thani"]
            ),
            "{evs:?}"
        );
    }

    #[test]
    fn a_name_with_a_common_noun_inside_is_still_a_venue_in_a_city() {
        let evs = events(
            "President Xi Jinping held talks with French President Emmanuel Macron at the Great Hall of the People in Beijing.",
        );
        let meeting = evs
            .iter()
            .find(|e| e.0 == EventClass::Meeting)
            .expect("a meeting");
        assert_eq!(meeting.2.as_deref(), Some("Beijing"), "{meeting:?}");
    }

    #[test]
    fn a_capital_that_acts_is_its_country_and_a_comma_aside_is_skipped() {
        let evs = events(
            "U.S. Secretary of State John Kerry, in a call with Russian Foreign Minister Sergei Lavrov on Saturday, urged Moscow to halt the bombing.",
        );
        let urge = evs
            .iter()
            .find(|e| e.0 == EventClass::Statement)
            .expect("a request");
        assert_eq!(urge.3.as_deref(), Some("John Kerry"), "{urge:?}");
        assert!(urge.1.iter().any(|p| p == "Russia"), "{urge:?}");
        assert!(
            has(
                &evs,
                EventClass::PhoneCall,
                &["John Kerry", "Sergey Lavrov"]
            ),
            "{evs:?}"
        );
    }

    #[test]
    fn a_pronoun_before_a_speech_verb_beats_the_words_after_it() {
        let evs = events(
            "Russian Foreign Minister Sergei Lavrov spoke in Moscow.\n\nHe warned that Russia would respond.",
        );
        assert!(
            evs.iter()
                .any(|e| e.0 == EventClass::Statement && e.3.as_deref() == Some("Sergey Lavrov")),
            "{evs:?}"
        );
    }

    #[test]
    fn whoever_reports_an_event_is_not_a_party_to_it() {
        let evs = events(
            "U.S. President Joe Biden will meet Russian President Vladimir Putin in Geneva, the White House said.",
        );
        let meeting = evs
            .iter()
            .find(|e| e.0 == EventClass::Meeting)
            .expect("a meeting");
        assert!(!meeting.1.iter().any(|p| p == "White House"), "{meeting:?}");
    }

    #[test]
    fn a_known_surname_alone_is_the_person() {
        let evs = events("Lavrov said the talks had failed.");
        assert!(
            evs.iter().any(|e| e.3.as_deref() == Some("Sergey Lavrov")),
            "{evs:?}"
        );
    }
}
