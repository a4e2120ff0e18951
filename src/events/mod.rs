//! Stage 5b: events. Trigger patterns kept as data (`ontology/patterns/events.tsv`)
//! give an event's class, CAMEO code, PLOVER type and frame; the frame says how its
//! participants are read from the clause around the trigger. Places, dates and
//! modality come from the same clause.

use crate::dates::{find_dates, Tense};
use crate::gazetteer::Gazetteer;
use crate::ir::{EntityKind, Event, EventClass, Modality};
use crate::names::is_copula;
use crate::positions::PositionFacts;
use crate::quotes::QuoteMap;
use crate::recognize::{Analysed, MentionKind};
use crate::resolve::Resolution;
use anyhow::{bail, Context as _, Result};
use chrono::NaiveDate;
use regex::{Regex, RegexSet, RegexSetBuilder};

mod actors;
mod calls;
mod gatherings;
mod mentions;
mod modality;
mod place;
mod rosters;
mod speech;
#[cfg(test)]
mod tests;

use actors::{
    actors_for, actors_in, coordinated_subject, groups_in, has_person, is_actor,
    participle_subject, person_before, plural_subject, push_unique, reporter_tail,
    sentence_subject, tally, token_index, Actor, Prefer, Tally,
};
use mentions::{
    accepted_invitation, drop_trips_home, join_talks, mention_again, reported_before,
    split_distributive, split_places, split_stops, their_talks_elsewhere,
};
use modality::{called_off_after, modality};
use place::{is_city_like, place_of, reported_as_just_held};
pub use rosters::Rosters;
use speech::{addressee_of, attach_reporters, speaker_of, transcript_line};

const PATTERNS: &str = include_str!("../../ontology/patterns/events.tsv");

/// How a trigger's participants are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Symmetric talks: everyone on either side.
    Meet,
    /// "called on President X": a courtesy call, read as a meeting, unless the clause
    /// goes on to say what is asked ("called on X to ...", "for ..."), which makes it a
    /// request; a courtesy call read at a position takes it from other triggers there.
    Courtesy,
    /// A call: as a meeting.
    Call,
    /// Joining talks already reported ("X and Y took part in the talks", "with the
    /// participation of X"): those named, with the parties of the talks before.
    Join,
    /// Talks already reported, named again ("The talks began in a restricted format",
    /// "The meeting, held at a hotel in Jeddah, ..."): another mention of them, with
    /// their parties, when the sentence reports no talks of its own.
    Refer,
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
    /// An invitation accepted ("The invitation was accepted with gratitude"): a visit
    /// planned by the one invited, to the one who invited.
    Accept,
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

impl Trigger {
    /// A new event of this trigger's class and codes, matched at bytes `start..end` of
    /// sentence `si`, with no participants yet.
    fn event_at(&self, s: &Analysed, (start, end): (usize, usize), si: usize) -> Event {
        Event::new(
            self.class,
            (&self.cameo, &self.plover),
            &s.sentence.text[start..end],
            &s.sentence.text,
            si,
        )
    }
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
                "courtesy" => Frame::Courtesy,
                "call" => Frame::Call,
                "join" => Frame::Join,
                "refer" => Frame::Refer,
                "accept" => Frame::Accept,
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
        // The set's lazy DFA tracks every trigger at once; with the default 2 MB cache it
        // kept discarding its states and rebuilding them (half of all extraction time).
        let set = RegexSetBuilder::new(&sources)
            .dfa_size_limit(64 << 20)
            .build()
            .context("cannot compile the trigger set")?;
        Ok(Self { set, triggers })
    }
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
    /// Byte offset in the article text where the dateline ends (0 without one): its
    /// region, date and credit take no part in events.
    pub dateline_end: usize,
    /// Groups whose members the article names ("The Mission comprised ...").
    pub rosters: &'a Rosters,
}

impl EventContext<'_> {
    /// The people among `actors` (entity indices), in their order.
    pub(super) fn people_in(&self, actors: &[usize]) -> Vec<usize> {
        actors
            .iter()
            .copied()
            .filter(|&e| self.res.entities[e].kind == EntityKind::Person)
            .collect()
    }
}

/// Verbs after "called on X to" that say what a courtesy call was for, not what X was
/// asked to do.
const CALL_PURPOSES: &[&str] = &["discuss", "review", "exchange", "brief", "explore"];

/// Reads the events of every sentence.
pub fn extract_events(cx: &EventContext, triggers: &Triggers) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    // Delegations listed before any talks ("The delegation was led by A and included B
    // and C"): (sentence, people), whom "the leaders" and "they" may stand for next.
    let mut parties: Vec<(usize, Vec<usize>)> = Vec::new();
    // Talks of nobody named ("follow-up meetings in Belgrade") are kept apart, so that
    // no later sentence takes them for the talks it points back to.
    let mut unnamed: Vec<Event> = Vec::new();
    for si in 0..cx.sentences.len() {
        let found = triggers_in(cx, triggers, si);
        let read_before = events.len();
        read_sentence(cx, si, found, (&mut events, &mut unnamed), &mut parties);
        let (aside, named): (Vec<Event>, Vec<Event>) = events
            .split_off(read_before)
            .into_iter()
            .partition(is_unnamed);
        events.extend(named);
        unnamed.extend(aside);
    }
    events.extend(unnamed);
    // (A stable sort: each sentence's events stay in order, those naming nobody last.)
    events.sort_by_key(|e| e.sentence);
    calls::calls_that_followed(cx, &mut events);
    calls::one_sided_calls(cx, &mut events);
    place::where_travellers_are(cx, &mut events);
    place::on_the_sidelines_before(cx, &mut events);
    gatherings::members_named_as_a_group(cx, &mut events);
    gatherings::stand_ins(cx, &mut events);
    attach_reporters(cx, &mut events);
    events
}

/// Whether exactly one person is named in sentence `si` before token `first` and in the
/// sentence before it: whom a possessive "his" or "her" must stand for.
fn one_person_before(cx: &EventContext, si: usize, first: usize) -> bool {
    let mut people: Vec<usize> = Vec::new();
    for sj in si.saturating_sub(1)..=si {
        for (mi, m) in cx.sentences[sj].mentions.iter().enumerate() {
            if sj == si && m.first_token >= first {
                continue;
            }
            if let Some(e) = cx.res.entity(sj, mi) {
                if cx.res.entities[e].kind == EntityKind::Person {
                    push_unique(&mut people, e);
                }
            }
        }
    }
    people.len() == 1
}

/// First words of talk triggers that are meetings only between two people named
/// ("an encounter between", "gave X an audience", "joined X for talks", "was on the
/// phone to"; "X's guest" is checked by its noun). Each starts a pattern of
/// `events.tsv` whose frame is `converse`.
const TWO_PEOPLE_WORDS: &[&str] = &[
    "encounter",
    "encounters",
    "handshake",
    "handshakes",
    "face-to-face",
    "tete-a-tete",
    "tête-à-tête",
    "gave",
    "gives",
    "give",
    "giving",
    "granted",
    "grants",
    "grant",
    "granting",
    "was",
    "were",
    "joined",
];

/// Words before "calls" that make it a noun: "further calls on Thursday".
const CALLS_COUNTED: &[&str] = &[
    "further",
    "more",
    "several",
    "many",
    "two",
    "three",
    "four",
    "phone",
    "telephone",
    "the",
    "his",
    "her",
    "their",
    "its",
    "other",
    "separate",
    "repeated",
    "similar",
    "renewed",
    "fresh",
    "new",
];

/// An event of a class that may name nobody ([`may_name_nobody`]) that names nobody.
fn is_unnamed(e: &Event) -> bool {
    may_name_nobody(e.class) && e.participants.is_empty()
}

/// Words before a strike, a raid or an offensive that make it no attack: "a general
/// strike against", "a charm offensive in", "an FBI raid on".
const NOT_WAR_QUALIFIERS: &[&str] = &[
    "general",
    "hunger",
    "labour",
    "labor",
    "nationwide",
    "charm",
    "diplomatic",
    "media",
    "propaganda",
    "police",
    "FBI",
    "tax",
    "trade",
    "price",
];

/// Whether the word at `first` follows a determiner or a possessor within `span` words:
/// a noun ("a four-day state visit", "Wednesday's strike"), not a verb.
fn determined(s: &Analysed, first: usize, span: usize) -> bool {
    (first.saturating_sub(span)..first)
        .any(|t| rosters::DETERMINERS.contains(&s.low(t)) || crate::names::is_possessive(s.tok(t)))
}

/// Attack triggers that are nouns ("the bombings", "a raid on", "air strikes"), whose
/// agent is seldom the person the clause is about.
const ATTACK_NOUNS: &[&str] = &[
    "bombings",
    "bombing",
    "bombardment",
    "bombardments",
    "raid",
    "raids",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air",
    "missile",
    "rocket",
    "drone",
    "artillery",
    "exchange",
    "exchanges",
    "offensive",
    "offensives",
    "clashes",
    "attack",
    "attacks",
    "assault",
    "invasion",
    "military",
    "ground",
    "blast",
    "blasts",
];

/// Nouns of what is signed or agreed: an agreement of nobody named needs one of them
/// ("a peace treaty would be signed in Paris"; not "residents signed a petition").
const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "treaty",
    "accord",
    "accords",
    "deal",
    "declaration",
    "protocol",
    "memorandum",
    "memoranda",
    "ceasefire",
    "cease-fire",
    "truce",
    "communique",
    "pact",
    "convention",
    "charter",
];

/// Classes of events that are still events with nobody named, where their own clause
/// places them: "follow-up meetings in Belgrade", "the next summit is to be held in
/// Singapore", "a treaty would be signed in Paris".
fn may_name_nobody(class: EventClass) -> bool {
    matches!(
        class,
        EventClass::Meeting | EventClass::Summit | EventClass::Agreement
    )
}

/// Whether the words right before a trigger are "I", adverbs or an auxiliary aside
/// ("I met", "I then flew", "I had never met").
fn first_person_before(before: &str) -> bool {
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_start_matches(['"', '“', '\'', '‘']))
        .collect();
    // "I" at `i` (counted back), reported: not asked or supposed.
    let reported = |i: usize| {
        words.get(i + 1).is_none_or(|w| {
            let w = w.trim_end_matches(',');
            !NOT_REPORTED_BEFORE_I
                .iter()
                .any(|n| n.eq_ignore_ascii_case(w))
        })
    };
    for (i, &w) in words.iter().enumerate().take(3) {
        match w {
            "I" => return reported(i),
            // ("I flew to Kabul in May and met Ghani": a second verb of the same "I",
            // a past form right after it.)
            "and" => {
                let i_at = (i + 1..(i + 13).min(words.len()))
                    .take_while(|&j| !words[j].ends_with(['.', '?', '!', '"', '”']))
                    .find(|&j| words[j] == "I");
                return i_at.is_some_and(|j| j > 0 && is_past_form(words[j - 1]) && reported(j));
            }
            w if FIRST_PERSON_FILLERS.contains(&w) => continue,
            _ => return false,
        }
    }
    false
}

/// Whether byte `at` of `text` lies in a question asking whether something happened:
/// "Q: Did you meet Baradar in Doha?", `He asked: "Will they sign?"` (an auxiliary
/// opens it, after a colon or an opening quote). "Why did Putin meet Trump?" still
/// presupposes the meeting.
fn in_yes_no_question(text: &str, at: usize) -> bool {
    // (A period ends a sentence here only before a capital after a word of three
    // letters or more: "Mr. Secretary", "the U.S. envoy" go on.)
    let ends_sentence = |i: usize| -> bool {
        let b = text.as_bytes()[i];
        if b != b'.' {
            return true;
        }
        let word = text[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let next_capital = text[i + 1..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        next_capital && word.chars().count() >= 3 && word.chars().all(char::is_alphabetic)
    };
    let Some(end) = text[at..]
        .match_indices(['?', '.', '!'])
        .map(|(i, _)| at + i)
        .find(|&i| ends_sentence(i))
    else {
        return false;
    };
    if !text[end..].starts_with('?') {
        return false;
    }
    let start = text[..at]
        .match_indices([':', '"', '“', '?', '.', '!'])
        .map(|(i, _)| i)
        .rfind(|&i| ends_sentence(i))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let before: Vec<&str> = text[start..at].split_whitespace().collect();
    // ("And did Blinken meet ...", "Minister, did you meet ...": an opening word or a
    // person addressed, then the auxiliary.)
    let mut opens = before
        .iter()
        .position(|w| !QUESTION_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w)))
        .unwrap_or(0);
    let is_auxiliary = |w: &str| {
        QUESTION_AUXILIARIES
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w))
    };
    if let Some(comma) = before.iter().take(4).position(|w| w.ends_with(',')) {
        let addressed = comma >= opens
            && !before.get(opens).is_some_and(|w| is_auxiliary(w))
            && before[opens..=comma]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase));
        if addressed {
            opens = comma + 1;
        }
    }
    let Some(first) = before.get(opens) else {
        return false;
    };
    // The event asked about is the question's own: not one a clause inside it reports
    // ("Was it a coincidence that Lavrov met Araghchi?", "Did Blinken, who flew to
    // Riyadh, discuss Gaza?").
    let presupposed = before[opens..].iter().any(|w| {
        w.ends_with(',')
            || PRESUPPOSING
                .iter()
                .any(|p| p.eq_ignore_ascii_case(w.trim_matches(|c: char| !c.is_alphanumeric())))
    });
    is_auxiliary(first) && !presupposed
}

/// Words that may open a question before its auxiliary: "And did ...", "So will ...".
const QUESTION_OPENERS: &[&str] = &["and", "but", "so", "then", "well", "now", "also"];

/// Words opening a clause whose event a question takes as given: "that Lavrov met",
/// "who flew", "after he met".
const PRESUPPOSING: &[&str] = &[
    "that", "who", "whom", "which", "when", "after", "since", "because", "while", "before",
];

/// Verbs that open a question asking whether something happened or will.
const QUESTION_AUXILIARIES: &[&str] = &[
    "did", "do", "does", "will", "would", "has", "have", "had", "is", "are", "was", "were", "can",
    "could", "should", "shall",
];

/// Words between "I" and the verb of a first-person report.
const FIRST_PERSON_FILLERS: &[&str] = &[
    "then", "also", "later", "first", "finally", "once", "had", "never", "again",
];

/// Words before "I" that make what follows asked, supposed or habitual: "Did I meet",
/// "If I met", "Whenever I met".
const NOT_REPORTED_BEFORE_I: &[&str] = &[
    "did", "do", "does", "if", "whenever", "unless", "whether", "would", "could", "should", "can",
    "will", "shall", "might", "may",
];

/// Past forms that may follow the "I" of a first-person report whose second verb comes
/// after "and" ("I flew to Kabul and met Ghani"; not "I can confirm that he flew ... and
/// met").
fn is_past_form(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "met"
                | "flew"
                | "went"
                | "spoke"
                | "told"
                | "held"
                | "sat"
                | "saw"
                | "had"
                | "took"
                | "came"
                | "led"
                | "made"
                | "gave"
                | "shook"
                | "ate"
                | "drove"
        )
}

/// Whether the "I" of a first-person trigger at byte `at` of sentence `si` inside a
/// quotation is someone the text names (`speech::quote_speaker`).
fn speaker_known(cx: &EventContext, si: usize, at: usize) -> bool {
    let s = &cx.sentences[si];
    let trigger = s
        .tokens
        .iter()
        .position(|t| t.start >= at)
        .unwrap_or(s.tokens.len());
    (trigger.saturating_sub(15)..trigger)
        .rev()
        .find(|&t| s.tok(t) == "I")
        .and_then(|t| speech::quote_speaker(cx, si, t))
        .is_some()
}

/// The trigger matches of sentence `si` outside quotations (the speaker's own acts in the
/// first person aside), in text order (and, at one position, in pattern-file order).
fn triggers_in<'t>(
    cx: &EventContext,
    triggers: &'t Triggers,
    si: usize,
) -> Vec<(usize, usize, &'t Trigger)> {
    let text = &cx.sentences[si].sentence.text;
    let mut found: Vec<(usize, usize, &Trigger)> = Vec::new();
    for ti in triggers.set.matches(text).into_iter() {
        let t = &triggers.triggers[ti];
        for m in t.regex.find_iter(text) {
            // Words inside a quotation are the speaker's, not events; but the speaker's
            // own acts told in the first person are ("\"I met Baradar in Doha three
            // times,\" Khalilzad said").
            if cx.quotes.inside(si, m.start())
                && !(first_person_before(&text[..m.start()]) && speaker_known(cx, si, m.start()))
            {
                continue;
            }
            if reads_as_no_event(t, m.as_str(), &text[m.end()..])
                || in_yes_no_question(text, m.start())
            {
                continue;
            }
            // ("Fahd bin Mahmoud al-Said", "Iran-backed": part of a hyphenated word, not
            // "said" or "backed"; but "co-hosted", "re-elected" are the verb itself.)
            if let Some(stem) = text[..m.start()].strip_suffix('-') {
                let prefix = stem
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let verb_prefix = ["co", "re"].iter().any(|p| prefix.eq_ignore_ascii_case(p));
                if !prefix.is_empty() && !verb_prefix {
                    continue;
                }
            }
            // The word before the match is one of `words`.
            let after_one_of = |words: &[&str]| {
                let before = text[..m.start()].split_whitespace().next_back();
                before.is_some_and(|b| words.iter().any(|w| w.eq_ignore_ascii_case(b)))
            };
            // ("Sultan Qaboos bin Said received": a name after a patronymic particle,
            // not the verb.)
            if m.as_str().starts_with(char::is_uppercase) && after_one_of(&["bin", "ibn", "bint"]) {
                continue;
            }
            // ("further calls on Thursday", "two calls on Monday": the noun, not the
            // verb of an appeal.)
            let calls_on = m
                .as_str()
                .get(..8)
                .is_some_and(|w| w.eq_ignore_ascii_case("calls on"));
            if calls_on && after_one_of(CALLS_COUNTED) {
                continue;
            }
            // ("a general strike against the reform", "Beijing's charm offensive in
            // Asia", "the FBI raid on": no attack.)
            let noun = || {
                let first = m.as_str().split_whitespace().next().unwrap_or("");
                ATTACK_NOUNS.iter().any(|n| first.eq_ignore_ascii_case(n))
            };
            if t.class == EventClass::MilitaryAction && noun() && after_one_of(NOT_WAR_QUALIFIERS) {
                continue;
            }
            // ("Officials told NBC News that these high-level talks took place behind
            // closed doors": the talks named again, read as such; "Talks were held"
            // reports new ones.)
            let first_word = m.as_str().split(' ').next().unwrap_or("");
            let held_talks = t.class == EventClass::Meeting
                && TALKS_NOUNS
                    .iter()
                    .any(|n| first_word.eq_ignore_ascii_case(n));
            let pointed_back = || {
                text[..m.start()].split_whitespace().rev().take(3).any(|w| {
                    ["these", "those", "such"]
                        .iter()
                        .any(|d| w.eq_ignore_ascii_case(d))
                })
            };
            if held_talks && pointed_back() {
                continue;
            }
            // ("A and B spoke briefly on the sidelines": talks of the two; one who "spoke
            // on the sidelines of the forum" alone spoke to the press.)
            let aside_talk = t.frame == Frame::Converse
                && ["spoke", "talked", "chatted", "conferred"]
                    .iter()
                    .any(|v| first_word.eq_ignore_ascii_case(v))
                && {
                    let low = m.as_str().to_ascii_lowercase();
                    ["sidelines", "margins", "fringes", "corridor"]
                        .iter()
                        .any(|w| low.contains(w))
                };
            let plural_subject = || {
                text[..m.start()]
                    .rsplit([',', ';', ':'])
                    .next()
                    .is_some_and(|clause| clause.contains(" and "))
            };
            if aside_talk && !plural_subject() {
                continue;
            }
            found.push((m.start(), m.end(), t));
        }
    }
    found.sort_by_key(|f| f.0);
    // ("flew to Zagreb to see Tudjman at the palace": the seeing is the meeting the
    // journey's trigger reads, not one more.)
    let seeing = |f: &(usize, usize, &Trigger)| {
        f.2.class == EventClass::Meeting && is_seeing(text[f.0..].split(' ').next().unwrap_or(""))
    };
    if found.iter().any(seeing) {
        let meeting_spans: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| f.2.class == EventClass::Meeting)
            .map(|f| (f.0, f.1))
            .collect();
        found.retain(|f| {
            !(seeing(f)
                && meeting_spans
                    .iter()
                    .any(|&(from, to)| from < f.0 && f.0 < to))
        });
    }
    // "a trilateral summit", "held a Japan-ROK Summit Meeting", "a summit meeting with":
    // one gathering, read as the summit, not talks besides it.
    let summit_spans: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| f.2.frame == Frame::Summit)
        .map(|f| (f.0, f.1))
        .collect();
    // "briefed King Fahd": talks in person, not words said, unless the sentence is about
    // a call ("briefed him on the talks" on the phone).
    let s = &cx.sentences[si];
    let speaks_of_a_call = speaks_of_a_call(s);
    let briefings: Vec<usize> = found
        .iter()
        .filter(|f| {
            f.2.class == EventClass::Meeting && is_briefing(&text[f.0..f.1].to_ascii_lowercase())
        })
        .map(|f| f.0)
        .collect();
    found.retain(|f| {
        let briefing = briefings.contains(&f.0);
        match f.2.class {
            EventClass::Statement => !briefing || speaks_of_a_call,
            EventClass::Meeting if briefing => !speaks_of_a_call,
            _ => true,
        }
    });
    // "held phone talks with": a call, not talks too (nor "talks with" inside it).
    // (Only a trigger that names the line: "called Zelensky before meeting Putin on
    // Friday" keeps its meeting.)
    let call_spans: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| f.2.class == EventClass::PhoneCall)
        .filter(|f| {
            let words = text[f.0..f.1].to_ascii_lowercase();
            ["phone", "video"].iter().any(|w| words.contains(w))
        })
        .map(|f| (f.0, f.1))
        .collect();
    found.retain(|f| {
        f.2.frame != Frame::Meet
            || !(summit_spans
                .iter()
                .any(|&(from, to)| (f.0 <= from && to <= f.1) || (f.0 > to && f.0 <= to + 1))
                || call_spans.iter().any(|&(from, to)| f.0 < to && from < f.1))
    });
    found
}

/// Whether a word is a verb of seeing someone, whose meeting ("saw Shamir at his
/// hotel") a trigger of its own reads.
fn is_seeing(word: &str) -> bool {
    ["see", "saw", "sees", "seeing"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// "the visit", "his trip", "the tour" at token `first` of sentence `si`: the latest visit
/// of the four sentences before, reported again here (with this sentence's modality).
fn visit_named_again(
    cx: &EventContext,
    si: usize,
    first: usize,
    events: &[Event],
) -> Option<Event> {
    let s = &cx.sentences[si];
    let determiner = first > 0
        && matches!(
            s.low(first - 1),
            "the" | "this" | "that" | "his" | "her" | "their" | "whose"
        );
    let noun = matches!(
        s.low(first),
        "visit" | "trip" | "tour" | "journey" | "visits" | "trips"
    );
    if !determiner || !noun {
        return None;
    }
    let earlier = reported_before(events, si, |e| {
        e.class == EventClass::Visit && !cx.people_in(&e.participants).is_empty()
    })?;
    // "The trip was cancelled": the words after the noun may undo it; else what the words
    // before say, or what was said of the visit before.
    let undone = (first + 1..(first + 6).min(s.tokens.len())).any(|t| {
        matches!(
            s.low(t),
            "cancelled" | "canceled" | "postponed" | "called" | "scrapped" | "shelved" | "delayed"
        )
    });
    let modality = if undone {
        Some(Modality::Negated)
    } else {
        modality(s, first, 0).or(earlier.modality)
    };
    Some(Event {
        trigger: s.tok(first).to_string(),
        evidence: s.sentence.text.clone(),
        sentence: si,
        modality,
        reported_by: None,
        ..earlier.clone()
    })
}

/// Words after "called" that leave a call with no object ("Sisi called next"), whose
/// other side the day's calls give (`calls::one_sided_calls`).
const CALL_ADVERBS: &[&str] = &["next", "first", "later", "earlier", "again", "too"];

/// What a host verb receives that is no guest ("received a phone call", "received a
/// letter from Kim"). (Not "a briefing": usually given in person.)
const THINGS_RECEIVED: &[&str] = &[
    "call",
    "calls",
    "letter",
    "letters",
    "message",
    "messages",
    "invitation",
    "report",
    "assurances",
    "assurance",
    "cable",
    "cables",
    "note",
    "congratulations",
    "condolences",
];

/// What one enters that is no place: "entered talks", "entered a ceasefire agreement".
const UNDERTAKINGS: &[&str] = &[
    "talks",
    "negotiations",
    "dialogue",
    "agreement",
    "deal",
    "ceasefire",
    "truce",
    "alliance",
    "coalition",
    "government",
    "politics",
    "service",
];

/// Words that name people greeted, not a thing praised, after "welcomed the".
const WELCOMED_PEOPLE: &[&str] = &[
    "visiting",
    "visitor",
    "visitors",
    "guest",
    "guests",
    "delegation",
    "delegations",
    "leader",
    "leaders",
    "president",
    "presidents",
    "prime",
    "premier",
    "minister",
    "ministers",
    "foreign",
    "king",
    "queen",
    "emir",
    "crown",
    "pope",
    "chancellor",
    "secretary",
    "two",
    "three",
    "four",
    "five",
    "heads",
    "members",
    "envoy",
    "envoys",
    "royal",
    "imperial",
    "couple",
    "first",
    "new",
    "incoming",
    "former",
];

/// Whether a trigger's match `matched`, followed by `rest` of its sentence, reads as no
/// event: checked here, not in the patterns, as case-sensitive or negated pieces would
/// slow the trigger set.
fn reads_as_no_event(t: &Trigger, matched: &str, rest: &str) -> bool {
    let low = matched.to_ascii_lowercase();
    let mut words = matched.split_whitespace();
    let verb = words.next().unwrap_or("").to_ascii_lowercase();
    let object = words.next().unwrap_or("");
    let last_word = low.split_whitespace().last().unwrap_or("");
    let next_cased = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.']);
    let next_word = next_cased.to_ascii_lowercase();
    // "flew back to New Delhi", "headed home": a journey home is no visit.
    // ("flew back to Kyiv for more talks" is a visit again.)
    let homeward = t.class == EventClass::Visit && low.split_whitespace().any(|w| w == "home");
    // "X also joined." ends the clause; "also joined NATO" is no talks. So "X and Y
    // looked on" (as witnesses), not "looked on the bright side", "looked on with
    // concern".
    let looked_on = crate::names::is_looking_on(&low);
    // ("X and Y attended." and "X attended, as did Y" report attendance; "attended
    // Harvard", "attended by" do not.)
    // ("attended the opening session of the G15 summit": the summit's own trigger reads
    // it.)
    let as_did = next_word == "as"
        && rest
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| matches!(w.trim_end_matches([',', '.']), "did" | "well"));
    // ("The leaders included in the sanctions list": a list, not those present.)
    let included_in = t.frame == Frame::Join
        && (low.ends_with(" included") || low.ends_with(" include"))
        && matches!(next_word.as_str(), "in" | "on" | "among");
    let attended_something = included_in
        || t.frame == Frame::Join
            && ((low == "attended"
                && rest.trim_start().starts_with(char::is_alphanumeric)
                && !as_did
                && next_word != "too")
                || (low.starts_with("attended ") && next_word == "of"));
    let joined_something = attended_something
        || t.frame == Frame::Join
            && (low.ends_with("joined") || looked_on)
            && rest.trim_start().starts_with(char::is_alphanumeric)
            && !(looked_on && matches!(next_word.as_str(), "as" | "while"));
    // "Among others who called on Tuesday were ...": a day, not a courtesy call.
    let called_on_a_day = t.frame == Frame::Courtesy && crate::dates::is_calendar_word(next_cased);
    // "called Erdogan on Monday", "took Clinton to Ghana": the object inside the trigger
    // is a name or a pronoun ("took steps to" is no trip). But "Sisi called next",
    // "Erdogan called to offer condolences": a call whose other side the day's calls give.
    let call_without_object =
        verb == "called" && (CALL_ADVERBS.contains(&object) || matches!(object, "as" | "to"));
    // ("took calls from Sisi": the caller follows.)
    // ("called his German counterpart Olaf Scholz on Monday", "called her Polish
    // counterpart": someone's counterpart or a titled name after the possessive.)
    let possessed_person = matches!(object, "his" | "her" | "their")
        && matched
            .split_whitespace()
            .skip(2)
            .take(3)
            .enumerate()
            .any(|(i, w)| {
                w.starts_with("counterpart")
                    || (i == 0
                        && w.starts_with(char::is_uppercase)
                        && !crate::dates::is_calendar_word(w))
            });
    let no_named_object = matches!(verb.as_str(), "called" | "took")
        && matches!(t.frame, Frame::Visit | Frame::Call)
        && last_word != "from"
        && !object.starts_with(char::is_uppercase)
        && !matches!(object, "him" | "her" | "them")
        && !possessed_person
        && !call_without_object;
    // ("called again for a ceasefire", "the latest to call for his resignation": a
    // demand, not a call; "a telephone call on Monday" is a call.)
    let intransitive = CALL_ADVERBS.contains(&last_word)
        || last_word == "well"
        || matches!(verb.as_str(), "first" | "last" | "next" | "latest");
    let a_demand = t.class == EventClass::PhoneCall
        && intransitive
        && matches!(
            next_word.as_str(),
            "for" | "on" | "upon" | "off" | "out" | "his" | "her" | "its" | "their"
        );
    // "called Biden's decision a mistake": naming a thing, not a call to a person.
    let called_a_thing = verb == "called"
        && t.frame == Frame::Call
        && matched.split_whitespace().any(crate::names::is_possessive);
    // "held a news conference", "attended a video conference": no gathering.
    let briefing = t.class == EventClass::Summit
        && [
            "news",
            "press",
            "media",
            "video",
            "phone",
            "telephone",
            "audio",
        ]
        .iter()
        .any(|w| low.ends_with(&format!("{w} conference")));
    // "a conference call", "the conference hall": no gathering; "the retreat of the
    // army", "a hasty retreat": no summit.
    let not_a_gathering = t.class == EventClass::Summit
        && (low.ends_with("conference")
            && matches!(
                next_word.as_str(),
                "call" | "calls" | "room" | "hall" | "centre" | "center" | "table" | "line"
            )
            || low.ends_with("retreat")
                && (matches!(
                    next_word.as_str(),
                    "from" | "of" | "to" | "into" | "toward" | "towards" | "across" | "behind"
                ) || low.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "full"
                            | "hasty"
                            | "strategic"
                            | "tactical"
                            | "military"
                            | "orderly"
                            | "chaotic"
                            | "fighting"
                    )
                })));
    // "held a news conference after the meeting", "brought India and China closer
    // together", "brought the issue to the Council, where France and Germany worked
    // together": not talks.
    let brought = matches!(verb.as_str(), "brought" | "brings" | "bring" | "bringing");
    let inner = || low.split_whitespace().skip(1);
    let not_talks = t.class == EventClass::Meeting
        && (low.ends_with("closer together")
            || (brought
                && inner().any(|w| matches!(w, "where" | "which" | "who" | "that" | "when")))
            || inner().any(|w| matches!(w, "after" | "before" | "following" | "ahead")));
    // "received a phone call from Abbas", "received a letter from Kim": a thing, not a
    // guest.
    // (A thing after a determiner, "a phone call", "a letter from Kim"; a bare plural,
    // "received calls", read so cost more right meetings than it saved.)
    let received_a_thing = t.frame == Frame::Host && {
        let mut next = rest
            .split_whitespace()
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let determiner = next.next().is_some_and(|w| {
            ["a", "an", "the", "his", "her", "their", "its"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        });
        determiner && next.any(|w| THINGS_RECEIVED.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    // "welcomed the decision", "welcomed Iran's offer": praise, no guest.
    let welcome = verb.starts_with("welcom") && matched.split_whitespace().count() == 1;
    // What follows a determiner or a possessor decides: the first lower-case word
    // ("the decision", "Iran's offer"), unless a word naming people comes first ("the
    // Japanese prime minister", "China's President Xi", "the French and German leaders").
    let next_words: Vec<&str> = rest
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .collect();
    let opening = next_words
        .first()
        .is_some_and(|w| {
            ["a", "an", "the", "its", "their"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        })
        .then_some(0)
        .or_else(|| {
            next_words
                .iter()
                .take(4)
                .position(|w| crate::names::is_possessive(w))
        });
    let a_thing_follows = |from: usize| {
        for w in next_words.iter().skip(from) {
            if WELCOMED_PEOPLE.iter().any(|p| w.eq_ignore_ascii_case(p)) {
                return false;
            }
            if !(w.starts_with(char::is_uppercase) || *w == "and") {
                return true;
            }
        }
        false
    };
    // (A determiner opens the object, "welcomed the", or a possessor ends it,
    // "welcomed President Tokayev's reform agenda"; not "welcomed by its
    // secretary-general", "a welcome in the forecourt".)
    let welcomed_a_thing =
        welcome && t.frame == Frame::Host && opening.is_some_and(|o| a_thing_follows(o + 1));
    // "the two negotiating teams", "a negotiating position": an adjective before its
    // noun, not talks held.
    let modifier = low.ends_with("negotiating")
        && matches!(
            next_word.as_str(),
            "team"
                | "teams"
                | "position"
                | "positions"
                | "table"
                | "partner"
                | "partners"
                | "process"
                | "round"
                | "rounds"
                | "committee"
                | "delegation"
                | "delegations"
                | "text"
                | "mandate"
                | "format"
                | "track"
                | "strategy"
                | "skills"
                | "stance"
        );
    // "a panel that also includes Machel and Mkapa": who a standing group is made of,
    // not who took part in something.
    // (But "the U.S. delegation includes Rubio and Witkoff", in a report of talks under
    // way, is their delegation, unless a relative clause describes it.)
    let standing_group = t.frame == Frame::Join
        && (low.contains(" that ") || low.contains(" which ") || !low.contains("delegation"))
        && ["includes", "comprises", "consists of"]
            .iter()
            .any(|w| low.ends_with(w));
    // "pressed on with their offensive", "pressed ahead": going on, not a demand.
    let pressed_on = verb == "pressed" && t.class == EventClass::Statement && {
        let mut after = rest.split_whitespace().map(|w| w.to_ascii_lowercase());
        match (after.next().as_deref(), after.next().as_deref()) {
            (Some("on"), Some("with" | "toward" | "towards" | "into")) => true,
            (Some("ahead"), next) => next != Some("of"),
            (Some("forward"), _) => true,
            _ => false,
        }
    };
    // "The rebels entered into a ceasefire agreement", "fighters entered talks with the
    // SDF": an undertaking entered, not a town.
    let entered_an_undertaking = t.class == EventClass::MilitaryAction
        && last_word == "entered"
        && (next_word == "into"
            || rest.split_whitespace().take(3).any(|w| {
                UNDERTAKINGS
                    .iter()
                    .any(|u| w.trim_end_matches([',', '.']).eq_ignore_ascii_case(u))
            }));
    // "Ministers attending the meeting were briefed by Rutte": what they underwent, not
    // who they were ("Leaders attending the summit were A, B and C").
    let attendees_underwent = t.frame == Frame::Join
        && last_word == "were"
        && next_cased.starts_with(char::is_lowercase)
        && !matches!(next_word.as_str(), "the" | "among" | "a");
    homeward
        || welcomed_a_thing
        || attendees_underwent
        || entered_an_undertaking
        || not_a_gathering
        || pressed_on
        || modifier
        || standing_group
        || received_a_thing
        || joined_something
        || called_on_a_day
        || no_named_object
        || a_demand
        || called_a_thing
        || briefing
        || not_talks
        || !names_its_object(t, &low, rest)
}

/// Whom a sentence's travellers include.
#[derive(Clone, Copy, PartialEq)]
enum Party {
    /// Those who travelled, each visit's leader first ("the visiting leaders", "his guest").
    Leaders,
    /// Everyone who travelled, those who came along too ("the delegations").
    Delegations,
    /// Everyone of the latest visit that happened ("the delegation").
    Delegation,
}

/// The people who travelled in the visits of sentence `si` and the eight before, the
/// one who travelled most first (the leader of a visit, not the spouse or minister who
/// came along), then the one who travelled last. For delegations (`party`), those who
/// came along count too, and so do the hosts of talks the visit's sentence reports ("the
/// two delegations"); but "the delegation" is the latest visit's own people, no party to
/// talks its sentence reports ("flew to Washington for talks with Obama": not Obama).
fn visitors_so_far(cx: &EventContext, events: &[Event], si: usize, party: Party) -> Vec<usize> {
    let visits = || {
        events
            .iter()
            .filter(|e| e.sentence + 8 >= si && e.class == EventClass::Visit)
    };
    let travellers_of = |e: &Event| -> Vec<usize> {
        if party == Party::Delegations {
            return cx.people_in(&e.participants);
        }
        let hosts: Vec<usize> = events
            .iter()
            .filter(|t| {
                t.sentence == e.sentence
                    && matches!(
                        t.class,
                        EventClass::Meeting | EventClass::Summit | EventClass::PhoneCall
                    )
            })
            .flat_map(|t| t.participants.iter().copied())
            .filter(|p| !e.sources.contains(p))
            .collect();
        cx.people_in(&e.participants)
            .into_iter()
            .filter(|p| !hosts.contains(p))
            .collect()
    };
    if party == Party::Delegation {
        return visits()
            .rfind(|e| e.modality.is_none())
            .map(travellers_of)
            .unwrap_or_default();
    }
    let mut seen: Vec<Tally> = Vec::new();
    for (i, e) in visits().enumerate() {
        let travellers = if e.sources.is_empty() {
            &e.participants
        } else {
            &e.sources
        };
        for p in cx.people_in(travellers) {
            tally(&mut seen, p, false, i);
        }
    }
    seen.sort_by_key(|t| std::cmp::Reverse((t.times, t.latest)));
    let mut out: Vec<usize> = seen.into_iter().map(|t| t.who).collect();
    // "Koizumi opened a summit with Megawati, Arroyo and Thaksin. That evening Akihito
    // hosted a banquet for the visiting leaders": with no journey reported, the guests
    // of the summit just held, those serving another country than its host's.
    // (Only "the visiting leaders" or heads: "his guests" may be one of them.)
    let visiting_leaders = ["visiting leaders", "visiting heads", "visiting presidents"]
        .iter()
        .any(|w| cx.sentences[si].lower_text().contains(w));
    if out.is_empty() && party == Party::Leaders && visiting_leaders {
        out = summit_guests(cx, events, si);
    }
    if party == Party::Delegations {
        for e in visits().filter(|e| e.modality.is_none()) {
            for p in travellers_of(e) {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
    }
    out
}

/// The people of the latest summit held in the eight sentences up to `si` (three people
/// or more, at a place of a known country) who serve another country than the place's.
fn summit_guests(cx: &EventContext, events: &[Event], si: usize) -> Vec<usize> {
    let Some(summit) = events.iter().rev().find(|e| {
        e.sentence + 8 >= si
            && e.class == EventClass::Summit
            && e.modality.is_none()
            && cx.people_in(&e.participants).len() >= 3
    }) else {
        return Vec::new();
    };
    let Some(place) = summit.place else {
        return Vec::new();
    };
    let Some(host_country) = crate::positions::country_of(&cx.res.entities, place) else {
        return Vec::new();
    };
    cx.people_in(&summit.participants)
        .into_iter()
        .filter(|&p| mentions::home_country(cx, p).is_some_and(|c| c != host_country))
        .collect()
}

/// Whether a trigger is a briefing verb ("briefed", "to brief"), not the adjective of
/// "held brief talks".
fn is_briefing(low: &str) -> bool {
    low.split_whitespace()
        .last()
        .is_some_and(|w| matches!(w, "brief" | "briefed" | "briefs" | "briefing"))
}

/// Whether the words after a trigger that needs an object name one: a place after a
/// journey's "to" or "due in" ("went on to say", "expected in the coming days" are no
/// journeys), a place after "control of" ("took control of the House" is no attack),
/// a gathering after "did not attend" ("did not attend the funeral" is none), no
/// "least" after "fired at", no audience after "spoke to" ("reporters"), a person after
/// "briefed", a named town after "was in", an envoy after "summoned", a name after ",
/// meeting", and no possessor or day after "before/after meeting".
fn names_its_object(t: &Trigger, low: &str, rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    // "spoke to reporters", "talked with students": words to an audience, not a call.
    let speaks = ["spoke", "speak", "talk"]
        .iter()
        .any(|v| low.starts_with(v));
    if t.frame == Frame::Converse && speaks {
        let audience = |w: &str| {
            matches!(
                w,
                "reporters"
                    | "journalists"
                    | "students"
                    | "supporters"
                    | "crowds"
                    | "troops"
                    | "soldiers"
                    | "lawmakers"
                    | "parliament"
                    | "media"
                    | "press"
                    | "audience"
            )
        };
        if audience(word(0)) || (word(0) == "the" && audience(word(1))) {
            return false;
        }
    }
    // A name in the next few words ("to the ancient capital of Xi'an"), or a place noun
    // ("to the quake zone", "to the capital").
    let names_place = || {
        (0..4).any(|i| capital(word(i)))
            || matches!(
                word(0),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            ) && (1..3).any(|i| {
                matches!(
                    word(i),
                    "capital"
                        | "city"
                        | "town"
                        | "port"
                        | "island"
                        | "region"
                        | "village"
                        | "border"
                        | "front"
                        | "kingdom"
                        | "country"
                        | "area"
                        | "zone"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                        | "republic"
                        | "state"
                        | "province"
                        | "coast"
                        | "frontline"
                        | "base"
                        | "camp"
                        | "site"
                )
            })
    };
    let due = ["due ", "expected ", "scheduled "]
        .iter()
        .any(|w| low.starts_with(w));
    // ("returned to Washington", "return to the capital"; not "returning to the subject
    // of Crimea".)
    if t.class == EventClass::Visit && low.starts_with("return") {
        return (capital(word(0)) && !crate::dates::is_calendar_word(word(0)))
            || (word(0) == "the"
                && matches!(word(1), "capital" | "city" | "town" | "island" | "region"));
    }
    if t.class == EventClass::Visit && (low.ends_with(" to") || due) {
        return names_place();
    }
    if t.class == EventClass::MilitaryAction && low.ends_with("control of") {
        return names_place()
            || word(0) == "the"
                && (crate::names::SETTLEMENT_NOUNS.contains(&word(1))
                    || matches!(word(1), "airport" | "base"));
    }
    // "briefed King Fahd", "to brief Reagan at Camp David": talks with the person briefed
    // ("briefed reporters" is a statement).
    if t.class == EventClass::Meeting && is_briefing(low) {
        let leaders = word(0) == "the" && matches!(word(1), "leaders" | "president" | "king");
        let named = capital(word(0)) && word(0) != "I" && !crate::dates::is_calendar_word(word(0));
        return named || matches!(word(0), "him" | "her" | "them") || leaders;
    }
    let possessive = crate::names::is_possessive(word(0));
    // "The prime minister was in Hong Kong on Friday": a person's presence in a named
    // town ("was in talks", "was in charge" are none).
    let is_be = matches!(low.split_whitespace().next(), Some("was" | "were"));
    if t.class == EventClass::Visit && is_be && low.ends_with(" in") {
        return capital(word(0))
            && word(0) != "The"
            && !possessive
            && !crate::dates::is_calendar_word(word(0));
    }
    // "summoned U.S. Ambassador John Sullivan", "was summoned to the foreign ministry"
    // ("a court summoned the former prime minister" is no diplomatic summons).
    if t.class == EventClass::Meeting && low.starts_with("summon") {
        return (0..6).any(|i| {
            let w = word(i).to_ascii_lowercase();
            w.starts_with("ambassador")
                || w.starts_with("envoy")
                || w.starts_with("charg")
                || w.starts_with("diplomat")
                || w == "ministry"
        });
    }
    // "wrapped up the tour in the Comoros, meeting President Azali Assoumani": the
    // participle after a comma, with a name or title after it.
    if low == ", meeting" {
        // ("passed the law, meeting EU conditions": a name runs on or ends there.)
        let name_ends = capital(word(1))
            || matches!(
                word(1),
                "" | "at" | "in" | "on" | "and" | "before" | "after" | "for"
            );
        // "Lambah and Aziz, meeting quietly in hotels in Dubai, ...": those named before
        // meet each other.
        let each_other = matches!(word(0), "quietly" | "secretly" | "privately" | "regularly");
        return each_other
            || capital(word(0))
                && !possessive
                && !crate::dates::is_calendar_word(word(0))
                && name_ends;
    }
    // "before meeting Foreign Minister Mammadyarov", "after meeting his counterpart"
    // ("since meeting NATO's target" is no talks): anything but a possessor or a day.
    let participle = ["before ", "after ", "while ", "since ", "upon "]
        .iter()
        .any(|p| low.starts_with(p));
    if t.class == EventClass::Meeting && participle && low.ends_with(" meeting") {
        return !possessive && !crate::dates::is_calendar_word(word(0)) && !word(0).is_empty();
    }
    if t.class == EventClass::MilitaryAction && low.starts_with("fired at") {
        return word(0) != "least";
    }
    if t.class == EventClass::Summit && low.ends_with("attend") {
        let ends_clause = rest.trim_start().starts_with([',', '.', ';', '"', '“'])
            || rest.trim().is_empty()
            || matches!(word(0), "for" | "because" | "due" | "as");
        let gathering = words.iter().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "summit"
                    | "conference"
                    | "forum"
                    | "meeting"
                    | "talks"
                    | "gathering"
                    | "session"
                    | "ceremony"
                    | "signing"
                    | "inauguration"
                    | "swearing-in"
                    | "coronation"
            )
        });
        return ends_clause || gathering;
    }
    true
}

/// Whether a sentence speaks of a call at all ("call", "phone", "telephoned", "video"):
/// then "briefed" or "spoke with" need not be talks in person.
fn speaks_of_a_call(s: &Analysed) -> bool {
    (0..s.tokens.len()).any(|t| {
        matches!(
            s.low(t),
            "call" | "calls" | "phone" | "telephone" | "telephoned" | "phoned" | "video"
        )
    })
}

/// The people of the latest talks (a meeting or summit of two people or more)
/// reported in sentence `si` so far or in the six sentences before it; else of the
/// latest delegation listed in those sentences (`parties`). `with_calls` (for a speech
/// verb's plural subject): calls count too. (Kept at six sentences, as for other
/// verbs: one sentence back cost dev three statements right and `heldout6` one.)
/// `signing` (for a signing verb): a signing in the sentence before counts too.
fn recent_talks(
    cx: &EventContext,
    events: &[Event],
    parties: &[(usize, Vec<usize>)],
    si: usize,
    (with_calls, delegations, signing): (bool, bool, bool),
) -> Vec<usize> {
    let s = &cx.sentences[si];
    // ("In the declaration adopted at the close of the summit, the leaders called":
    // a sentence that names the summit means its roster, not the side talks since.)
    // (Not talks beside it: "the two leaders met on the sidelines of the summit".)
    let names_summit = || (0..s.tokens.len()).any(|t| matches!(s.low(t), "summit" | "summit's"));
    let beside = || {
        (0..s.tokens.len()).any(|t| {
            matches!(
                s.low(t),
                "two" | "both" | "sidelines" | "margins" | "margin" | "fringes" | "bilateral"
            )
        })
    };
    if names_summit() && !beside() {
        let roster = events
            .iter()
            .rev()
            .filter(|e| e.class == EventClass::Summit && e.modality.is_none())
            .map(|e| cx.people_in(&e.participants))
            .find(|people| people.len() >= 3);
        if let Some(roster) = roster {
            return roster;
        }
    }
    // (But with `delegations` named, "The delegations met" after arrivals are all who
    // arrived, not the last party to arrive: `visitors_so_far` reads them.)
    let talks = events
        .iter()
        .rev()
        .take_while(|e| e.sentence + 6 >= si)
        // ("Zelenskyy and Modi jointly visited the museum. The two leaders then held
        // talks": a visit made together names the two as well as talks do.)
        .filter(|e| {
            matches!(e.class, EventClass::Meeting | EventClass::Summit)
                || (with_calls && e.class == EventClass::PhoneCall)
                // ("The three presidents initialled the agreement. They signed it in
                // Paris": the signatories.)
                || (signing
                    && e.class == EventClass::Agreement
                    && e.modality.is_none()
                    && e.sentence + 1 == si)
                || (e.class == EventClass::Visit
                    && e.modality.is_none()
                    && !delegations
                    && (e.sources.len() >= 2 || made_together(cx, e)))
        })
        .map(|e| cx.people_in(&e.participants))
        .find(|people| people.len() >= 2);
    // "received Macron, then held talks with Tusk. The three leaders then sat down":
    // as many people as the number says, all the talks of that sentence.
    let counted = (0..s.tokens.len()).find_map(|t| {
        let n = match s.low(t) {
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            _ => return None,
        };
        (t > 0
            && s.low(t - 1) == "the"
            && matches!(
                s.low(t + 1),
                "leaders" | "presidents" | "ministers" | "premiers" | "heads" | "men" | "women"
            ))
        .then_some((n, t + 1))
    });
    let noun = counted.map(|(_, t)| s.low(t));
    let counted = counted.map(|(n, _)| n);
    let is_talks = |e: &&Event| matches!(e.class, EventClass::Meeting | EventClass::Summit);
    let talks = match (talks, counted) {
        (Some(people), Some(n)) if people.len() < n => {
            let latest = events
                .iter()
                .rev()
                .take_while(|e| e.sentence + 6 >= si)
                .find(is_talks)
                .map(|e| e.sentence);
            let mut all: Vec<usize> = Vec::new();
            for e in events
                .iter()
                .filter(is_talks)
                .filter(|e| Some(e.sentence) == latest)
            {
                for p in cx.people_in(&e.participants) {
                    push_unique(&mut all, p);
                }
            }
            // ("Biden hosted the Quad summit. Modi, Kishida and Albanese had arrived on
            // Friday. The four leaders agreed": the talks and the arrivals of the
            // sentences just before, as many as the number says.)
            if all.len() != n {
                all.clear();
                for e in events
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence + 3 >= si)
                    .filter(|e| e.modality.is_none())
                    .filter(|e| {
                        matches!(
                            e.class,
                            EventClass::Meeting | EventClass::Summit | EventClass::Visit
                        )
                    })
                {
                    for p in cx.people_in(&e.participants) {
                        push_unique(&mut all, p);
                    }
                    if all.len() >= n {
                        break;
                    }
                }
            }
            Some(if all.len() == n { all } else { people })
        }
        (talks, _) => talks,
    };
    // "Milosevic, Tudjman and Izetbegovic were lodged in separate buildings. On
    // November 21, the three presidents initialled the agreement": with no talks of as
    // many people, the people of a sentence just before that names exactly as many.
    let talks = match counted {
        Some(n) if talks.as_ref().is_none_or(|people| people.len() != n) => {
            named_together(cx, si, n, noun.unwrap_or("")).or(talks)
        }
        _ => talks,
    };
    talks
        .or_else(|| Some(listed_parties(parties, si)).filter(|l| !l.is_empty()))
        .unwrap_or_default()
}

/// The people of the latest of the three sentences before `si` that names exactly `n`
/// people holding the post a plural `noun` names (`actors::post_named`: "presidents",
/// "leaders"; anyone for "men").
fn named_together(cx: &EventContext, si: usize, n: usize, noun: &str) -> Option<Vec<usize>> {
    let post = actors::post_named(noun);
    (si.saturating_sub(3)..si).rev().find_map(|sj| {
        let mut people: Vec<usize> = Vec::new();
        for &e in cx.res.links[sj].iter().flatten() {
            if cx.res.entities[e].kind == EntityKind::Person
                && post.is_none_or(|post| actors::holds_post(cx, e, post))
            {
                push_unique(&mut people, e);
            }
        }
        (people.len() == n).then_some(people)
    })
}

/// The people of the delegations listed before any talks in the six sentences up to
/// `si` ("Ukraine's delegation was led by A and included B. Russia's team was headed by
/// C"): both sides, whom "the two sides" or "the talks" then stand for.
fn listed_parties(parties: &[(usize, Vec<usize>)], si: usize) -> Vec<usize> {
    let mut all = Vec::new();
    for (_, people) in parties.iter().filter(|(sj, _)| sj + 6 >= si) {
        for &p in people {
            push_unique(&mut all, p);
        }
    }
    // (One person listed is no talks.)
    if all.len() < 2 {
        all.clear();
    }
    all
}

/// A visit the sentence says its people made together ("jointly visited", "travelled
/// together to"); also one several travellers made, named as its subjects (below).
fn made_together(cx: &EventContext, e: &Event) -> bool {
    let lower = cx.sentences[e.sentence].lower_text();
    lower.contains(" jointly ") || lower.contains(" together")
}

/// Reads the events of sentence `si` from its trigger matches onto `events`.
fn read_sentence(
    cx: &EventContext,
    si: usize,
    found: Vec<(usize, usize, &Trigger)>,
    (events, unnamed): (&mut Vec<Event>, &mut [Event]),
    parties: &mut Vec<(usize, Vec<usize>)>,
) {
    let s = &cx.sentences[si];
    events.extend(transcript_line(cx, si));
    // One event of a class per clause: "held talks ... and met" is one meeting, but
    // "in Dublin he will hold talks with X, and in Ankara he is to meet Y" is two, and
    // so is "held talks on Monday and planned to meet again" (one held, one planned).
    // (class, PLOVER type, clause from, clause to, modality) of the events read here.
    let mut read: Vec<(EventClass, &str, usize, usize, Option<Modality>)> = Vec::new();
    let mut courtesy_at: Option<usize> = None;
    let mut mentions_again = None;
    let mut accepted: Option<Event> = None;
    let found_spans: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| f.2.class == EventClass::Summit)
        .map(|f| (token_index(s, f.0), token_index(s, f.1)))
        .collect();
    // "the delegation(s)" no modifier tells apart: those who travelled (once a sentence).
    let delegation = (0..s.tokens.len()).find(|&t| actors::is_bare_delegation(s, t));
    for (start, end, trig) in found {
        let first = token_index(s, start);
        if courtesy_at == Some(start) {
            continue;
        }
        if trig.frame == Frame::Refer {
            mentions_again = mentions_again.or(Some((start, end, trig)));
            continue;
        }
        if trig.frame == Frame::Host && hosts_a_summit(s, &found_spans, first, token_index(s, end))
        {
            continue; // the summit's own reading takes the host and the guests
        }
        if conference_named_again(cx.sentences, (start, end), trig, events, si)
            || opening_of_talks_reported(s, (first, token_index(s, end)), (events, parties), si)
        {
            continue;
        }
        // ("They noted", "the two leaders stressed": a call's parties speak too.)
        let talks = recent_talks(
            cx,
            events,
            parties,
            si,
            (
                trig.frame == Frame::Say,
                delegation.is_some(),
                trig.class == EventClass::Agreement
                    && ["sign", "initial", "ratif"]
                        .iter()
                        .any(|w| s.low(first).starts_with(w)),
            ),
        );
        // (Only a sentence that speaks of "the visiting ..." or a guest needs them.)
        let guests = ["the visiting ", " guest", " visitor", "the envoys"];
        let visitors = if delegation.is_some() || guests.iter().any(|g| s.lower_text().contains(g))
        {
            // (A delegation is who travelled, those who came along too: "the
            // delegation", of the latest visit; "the delegations", of them all.)
            let party = match delegation {
                Some(t) if s.low(t) == "delegation" => Party::Delegation,
                Some(_) => Party::Delegations,
                None if s.lower_text().contains("visiting delegation") => Party::Delegations,
                None => Party::Leaders,
            };
            visitors_so_far(cx, events, si, party)
        } else {
            Vec::new()
        };
        if trig.frame == Frame::Accept {
            accepted = accepted.or_else(|| accepted_invitation(cx, si, (start, end, trig), events));
            continue;
        }
        if trig.frame == Frame::Join {
            if let Some((ev, _)) = read_event(cx, si, (start, end), trig, (&talks, &visitors)) {
                if let Some(party) = join_talks(cx, ev, events, unnamed) {
                    parties.push((si, party));
                }
            }
            continue;
        }
        // (Events of other PLOVER types in one clause are distinct acts: "released a
        // statement and halted all imports".)
        let same_clause: Vec<Option<Modality>> = read
            .iter()
            .filter(|r| {
                r.0 == trig.class
                    && (trig.class != EventClass::Event || r.1 == trig.plover)
                    && first >= r.2
                    && first < r.3
            })
            .map(|r| r.4)
            .collect();
        if same_clause.len() > 1 {
            continue;
        }
        let Some((mut ev, (from, to))) =
            read_event(cx, si, (start, end), trig, (&talks, &visitors))
        else {
            // ("Talks were held in restricted and expanded formats", with no place of
            // their own either.)
            if trig.class == EventClass::Meeting && !read.iter().any(|r| r.0 == trig.class) {
                let mut ev = trig.event_at(s, (start, end), si);
                let visit = modality(s, first, 0)
                    .is_none()
                    .then(|| talks_of_the_visit(cx, (si, first), &mut ev, (events, parties)))
                    .flatten()
                    .map(|v| (v.place, v.date.clone()));
                if let Some((place, date)) = visit {
                    (ev.place, ev.date) = (place, date);
                    read.push((trig.class, &trig.plover, first, first + 1, None));
                    events.push(ev);
                }
                continue;
            }
            // "The visit had come together in ten days": a visit named again, with no
            // traveller of its own, is the last visit reported.
            if trig.class == EventClass::Visit && !read.iter().any(|r| r.0 == EventClass::Visit) {
                if let Some(ev) = visit_named_again(cx, si, first, events) {
                    read.push((EventClass::Visit, "", first, first + 1, ev.modality));
                    events.push(ev);
                }
            }
            continue;
        };
        // ("saw Shamir at his hotel": two people who met; not "saw Ukraine in NATO as a
        // red line", "saw Putin at the summit on television", "saw Merkel at the summit
        // as his main obstacle".)
        if trig.class == EventClass::Meeting && is_seeing(s.low(first)) {
            // (The trigger and the rest of its clause, lower-cased from the original
            // text: byte offsets of the text do not hold in its lower-cased copy.)
            let text = &s.sentence.text;
            let rest = text.get(end..).unwrap_or("");
            let rest = rest[..rest.find([',', ';', '.']).unwrap_or(rest.len())].to_lowercase();
            let matched = text[start..end].to_lowercase();
            let figurative = [
                " as ",
                "television",
                " tv",
                "light",
                "hands",
                "fault",
                " war",
            ]
            .iter()
            .any(|w| rest.contains(w) || matched.contains(w));
            if figurative || cx.people_in(&ev.participants).len() < 2 {
                continue;
            }
        }
        // ("spent two hours in Niamey with General Barmou": the talks are read by the
        // time spent with him; the time spent in Niamey stays the visit there.)
        let met_already = read
            .iter()
            .any(|r| r.0 == EventClass::Meeting && first >= r.2 && first < r.3);
        let reverted =
            trig.class == EventClass::Visit && ev.class == EventClass::Meeting && met_already;
        // (Only the town the time was spent in, and a clause that ends there: "... with
        // Prince Albert before flying to Paris" is a journey of its own.)
        let to = if reverted {
            ev.class = EventClass::Visit;
            ev.cameo = trig.cameo.clone();
            match ev.place {
                Some(town) => ev.destinations.retain(|&d| d == town),
                None => ev.destinations.truncate(1),
            }
            token_index(s, end).max(first + 1)
        } else {
            to
        };
        mentions::signing_named_again(cx, si, first, &mut ev, events);
        talks_of_the_visit(cx, (si, first), &mut ev, (events, parties));
        let earlier: Vec<&Event> = events
            .iter()
            .rev()
            .take_while(|e| e.sentence == si)
            .collect();
        // "The Kremlin said Putin told Obama ...": another speaker, another statement.
        let new_speaker = ev.speaker.is_some()
            && !earlier
                .iter()
                .any(|e| e.class == ev.class && e.speaker == ev.speaker);
        // "a journey to Iraq which took him to Baghdad, Najaf and Erbil": the towns are
        // stops of their own when the visit before reached none.
        let reaches_town = |e: &Event| {
            e.class == EventClass::Visit
                && e.destinations
                    .iter()
                    .any(|&d| cx.res.entities[d].kind == EntityKind::Place)
        };
        let new_stops = reaches_town(&ev)
            && !earlier
                .iter()
                .any(|e| e.class == EventClass::Visit && reaches_town(e));
        // "pressed on with their offensive in the valley, carrying out airstrikes on the
        // village of Ain al-Fijeh": an attack somewhere else is another attack.
        let new_target = ev.class == EventClass::MilitaryAction
            && ev.place.is_some()
            && !earlier
                .iter()
                .any(|e| e.class == ev.class && e.place == ev.place);
        if same_clause.first().is_some_and(|&m| m == ev.modality)
            && !new_speaker
            && !new_stops
            && !new_target
        {
            continue;
        }
        // "X said ..., adding that ...": one statement, whatever its clauses; but
        // "X said ... but offered to ..." says two things of different kinds.
        let said_already = ev.speaker.is_some()
            && earlier.iter().any(|e| {
                e.class == ev.class
                    && e.speaker == ev.speaker
                    && (e.plover == ev.plover || ev.plover.is_empty())
            });
        if said_already {
            continue;
        }
        if trig.frame == Frame::Courtesy {
            courtesy_at = Some(start);
        }
        // (Talks of nobody named leave the clause to talks whose parties a later
        // trigger names: "a round of talks in Doha between X and Y".)
        if !is_unnamed(&ev) {
            read.push((trig.class, &trig.plover, from, to, ev.modality));
        }
        for ev in split_stops(cx, ev)
            .into_iter()
            .filter_map(|ev| drop_trips_home(cx, si, ev))
        {
            for ev in split_places(cx, si, ev) {
                events.extend(split_distributive(cx, si, start, ev));
            }
        }
    }
    if let Some(accepted) = accepted {
        let mut visits = events
            .iter_mut()
            .rev()
            .take_while(|e| e.sentence == si)
            .filter(|e| e.class == EventClass::Visit)
            .peekable();
        if visits.peek().is_none() {
            events.push(accepted);
        } else {
            for visit in visits.filter(|v| v.modality.is_none()) {
                visit.modality = Some(Modality::Planned);
            }
        }
    }
    let listed = listed_parties(parties, si);
    // Talks of nobody named in a sentence that names the parties of talks of the same
    // kind and modality, at the same place or none, are those talks; two of nobody
    // named at one place ("the peace agreement was signed in Doha": two triggers) are
    // one.
    let here = events.partition_point(|e| e.sentence < si);
    let mut kept: Vec<(EventClass, Option<usize>, Option<Modality>, bool)> = Vec::new();
    let mut sentence_events = events.split_off(here);
    // "... initialled the agreement, which was formally signed in Paris on December 14":
    // an agreement of nobody named in a relative clause about the sentence's agreement
    // is a signing by the same parties, there.
    let lower = s.lower_text();
    let parties = sentence_events
        .iter()
        .find(|e| e.class == EventClass::Agreement && !is_unnamed(e))
        .map(|e| (e.participants.clone(), e.sources.clone()));
    if let Some((participants, sources)) = parties {
        for e in sentence_events
            .iter_mut()
            .filter(|e| e.class == EventClass::Agreement && is_unnamed(e) && e.place.is_some())
        {
            // (Its verb within four words of a ", which": "which was formally signed",
            // "which is to be signed".)
            let verb = e
                .trigger
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            let relative = lower.match_indices(", which ").any(|(at, w)| {
                lower[at + w.len()..]
                    .split_whitespace()
                    .take(4)
                    .any(|word| word.starts_with(verb.as_str()))
            });
            if relative {
                e.participants = participants.clone();
                e.sources = sources.clone();
            }
        }
    }
    for e in sentence_events.iter().filter(|e| !is_unnamed(e)) {
        kept.push((e.class, e.place, e.modality, true));
    }
    for e in sentence_events {
        if is_unnamed(&e) {
            let same = kept.iter().any(|&(class, place, modality, named)| {
                class == e.class
                    && modality == e.modality
                    && (place == e.place || (named && place.is_none()))
            });
            if same {
                continue;
            }
            kept.push((e.class, e.place, e.modality, false));
        }
        events.push(e);
    }
    mentions::welcome_the_traveller(cx, si, events);
    let talks_here = events
        .iter()
        .rev()
        .take_while(|e| e.sentence == si)
        .any(|e| {
            matches!(e.class, EventClass::Meeting | EventClass::Summit)
                && !e.participants.is_empty()
        });
    if let (Some(trigger), true) = (mentions_again, talks_here) {
        if let Some(ev) = their_talks_elsewhere(cx, si, trigger, events) {
            events.push(ev);
        }
    }
    if let (Some(trigger), false) = (mentions_again, talks_here) {
        // ("The government team was led by A and included B; the rebels were
        // represented by C and D. The talks resumed in Havana": with no talks reported
        // before, the talks of the delegations listed.)
        let again = mention_again(cx, si, trigger, events)
            .or_else(|| mentions::talks_of_those_listed(cx, si, trigger, &listed, events))
            .or_else(|| mentions::their_own_talks(cx, si, trigger, events));
        if let Some(ev) = again {
            // ("The trilateral meeting, held at a hotel in Belek": the talks named again,
            // not talks of nobody named there.)
            let (class, place) = (ev.class, ev.place);
            events.retain(|e| {
                e.sentence != si || !(is_unnamed(e) && e.class == class && e.place == place)
            });
            events.push(ev);
        }
    }
}

/// Nouns of talks that a trigger reports as held: "Talks were held", "negotiations
/// followed".
const TALKS_NOUNS: &[&str] = &["talks", "negotiations", "consultations", "discussions"];

/// Whether the talks at `first` are reported as held, in so many words: "Talks were
/// held", "talks followed", "talks took place".
fn held(s: &Analysed, first: usize) -> bool {
    TALKS_NOUNS.contains(&s.low(first))
        && (first + 1..(first + 4).min(s.tokens.len()))
            .any(|t| matches!(s.low(t), "held" | "conducted" | "followed" | "took"))
}

/// "Putin arrived in Astana at Tokayev's invitation. Talks were held in restricted and
/// expanded formats": talks of nobody named, reported as held right after a visit, are
/// the visitor's and the host's (the people of the visit).
/// Delegations listed before them ("Putin's delegation included Lavrov and Ushakov")
/// hold them too. Returns the visit, where talks the sentence does not place were held.
fn talks_of_the_visit<'e>(
    cx: &EventContext,
    (si, first): (usize, usize),
    ev: &mut Event,
    (events, parties): (&'e [Event], &[(usize, Vec<usize>)]),
) -> Option<&'e Event> {
    let s = &cx.sentences[si];
    if ev.class != EventClass::Meeting
        || !is_unnamed(ev)
        || ev.modality.is_some()
        || !held(s, first)
    {
        return None;
    }
    let visit = events
        .iter()
        .rev()
        .take_while(|e| e.sentence + 4 >= si)
        .find(|e| e.class == EventClass::Visit && e.modality.is_none())?;
    // ("Blinken arrived in Kyiv. Talks were held in Geneva": other talks.)
    let elsewhere = (0..s.mentions.len())
        .filter_map(|mi| cx.res.entity(si, mi))
        .any(|e| is_city_like(cx, e) && Some(e) != visit.place);
    if elsewhere || (ev.place.is_some() && ev.place != visit.place) {
        return None;
    }
    ev.participants = cx.people_in(&visit.participants);
    // ("... arrived in Washington and was received by Trump. Talks were held": the host
    // of a reception since the arrival too.)
    for e in events
        .iter()
        .filter(|e| e.sentence >= visit.sentence && e.class == EventClass::Meeting)
        .filter(|e| e.modality.is_none())
    {
        for p in cx.people_in(&e.participants) {
            push_unique(&mut ev.participants, p);
        }
    }
    for (_, people) in parties.iter().filter(|(sj, _)| *sj > visit.sentence) {
        for &p in people {
            push_unique(&mut ev.participants, p);
        }
    }
    Some(visit)
}

/// The people listed after an addressee `first` ("told Rubio, Lammy and Joly"): each
/// next person separated from the one before only by a comma or "and".
fn addressed_with(s: &Analysed, after: &[&Actor], first: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(mut at) = after.iter().find(|a| a.entity == first).map(|a| a.token) else {
        return out;
    };
    // (A list ends with "and": "told Blinken, Zelensky had to go" tells Blinken alone.)
    let mut closed = false;
    loop {
        let end = s.mention_end(at);
        let next = after.iter().find(|b| {
            b.kind == EntityKind::Person
                && b.token >= end
                && (end..actors::title_start(s, b.token)).all(|t| matches!(s.low(t), "," | "and"))
                && actors::title_start(s, b.token) > end
        });
        match next {
            Some(b) => {
                closed = (end..actors::title_start(s, b.token)).any(|t| s.low(t) == "and");
                out.push(b.entity);
                at = b.token;
            }
            None if closed => return out,
            None => return Vec::new(),
        }
    }
}

/// "Hasina took part in the hour-long conference from Dhaka": after a video conference
/// (or a press conference, "Barrot told a press conference in Paris") of the last three
/// sentences, "the conference" is that one named again, no summit of its own.
fn conference_named_again(
    sentences: &[Analysed],
    (start, end): (usize, usize),
    trig: &Trigger,
    events: &[Event],
    si: usize,
) -> bool {
    let words = sentences[si].sentence.text[start..end].to_ascii_lowercase();
    let after_a_video_call = || {
        events
            .iter()
            .rev()
            .take_while(|e| e.sentence + 3 >= si)
            .any(|e| {
                e.class == EventClass::PhoneCall && e.trigger.to_lowercase().contains("conference")
            })
    };
    trig.class == EventClass::Summit
        && words.starts_with("the ")
        && words.ends_with("conference")
        && (after_a_video_call()
            || (words == "the conference"
                && last_conference_was_for_the_press(&sentences[si.saturating_sub(3)..si])))
}

/// "The talks opened on June 4 at the Volta Hotel": talks whose opening or end is told
/// (tokens `first..last` of the trigger) after they were reported, after arrivals just
/// before ("Delegations from Russia and Ukraine arrived in Istanbul. The peace talks
/// opened"), or after their sides were listed, are those talks, told again (read as
/// such where "the talks" is named again); only talks first reported so ("The Bosnian
/// peace talks opened at Wright-Patterson Air Force Base") are talks of their own.
fn opening_of_talks_reported(
    s: &Analysed,
    (first, last): (usize, usize),
    (events, parties): (&[Event], &[(usize, Vec<usize>)]),
    si: usize,
) -> bool {
    // (The last word of "opened", "got under way", "broke down", "broke up".)
    let told = [
        "opened",
        "began",
        "resumed",
        "started",
        "way",
        "ended",
        "closed",
        "concluded",
        "down",
        "collapsed",
        "up",
        "reconvened",
    ];
    let opening = matches!(s.low(first), "talks" | "negotiations" | "consultations")
        && last > first
        && told.contains(&s.low(last - 1));
    opening
        && (mentions::talks_reported_near(events, si)
            || events
                .iter()
                .rev()
                .take_while(|e| e.sentence + 2 >= si)
                .any(|e| e.class == EventClass::Visit)
            || !listed_parties(parties, si).is_empty())
}

/// Whether the last "conference" of `sentences` is a press or news conference.
fn last_conference_was_for_the_press(sentences: &[Analysed]) -> bool {
    sentences
        .iter()
        .rev()
        .find_map(|b| {
            (0..b.tokens.len())
                .rev()
                .find(|&t| b.low(t) == "conference")
                .map(|t| t > 0 && matches!(b.low(t - 1), "press" | "news"))
        })
        .unwrap_or(false)
}

/// "hosted a summit in the Normandy format", "hosted X and Y at Camp David for a
/// trilateral summit", "a Quad summit hosted by Biden": hosting a gathering is that
/// gathering, not talks besides it. `summits` are the token spans of the sentence's
/// summit triggers; `first..last` is the host trigger's (`last` exclusive).
fn hosts_a_summit(s: &Analysed, summits: &[(usize, usize)], first: usize, last: usize) -> bool {
    summits.iter().any(|&(from, to)| {
        // ("hosted X for talks ahead of the NATO summit" hosts talks, not the summit.)
        let after = from >= first
            && from < last + 25
            && (last..from).all(|t| {
                !matches!(
                    s.low(t),
                    "," | ";"
                        | ":"
                        | "talks"
                        | "ahead"
                        | "before"
                        | "after"
                        | "following"
                        | "since"
                        | "sidelines"
                        | "margins"
                        | "eve"
                        | "during"
                )
            });
        let right_before = from < first
            && to <= first
            && (to..first).all(|t| matches!(s.low(t), "was" | "were" | "being" | "be"));
        after || right_before
    })
}

/// Words that make "was hit by" a strike: what hit is a weapon.
const WEAPONS: &[&str] = &[
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "bomb",
    "bombs",
    "drone",
    "drones",
    "shell",
    "shells",
    "airstrike",
    "airstrikes",
    "artillery",
    "shelling",
    "mortar",
    "mortars",
    "strike",
    "torpedo",
    "gunfire",
];

/// Whether a military trigger that needs its object has it: "fighting over" and "a war
/// over" a place named right after ("fighting over Nagorno-Karabakh", not "over the
/// details of a deal"), "was hit by" a weapon ("by Ukrainian cruise missiles", not "by
/// strikes" of workers or "by a fire").
fn fought_where_or_with(cx: &EventContext, si: usize, last: usize) -> bool {
    let s = &cx.sentences[si];
    let end = last.saturating_sub(1);
    match s.low(end) {
        "over" if end > 0 && actors::FOUGHT_OVER.contains(&s.low(end - 1)) => {
            let at = if s.low(last) == "the" { last + 1 } else { last };
            s.mention_at(at)
                .and_then(|mi| cx.res.entity(si, mi))
                .is_some_and(|e| cx.res.entities[e].kind == EntityKind::Place)
        }
        "by" if end > 0 && matches!(s.low(end - 1), "hit" | "pounded" | "targeted") => {
            (last..(last + 6).min(s.tokens.len())).any(|t| WEAPONS.contains(&s.low(t)))
        }
        _ => true,
    }
}

/// Whether an event may be kept with nobody named when its own place is given: an
/// attack or a test ("fighting in the Cenepa river valley"), a protest, an arrest or an
/// expulsion ("in Iquitos, several thousand protesters marched"); not a report
/// "released in Geneva" or "the Western-backed government in Kabul".
fn placed_without_actors(ev: &Event) -> bool {
    ev.class == EventClass::MilitaryAction
        || (ev.class == EventClass::Event
            && matches!(ev.plover.as_str(), "PROTEST" | "COERCE" | "SANCTION"))
}

/// Reads the event of the trigger at bytes `start..end` of sentence `si`. `talks` are
/// the people of the talks reported last, whom "they" and "the leaders" stand for;
/// `visitors` the people who travelled so far, whom "the visiting leaders" stand for.
fn read_event(
    cx: &EventContext,
    si: usize,
    (start, end): (usize, usize),
    trig: &Trigger,
    (talks, visitors): (&[usize], &[usize]),
) -> Option<(Event, (usize, usize))> {
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
    // "told reporters after the signing": a time, not a signing reported.
    if trig.frame == Frame::Agree
        && s.low(first) == "signing"
        && word_before(1) == "the"
        && matches!(
            word_before(2),
            "after" | "before" | "following" | "since" | "at"
        )
    {
        return None;
    }
    // "the visiting leaders": an adjective, not a visit.
    if trig.frame == Frame::Visit
        && s.low(first).ends_with("ing")
        && matches!(word_before(1), "the" | "a" | "an" | "his" | "her" | "their")
    {
        return None;
    }
    // "was said to have met": hearsay, not a statement.
    if trig.frame == Frame::Say && is_copula(word_before(1)) {
        return None;
    }
    // "added his signature": a signing (read by its own trigger), not words added.
    if trig.frame == Frame::Say
        && s.low(first) == "added"
        && matches!(s.low(first + 1), "his" | "her" | "their")
        && s.low(first + 2).starts_with("signature")
    {
        return None;
    }
    // "was welcomed by": a guest's reception (the host frame reads it), not praise.
    if trig.class == EventClass::Statement
        && is_copula(word_before(1))
        && s.low(first) == "welcomed"
    {
        return None;
    }
    let (from, to, mut actors) = actors_for(cx, si, first, last, trig.frame, (talks, visitors));
    // ("\"I met Modi in Delhi,\" Sharif said": the words quoted lend the statement
    // neither Modi nor Delhi.)
    let quoted = |t: usize| {
        cx.quotes
            .inside(si, s.tokens[t.min(s.tokens.len() - 1)].start)
    };
    if trig.frame == Frame::Say && !quoted(first) {
        actors.retain(|a| !quoted(a.token));
    }
    // ("X received Mikati. He told his guest": with no one who travelled, the other
    // party of the talks just reported is the guest.)
    let guests = if visitors.is_empty() { talks } else { visitors };
    let mut groups = groups_in(cx, si, from, to);
    // "..., U.S. officials said": the reporting group is no party either.
    if trig.frame != Frame::Say {
        if let Some(c) = reporter_tail(s, last) {
            groups.retain(|&(_, token)| token < c);
        }
    }
    let before: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.token < first && !a.locative)
        .collect();
    // Talks read the names inside a long trigger too ("held Israeli-Palestinian talks").
    let talks = matches!(
        trig.frame,
        Frame::Meet | Frame::Converse | Frame::Call | Frame::Join
    );
    // ("met Chi for an hour, the highest-level contact since President Nixon's visit to
    // Peking": whose something is after talks is not a side of them.)
    let owner_only =
        |a: &Actor| talks && a.possessive && a.kind == EntityKind::Person && a.token > last + 2;
    let after: Vec<&Actor> = actors
        .iter()
        .filter(|a| (a.token >= last || (talks && a.token >= first)) && !a.locative)
        .filter(|a| !owner_only(a))
        .collect();
    let mut ev = trig.event_at(s, (start, end), si);
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
    // (What is asked comes before the comma too: "called on Khan at his office, becoming
    // the third guest to be received" asks nothing.)
    // (Only a comma before a lower-case word ends the one called on: "called on Iran,
    // Iraq and Syria to halt" still asks.)
    if trig.frame == Frame::Courtesy {
        // (An aside goes on: "will call on European leaders, including Merz and Tusk,
        // to spend more", "call on Netanyahu, in a speech to the council, to accept".)
        let object_end = (last..to)
            .find(|&t| {
                s.tok(t) == ","
                    && s.tok(t + 1).starts_with(char::is_lowercase)
                    && !matches!(
                        s.low(t + 1),
                        "including" | "in" | "at" | "during" | "notably" | "especially" | "to"
                    )
            })
            .unwrap_or(to);
        // ("called on General Secretary To Lam": a name's "To" asks nothing; nor does the
        // purpose of a call on a person, "called on Sitharaman to discuss the debt".)
        // (Only with the day or place of the visit between: "called on Sitharaman on
        // Friday to discuss"; "called on Putin to discuss ..." asks him to.)
        let purpose = |t: usize| {
            s.low(t) == "to"
                && CALL_PURPOSES.contains(&s.low(t + 1))
                && actors.iter().any(|a| {
                    a.kind == EntityKind::Person
                        && a.token >= last
                        && a.token < t
                        && (s.mention_end(a.token)..t).any(|u| {
                            matches!(s.low(u), "on" | "at" | "in" | "during")
                                || crate::dates::is_calendar_word(s.tok(u))
                        })
                })
        };
        let asks = |t: usize| matches!(s.low(t), "to" | "for") && !s.in_mention(t) && !purpose(t);
        if (last..object_end).any(asks) {
            return None;
        }
    }
    let mut names_nobody = false;
    match trig.frame {
        Frame::Meet
        | Frame::Courtesy
        | Frame::Call
        | Frame::Converse
        | Frame::Agree
        | Frame::Join
        | Frame::Refer => {
            for a in before.iter().chain(after.iter()) {
                if is_actor(a.kind)
                    && !(a.demonym && trig.frame != Frame::Agree && has_person(&actors))
                {
                    push_unique(&mut ev.participants, a.entity);
                }
            }
            for (p, _) in groups.iter() {
                push_unique(&mut ev.participants, *p);
            }
            // "was received by Aliyev ... before meeting Foreign Minister Mammadyarov": the
            // one who meets is the clause's subject, not the person named last.
            // ("Lambah and Aziz, meeting quietly in Dubai": with nobody named after it,
            // those named before meet each other.)
            let meets_someone = after.iter().any(|a| a.kind == EntityKind::Person);
            if trig.frame == Frame::Meet
                && first + 1 < last
                && s.low(first + 1) == "meeting"
                && meets_someone
            {
                if let Some(subject) = participle_subject(cx, si, first + 1) {
                    let named_before: Vec<usize> = before.iter().map(|a| a.entity).collect();
                    ev.participants.retain(|e| !named_before.contains(e));
                    ev.participants.retain(|&e| e != subject);
                    ev.participants.insert(0, subject);
                }
            }
            // "Clinton toured the Mekong Delta on Friday, a day after talks in Hanoi with
            // Khiem": talks a time conjunction sets apart, with nobody named before them
            // in their clause, are the sentence's subject's.
            // (So too with a possessive: "two days after his talks with Abe".)
            let conjunction = match word_before(1) {
                "his" | "her" | "their" => 2,
                _ => 1,
            };
            let set_apart_talks = trig.frame == Frame::Meet
                && first >= conjunction
                && matches!(
                    s.low(first - conjunction),
                    "after" | "before" | "following"
                )
                && matches!(s.low(first), "talks" | "negotiations" | "meetings")
                // (Not "after talks between Putin and Trump": they name their parties.)
                && !(first..to).any(|t| matches!(s.low(t), "between" | "among"))
                && !before.iter().any(|a| a.kind == EntityKind::Person)
                && meets_someone;
            // "called on Xi ... before holding talks with Yang": a participle's talks are
            // the sentence's subject's.
            let participle_talks = trig.frame == Frame::Meet
                && s.low(first).ends_with("ing")
                && s.low(first) != "meeting"
                && !before.iter().any(|a| a.kind == EntityKind::Person)
                && meets_someone;
            // "His meeting with de Klerk that December": the possessor meets.
            // (Only where one person could be meant: with no genders known, "May hosted
            // Trump. His meeting with the Queen" is not May's.)
            let possessor = (trig.frame == Frame::Meet
                && matches!(word_before(1), "his" | "her")
                && !set_apart_talks
                && !before.iter().any(|a| a.kind == EntityKind::Person)
                && meets_someone)
                .then(|| person_before(cx, si, first - 1, Prefer::First))
                .flatten()
                .filter(|_| one_person_before(cx, si, first));
            if let Some(p) = possessor {
                if !ev.participants.contains(&p) {
                    ev.participants.insert(0, p);
                }
            }
            if set_apart_talks || participle_talks {
                let subject = if set_apart_talks {
                    sentence_subject(cx, si, first - conjunction)
                } else {
                    participle_subject(cx, si, first)
                };
                if let Some(subject) = subject {
                    if !ev.participants.contains(&subject) {
                        ev.participants.insert(0, subject);
                    }
                }
            }
            // ", telling Merkel in a telephone call that ...": the call a participle's
            // words were said in is the participle's subject's.
            let call_in = s.low(first) == "in"
                || matches!(word_before(1), "in" | "during")
                || (matches!(word_before(2), "in" | "during")
                    && matches!(word_before(1), "a" | "an" | "the" | "his" | "her"));
            // (Only a verb of address with its addressee right before the call, the one
            // person named there: not ", saying Putin had told Erdogan in a call"; and
            // only when the call names that person: not ", telling him in a call".)
            let addressed = |v: usize| {
                matches!(
                    s.low(v),
                    "telling"
                        | "assuring"
                        | "informing"
                        | "urging"
                        | "warning"
                        | "reassuring"
                        | "asking"
                ) && s
                    .mentions
                    .iter()
                    .filter(|m| m.first_token > v && m.first_token < first)
                    .filter(|m| {
                        !matches!(m.kind, MentionKind::Title { .. } | MentionKind::Demonym(_))
                    })
                    .count()
                    == 1
            };
            if trig.frame == Frame::Call && call_in && !ev.participants.is_empty() {
                let participle = (first.saturating_sub(8)..first)
                    .rev()
                    .find(|&t| t > 0 && s.tok(t - 1) == "," && s.low(t).ends_with("ing"))
                    .filter(|&v| addressed(v));
                if let Some(subject) = participle.and_then(|v| participle_subject(cx, si, v)) {
                    if !ev.participants.contains(&subject) {
                        ev.participants.insert(0, subject);
                    }
                }
            }
            // "Taking part were X, Y, and on the Turkish side Z": the whole list, to a
            // clause of its own after a semicolon ("; Putin stayed in Moscow").
            if trig.frame == Frame::Join {
                // ("Neither Putin nor Bolsonaro attended": nobody joins.)
                if (0..first).any(|t| s.low(t) == "neither") {
                    return None;
                }
                // ("A and B attended, but C did not", "Present were A and B, but not C",
                // "..., while C stayed away": the list ends at the contrast.)
                // (Only of a list of those present: "The delegation was led by A, while B
                // headed the other side" lists two sides.)
                let trigger = ev.trigger.to_lowercase();
                let attendance = mentions::names_presence(&trigger) || trigger.contains("includ");
                // (A contrast that says who stayed away: "but not C", "while C stayed
                // home", "although C was absent"; not "but the talks ran late".)
                let stayed_away = |from: usize| {
                    (from..s.tokens.len()).any(|t| {
                        matches!(
                            s.low(t),
                            "not"
                                | "n't"
                                | "absent"
                                | "away"
                                | "home"
                                | "declined"
                                | "skipped"
                                | "boycotted"
                                | "missed"
                        )
                    })
                };
                let contrast = (first..s.tokens.len())
                    .find(|&t| {
                        (matches!(s.low(t), "but" | "except" | "without")
                            || (t > 0
                                && s.tok(t - 1) == ","
                                && matches!(s.low(t), "while" | "although" | "though" | "whereas")))
                            && stayed_away(t)
                    })
                    .filter(|_| attendance);
                let list_end = (to..s.tokens.len())
                    .find(|&t| s.tok(t) == ";" && actors::list_goes_on(cx, si, t).is_none())
                    .unwrap_or(s.tokens.len())
                    .min(contrast.unwrap_or(s.tokens.len()));
                for a in actors_in(cx, si, to, list_end) {
                    if a.kind == EntityKind::Person {
                        push_unique(&mut ev.participants, a.entity);
                    }
                }
                if let Some(cut) = contrast {
                    let before_cut: Vec<usize> =
                        actors_in(cx, si, 0, cut).iter().map(|a| a.entity).collect();
                    let after_cut: Vec<usize> = actors_in(cx, si, cut, s.tokens.len())
                        .iter()
                        .map(|a| a.entity)
                        .filter(|e| !before_cut.contains(e))
                        .collect();
                    ev.participants.retain(|e| !after_cut.contains(e));
                    ev.sources.retain(|e| !after_cut.contains(e));
                    ev.targets.retain(|e| !after_cut.contains(e));
                }
            }
            let distinct_people = ev
                .participants
                .iter()
                .filter(|&&e| cx.res.entities[e].kind == EntityKind::Person)
                .count();
            // Talks need two sides (or one named person); an agreement may name one party.
            let enough = if trig.frame == Frame::Refer {
                true // the parties come from the talks mentioned before
            } else if matches!(trig.frame, Frame::Agree | Frame::Join) {
                !ev.participants.is_empty()
            } else if trig.frame == Frame::Converse {
                // ("his first encounter with communism", "gave a speech to an audience",
                // "joined NATO for talks": a noun of meeting, an audience, a guest or a
                // joining needs two people.)
                let word = s.low(first);
                let two_people = TWO_PEOPLE_WORDS.contains(&word) || ev.trigger.contains("guest");
                ev.participants.len() >= 2 && (!two_people || distinct_people >= 2)
            } else {
                // "The Security Council held an emergency meeting": a body meets alone.
                let body_meets = trig.frame == Frame::Meet
                    && ev
                        .participants
                        .iter()
                        .any(|&e| cx.res.entities[e].kind == EntityKind::Organization);
                ev.participants.len() >= 2 || distinct_people >= 1 || body_meets
            };
            // "Follow-up meetings in Belgrade", "leaders are due to meet in Funafuti":
            // talks of nobody named are still an event where the clause says they are.
            // ("Protesters were met with tear gas": no talks.)
            let passive = trig.frame == Frame::Meet && is_copula(word_before(1));
            if !enough
                && matches!(trig.frame, Frame::Meet | Frame::Agree)
                && may_name_nobody(trig.class)
                && !passive
            {
                names_nobody = true;
            } else if !enough {
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
            // "during his state visit to ...": the sentence's subject visits.
            let his = (first.saturating_sub(3)..first).find(|&t| matches!(s.low(t), "his" | "her"));
            let subject_visits = his
                .filter(|_| trig.frame == Frame::Visit)
                .and_then(|t| person_before(cx, si, t, Prefer::First));
            // The visitor: a possessor right before the noun, else the nearest person.
            // "..., before travelling on to Philadelphia": the sentence's subject travels.
            let participle = (trig.frame == Frame::Visit)
                .then(|| participle_subject(cx, si, first))
                .flatten();
            // "..., which took him to Baghdad": the pronoun inside the trigger travels.
            // ("The tour took Clinton to Ghana": the person named inside it.)
            let carried = (trig.frame == Frame::Visit)
                .then(|| (first..last).find(|&t| matches!(s.low(t), "him" | "her")))
                .flatten()
                .and_then(|t| person_before(cx, si, t, Prefer::First))
                .or_else(|| {
                    actors
                        .iter()
                        .filter(|_| trig.frame == Frame::Visit)
                        .find(|a| a.token > first && a.token < last && a.kind == EntityKind::Person)
                        .map(|a| a.entity)
                });
            // "a July visit by Gabriel to Tehran", "the visit to Tehran by Gabriel": the
            // noun's agent after "by".
            // (A noun after a determiner or possessor within six tokens, "a four-day state
            // visit"; not "could visit Washington by June".)
            let noun = matches!(
                s.low(first),
                "visit" | "visits" | "trip" | "tour" | "journey"
            ) && determined(s, first, 6);
            // No verb between the noun and "by" ("a visit to Tehran in July by Gabriel"; not
            // "a visit to Moscow was welcomed by Putin", "the visit hosted by Putin"), and the
            // agent named within six tokens after it.
            let between_ok = |t: usize| {
                let w = s.low(t);
                s.in_mention(t)
                    || !(is_copula(w)
                        || w.ends_with("ed")
                        || matches!(
                            w,
                            "has" | "had" | "have" | "will" | "would" | "could" | "should" | "may"
                        ))
            };
            let by_agent = (trig.frame == Frame::Visit && noun)
                .then(|| {
                    let by = (last..(last + 8).min(to))
                        .take_while(|&t| s.tok(t) != "," && (s.low(t) == "by" || between_ok(t)))
                        .find(|&t| s.low(t) == "by")?;
                    host_side
                        .iter()
                        .filter(|a| a.kind == EntityKind::Person && a.token > by)
                        .find(|a| a.token <= by + 6)
                        .map(|a| a.entity)
                })
                .flatten();
            // "On arrival at Tribhuvan airport, EAM was received by Saud": a phrase that
            // opens the sentence is the subject's after its comma.
            // (Not "On his arrival in Islamabad, Sharif received him": a host.)
            let fronted = (trig.frame == Frame::Visit
                && first <= 1
                && matches!(s.low(first), "on" | "upon")
                && guest_side.is_empty())
            .then(|| (last..to).find(|&t| s.tok(t) == ","))
            .flatten()
            .filter(|&comma| !(comma..to).any(|t| matches!(s.low(t), "him" | "her" | "them")))
            .and_then(|comma| {
                host_side
                    .iter()
                    .find(|a| a.token > comma && a.token <= comma + 6)
                    .filter(|a| a.kind == EntityKind::Person)
                    .map(|a| a.entity)
            });
            // "Zarif, whom Sultan Qaboos received": the one the relative clause
            // describes is the guest.
            let whom_guest = (trig.frame == Frame::Host)
                .then(|| (from..first).rev().find(|&t| s.low(t) == "whom"))
                .flatten()
                .filter(|&w| w >= 2 && s.tok(w - 1) == ",")
                // (The host named in the clause: not "Kerry praised Zarif, whom the king
                // received", whose host is nobody named.)
                .filter(|&w| {
                    host_side
                        .iter()
                        .any(|a| a.kind == EntityKind::Person && a.token > w)
                })
                .and_then(|w| actors::person_ending_at(cx, si, w - 1));
            let visitor = by_agent
                .or(whom_guest)
                .or(fronted)
                .or(subject_visits)
                .or(participle)
                .or(carried)
                .or_else(|| {
                    guest_side
                        .iter()
                        .filter(|a| {
                            a.kind == EntityKind::Person
                                || (a.kind != EntityKind::Place && !a.demonym)
                        })
                        // A person before an organization ("he is to meet EU leaders
                        // before flying to Geneva").
                        .min_by_key(|a| {
                            let distance = if trig.frame == Frame::Visit {
                                first - a.token
                            } else {
                                a.token - last
                            };
                            (a.kind != EntityKind::Person, distance)
                        })
                        .map(|a| a.entity)
                })
                .or_else(|| groups.first().map(|g| g.0));
            // "Mirziyoyev welcomed the heads of delegation one by one": a host greeting
            // guests named only as a group holds talks the attendance lists after it
            // join, with the host alone named so far.
            // (Not "welcomed the leaders' decision": a possessor is no guest.)
            let group_of_guests = trig.frame == Frame::Host
                && (last..(last + 3).min(s.tokens.len())).any(|t| {
                    matches!(
                        s.low(t),
                        "heads"
                            | "leaders"
                            | "delegations"
                            | "delegates"
                            | "guests"
                            | "dignitaries"
                    ) && !matches!(s.tok(t + 1), "'" | "’" | "'s" | "’s")
                });
            // (Then the host is named alone, as the target, and no guest.)
            let host_alone = visitor.is_none() && group_of_guests;
            let visitor = match visitor {
                Some(v) => v,
                None if host_alone => host_side
                    .iter()
                    .rev()
                    .find(|a| a.kind == EntityKind::Person)
                    .map(|a| a.entity)?,
                None => return None,
            };
            if host_alone {
                ev.targets.push(visitor);
            } else {
                ev.sources.push(visitor);
            }
            push_unique(&mut ev.participants, visitor);
            // "Putin and Xi flew to Astana": everyone the sentence opens with travels; so
            // does every member of a group the sentence lists as its subject.
            // ("The couple flew to Mumbai", "the two leaders travelled on": a group read at
            // one token travels together.)
            if trig.frame == Frame::Visit {
                let mut together = plural_subject(cx, si, first);
                together.extend_from_slice(cx.rosters.fellow_members(si, first, visitor));
                let token = guest_side
                    .iter()
                    .find(|a| a.entity == visitor)
                    .map(|a| a.token);
                let group: Vec<usize> = guest_side
                    .iter()
                    .filter(|a| a.kind == EntityKind::Person && Some(a.token) == token)
                    .map(|a| a.entity)
                    .collect();
                if group.len() >= 2 {
                    together.extend(group);
                }
                if together.contains(&visitor) {
                    for e in together {
                        push_unique(&mut ev.sources, e);
                        push_unique(&mut ev.participants, e);
                    }
                }
            }
            // "played host to Aliyev and Pashinyan": every guest named.
            if trig.frame == Frame::Host {
                for a in guest_side.iter().filter(|a| a.kind == EntityKind::Person) {
                    push_unique(&mut ev.sources, a.entity);
                    push_unique(&mut ev.participants, a.entity);
                }
            }
            // "wrapped up a visit to Iran, urging it to use its influence with Damascus":
            // the places after a participle are not the trip's (its people may be hosts:
            // "arrived in Kyiv, meeting President Zelensky").
            let participle_at = (last..to).find(|&t| {
                t > 0 && s.tok(t - 1) == "," && s.low(t).ends_with("ing") && s.low(t).len() > 5
            });
            for a in host_side.iter() {
                let after_participle = trig.frame == Frame::Visit
                    && participle_at.is_some_and(|p| a.token > p)
                    && a.kind != EntityKind::Person;
                if a.entity == visitor || a.demonym || after_participle {
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
            // "arrived in Kabul": the destination is locative ("from Moscow" is not).
            let from = |a: &Actor| {
                let prep = match s.low(a.token.saturating_sub(1)) {
                    "the" => s.low(a.token.saturating_sub(2)),
                    w => w,
                };
                prep == "from"
            };
            // (", and Lebanese President Michel Aoun is to receive him at the palace in
            // Baabda": a new subject after ", and" opens an act of its own.)
            // (A person or a title, with its demonym: not "will visit Beijing, Shanghai,
            // and Chinese tech hub Shenzhen".)
            let new_subject = (last..to).find(|&t| {
                let demonym = s
                    .mentions
                    .iter()
                    .find(|m| m.first_token == t + 2 && matches!(m.kind, MentionKind::Demonym(_)));
                s.tok(t) == ","
                    && s.low(t + 1) == "and"
                    && (s.names_someone_at(t + 2)
                        || demonym.is_some_and(|d| s.names_someone_at(d.last_token)))
            });
            let journey_end = new_subject.unwrap_or(to);
            for a in actors.iter().filter(|a| {
                a.token >= last
                    && a.token < journey_end
                    && a.locative
                    && place::reachable(cx, a.entity)
                    && !from(a)
            }) {
                push_unique(&mut ev.destinations, a.entity);
            }
            // "travel to Managua, where ..., and to Havana", "shuttled between Beirut,
            // where ..., and Jerusalem": the later stops, past the clause of the first.
            // (Not past the end of the journey's sentence part: "visited Tbilisi ... while
            // praising the pipeline to Ceyhan"; and "between" takes one place after "and".)
            if trig.frame == Frame::Visit && !ev.destinations.is_empty() {
                let mut between = ev.trigger.to_lowercase().ends_with("between");
                let end = (last..s.tokens.len())
                    .find(|&t| place::ENDS_JOURNEY.contains(&s.low(t)))
                    .unwrap_or(s.tokens.len());
                for a in actors_in(cx, si, last, end) {
                    if a.kind != EntityKind::Place {
                        continue;
                    }
                    let and_place = between && a.token >= 1 && s.low(a.token - 1) == "and";
                    if place::later_stop(s, a.token) || and_place {
                        push_unique(&mut ev.destinations, a.entity);
                    }
                    between &= !and_place;
                }
            }
            // "Milosevic has not appeared since receiving Primakov": the host of a
            // participle is the sentence's subject.
            // (Only a guest right after the participle: not "after receiving Kim's
            // letter".)
            let guest_next = after
                .iter()
                .find(|a| a.token >= last)
                .is_some_and(|a| a.entity == visitor && !a.possessive && a.token <= last + 4);
            if trig.frame == Frame::Host && ev.targets.is_empty() && guest_next {
                let host = participle_subject(cx, si, first).filter(|&h| h != visitor);
                if let Some(h) = host {
                    ev.targets.push(h);
                    push_unique(&mut ev.participants, h);
                }
            }
            if trig.frame == Frame::Host && ev.targets.is_empty() && !host_alone {
                return None;
            }
            // "paid a courtesy visit to Grand Ayatollah Sistani": a visit to a person is
            // talks with that person.
            // (A city-state is reached as its city: "spent a night in Singapore".)
            let reached_place = ev.destinations.iter().any(|&d| place::reachable(cx, d));
            // (Not "visited the tomb of Ayatollah Khomeini".)
            // (Nor "arrived in Islamabad with his wife": a companion; but "visited with
            // Putin" and "in Conakry for talks with Toure" are talks.)
            let visit_verb = ev
                .trigger
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("visit"));
            let visited = host_side
                .iter()
                .filter(|a| a.token >= last && a.token <= last + 5)
                .filter(|a| !(last..a.token).any(|t| matches!(s.low(t), "of" | "the" | "a" | "an")))
                .filter(|a| {
                    visit_verb
                        || !(last..a.token).any(|t| {
                            s.low(t) == "with" && matches!(s.low(t + 1), "his" | "her" | "their")
                        })
                })
                .min_by_key(|a| a.token);
            // ("spent two days in talks with Putin": time spent, in no place, is no
            // journey.)
            if trig.frame == Frame::Visit && !reached_place && s.low(first).starts_with("spen") {
                return None;
            }
            // ("visited Saakashvili at the Vivamedi clinic": a person visited first, before
            // any place, is the one the visit was to. But "received visiting Iranian
            // Foreign Minister Araghchi in Islamabad": he is the visitor.)
            let adjective = ev.trigger.eq_ignore_ascii_case("visiting");
            // (Nor the traveller named after "Upon her arrival in Hanoi,".)
            // (Nor "visited Gandhi's memorial", "Mandela's former cell": a place of theirs.)
            let person_visited = visited.is_some_and(|a| {
                a.kind == EntityKind::Person && a.entity != visitor && !a.possessive
            });
            if trig.frame == Frame::Visit
                && (!reached_place || !adjective && person_visited)
                && visited.is_some_and(|a| a.kind == EntityKind::Person)
            {
                ev.class = EventClass::Meeting;
                ev.cameo = "040".to_string();
                // ("visited King Abdullah at his ranch outside Riyadh": where the visit
                // went is where they met.)
                if ev.place.is_none() {
                    ev.place = ev
                        .destinations
                        .iter()
                        .copied()
                        .find(|&d| cx.res.entities[d].kind == EntityKind::Place);
                }
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
            // "the sixth summit of the organization, chaired by President X", "a summit
            // with Kim": the people it is chaired by or held with.
            // (So too "under the chairmanship of Comoros President Assoumani".)
            let chaired_by = |t: usize| {
                matches!(s.low(t), "chairmanship" | "chairpersonship" | "presidency")
                    && s.low(t + 1) == "of"
            };
            for a in after.iter().filter(|a| a.kind == EntityKind::Person) {
                if (last..a.token).any(|t| matches!(s.low(t), "by" | "with") || chaired_by(t)) {
                    push_unique(&mut ev.participants, a.entity);
                }
            }
            // ("The next summit is to be held in Singapore": where, if nobody.)
            names_nobody = ev.participants.is_empty();
        }
        Frame::Say => {
            // "They noted that", "the two leaders stressed": the people a plural subject
            // stands for (read into `before` at one token) speak together.
            let group = before
                .iter()
                .filter(|a| a.kind == EntityKind::Person)
                .map(|a| a.token)
                .max()
                .map(|t| {
                    before
                        .iter()
                        .filter(|a| a.kind == EntityKind::Person && a.token == t)
                        .map(|a| a.entity)
                        .collect::<Vec<usize>>()
                })
                .filter(|g| g.len() >= 2);
            let speaker = match &group {
                Some(g) => g[0],
                None => speaker_of(cx, si, first, last, &before, &after)?,
            };
            ev.speaker = Some(speaker);
            ev.sources.push(speaker);
            ev.participants.push(speaker);
            for &p in group.iter().flatten() {
                push_unique(&mut ev.sources, p);
                push_unique(&mut ev.participants, p);
            }
            let verb = ev.trigger.to_lowercase();
            let addresses = [
                "told",
                "tell",
                "assured",
                "assure",
                "reassured",
                "informed",
                "thanked",
            ];
            if addresses.iter().any(|v| verb.starts_with(v)) {
                if let Some(a) = addressee_of(cx, si, (first, last), speaker, &after, guests) {
                    ev.addressee = Some(a);
                    ev.targets.push(a);
                    push_unique(&mut ev.participants, a);
                    // "told Rubio and Lammy that ...": each person of the list is told.
                    for b in addressed_with(s, &after, a) {
                        push_unique(&mut ev.targets, b);
                        push_unique(&mut ev.participants, b);
                    }
                }
            }
            ev.quote = cx.quotes.quote_for(si);
        }
        // (Read by `accepted_invitation`, which needs the events before.)
        Frame::Accept => return None,
        Frame::Attack | Frame::Act => {
            // "Sirisena, whose country is recovering from the bombings", "a meeting between
            // Modi and Putin since Russia began its offensive": a person named before an
            // attack that is a noun is rarely its agent, unless the noun is theirs
            // ("Kuntar's raid").
            // (A noun after a determiner or a possessor: "the bombings", "its offensive",
            // "Wednesday's strike"; not the verb of "ordered the army to attack Rafah".)
            let noun = trig.frame == Frame::Attack
                && ATTACK_NOUNS.contains(&s.low(first))
                && !matches!(
                    s.low(first.saturating_sub(1)),
                    "to" | "will" | "would" | "could" | "may" | "might" | "did" | "not"
                )
                && (determined(s, first, 4)
                    || matches!(
                        s.low(first.saturating_sub(1)),
                        "for"
                            | "after"
                            | "amid"
                            | "following"
                            | "since"
                            | "over"
                            | "against"
                            | "during"
                    ));
            // ("Poroshenko told Rutte that the plane had been hit by a missile", "thanked
            // India for aid after the earthquake that struck": those named before a
            // that-clause did not strike; "Putin ordered that troops be deployed" did.)
            let reported = |a: &Actor| {
                ev.class == EventClass::MilitaryAction
                    && a.kind == EntityKind::Person
                    && (a.token..first).any(|t| {
                        s.low(t) == "that"
                            && !matches!(
                                s.low(t.saturating_sub(1)),
                                "ordered" | "order" | "orders" | "decreed" | "directed"
                            )
                    })
            };
            if ev.class == EventClass::MilitaryAction && !fought_where_or_with(cx, si, last) {
                return None;
            }
            let sources: Vec<&Actor> = before
                .iter()
                .copied()
                .filter(|a| is_actor(a.kind) && !reported(a))
                .filter(|a| {
                    !noun
                        || a.kind != EntityKind::Person
                        || (a.possessive && s.mention_end(a.token) + 3 >= first)
                })
                .collect();
            let mut sources = people_first(&sources);
            // "demanded by the IMF": the passive's agent acts.
            let passive_agent = (s.low(last) == "by")
                .then(|| after.iter().find(|a| is_actor(a.kind)).map(|a| a.entity))
                .flatten();
            if let Some(subject) = participle_subject(cx, si, first)
                .or_else(|| coordinated_subject(cx, si, from, first))
                .or(passive_agent)
            {
                sources = vec![subject];
            } else if sources.is_empty() && ev.class == EventClass::Statement {
                // "“Why not?” Lula asked": a verbal act's speaker may follow it.
                sources.extend(speaker_of(cx, si, first, last, &before, &after));
            }
            // ("the two leaders welcomed the ceasefire": a group read at one token acts
            // together; otherwise the subject nearest the verb.)
            let group_at = |t: usize| {
                before
                    .iter()
                    .filter(|a| a.kind == EntityKind::Person && a.token == t)
                    .count()
                    >= 2
            };
            let last_token = before
                .iter()
                .filter(|a| a.kind == EntityKind::Person && sources.contains(&a.entity))
                .map(|a| a.token)
                .max();
            let sources = match sources.last() {
                Some(_) if trig.frame == Frame::Act && last_token.is_some_and(group_at) => before
                    .iter()
                    .filter(|a| Some(a.token) == last_token && a.kind == EntityKind::Person)
                    .map(|a| a.entity)
                    .filter(|e| sources.contains(e))
                    .collect(),
                Some(&x) if trig.frame == Frame::Act => vec![x],
                _ => sources,
            };
            let targets: Vec<&Actor> = after.iter().copied().filter(|a| is_actor(a.kind)).collect();
            let targets = people_first(&targets);
            // An attack or a test nobody is named for may still say where it happened
            // ("fighting in the Cenepa river valley"): kept if a place follows it (below).
            let kept_unnamed = placed_without_actors(&ev);
            if sources.is_empty() && targets.is_empty() && !kept_unnamed {
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
    // "spoke with Xi on the sidelines of the summit": talking where both were is talks.
    // ("visited the church, where he spoke with the rector": so too at a place named
    // before, in a clause of its own, in a sentence saying nothing of a phone or of
    // words said.)
    let in_person = (0..s.tokens.len()).any(|t| {
        matches!(
            s.low(t),
            "sidelines" | "margins" | "fringes" | "fringe" | "face-to-face"
        ) || (s.low(t) == "in" && s.low(t + 1) == "person")
            || (t < first
                && s.low(t) == "where"
                && t > 0
                && s.tok(t - 1) == ","
                && !(t..first).any(|u| matches!(s.tok(u), "," | "said" | "says" | "told"))
                && !speaks_of_a_call(s))
    });
    if trig.frame == Frame::Converse && in_person {
        ev.class = EventClass::Meeting;
    }
    // "had a conversation over the phone with Putin", "talked privately by video link":
    // talks by phone or video are a call.
    // (Only "by", "over", "on" or "via" the phone, or "in a telephone call": not
    // "about video footage".)
    let by_phone = (first + 1..(first + 14).min(s.tokens.len())).any(|t| {
        let means = |u: usize| matches!(s.low(u), "by" | "over" | "on" | "via");
        matches!(
            s.low(t),
            "phone" | "telephone" | "video" | "videoconference" | "video-link"
        ) && (means(t - 1)
            || (t >= 2 && s.low(t - 1) == "the" && means(t - 2))
            || (t >= 2 && s.low(t - 1) == "a" && s.low(t - 2) == "in"))
    });
    if trig.frame == Frame::Converse && ev.class == EventClass::Meeting && by_phone && !in_person {
        ev.class = EventClass::PhoneCall;
    }
    if trig.frame == Frame::Visit {
        visitor_named_by_visiting(cx, si, (first, last), &after, &mut ev);
    }
    // A call joins two places and happens in neither: it has no place of its own.
    ev.place = if ev.class == EventClass::PhoneCall {
        None
    } else {
        place_of(cx, si, &ev, &actors, (from, first, last))
    };
    // (Events of nobody named need a place named in their own clause, and must say
    // something happened or will: no "boycotted the summit in Kazan". An agreement
    // needs a noun of one: no "residents signed a petition in Lviv".)
    // ("KUWAIT (Reuters) - An annual summit of Gulf Arab leaders ended on Tuesday": a
    // gathering the lead reports from its dateline is placed there.)
    // (Only a gathering that is said to take place: not "China criticised the G7
    // summit's statement".)
    let takes_place = (last..(last + 8).min(s.tokens.len())).any(|t| {
        matches!(
            s.low(t),
            "ended"
                | "ends"
                | "opened"
                | "opens"
                | "began"
                | "begins"
                | "closed"
                | "closes"
                | "convened"
                | "wrapped"
        )
    });
    let datelined = ev.class == EventClass::Summit
        && takes_place
        && cx.dateline_end > s.sentence.start
        && ev.place.is_some_and(|p| cx.dateline == Some(p));
    let placed_here = datelined
        || ev
            .place
            .is_some_and(|p| actors.iter().any(|a| a.entity == p && a.locative));
    // ("the Framework Agreement, which was signed in Paris": the noun the relative
    // clause is about names it.)
    let about_agreement = from >= 2
        && s.low(from - 1) == "which"
        && (from.saturating_sub(10)..from - 1).any(|t| AGREEMENT_NOUNS.contains(&s.low(t)));
    let agreement_named = ev.class != EventClass::Agreement
        || about_agreement
        || (from..to).any(|t| AGREEMENT_NOUNS.contains(&s.low(t)));
    if names_nobody && !(placed_here && ev.participants.is_empty() && agreement_named) {
        return None;
    }
    // ("Parliament opened its winter session", "Congress held a plenary session": a
    // session of one body, not talks. Talks in session have people.)
    // ("Ukraine's advance stopped at Bakhmut": only people stop in a town.)
    let trigger = ev.trigger.to_ascii_lowercase();
    let opens_or_holds = matches!(
        trigger.split_whitespace().next().unwrap_or(""),
        "opened" | "opens" | "open" | "began" | "begins" | "started" | "held" | "holds" | "hold"
    );
    let session = ev.class == EventClass::Meeting && opens_or_holds && trigger.ends_with("session");
    let stopped = ev.class == EventClass::Visit && trigger.starts_with("stopp");
    if (session || stopped) && cx.people_in(&ev.participants).is_empty() {
        return None;
    }
    // "ordered forces to the Persian Gulf", "deployed troops to Crimea": a deployment
    // happens where the forces are sent, not where the order was given.
    if ev.class == EventClass::MilitaryAction && ev.plover == "MOBILIZE" {
        // ("ordered troops to withdraw": an order, not a deployment.)
        let ends_in_to = ev.trigger.to_ascii_lowercase().ends_with(" to");
        let to = (last.saturating_sub(1)..(last + 3).min(s.tokens.len()))
            .find(|&t| matches!(s.low(t), "to" | "into" | "toward" | "towards"));
        // ("ordered paratroopers to Saudi Arabia": sent to a country, which is no place.)
        let sent_to = to.and_then(|to| {
            s.mentions.iter().enumerate().find_map(|(mi, m)| {
                (m.first_token > to && m.first_token <= to + 2)
                    .then(|| cx.res.entity(si, mi))
                    .flatten()
                    .filter(|&e| {
                        matches!(
                            cx.res.entities[e].kind,
                            EntityKind::Place | EntityKind::Country
                        )
                    })
            })
        });
        if ends_in_to && sent_to.is_none() {
            return None;
        }
        if let Some(p) = sent_to.filter(|&p| cx.res.entities[p].kind == EntityKind::Place) {
            ev.place = Some(p);
        }
    }
    if placed_without_actors(&ev) && ev.participants.is_empty() {
        // Only a place right after the trigger ("fighting in X", "a test at X", "marched
        // in X") or one opening its clause ("In Ganja, ... rockets struck a residential
        // area") is the event's own: not the dateline, not where talks about it were held.
        let place_after = ev.place.is_some_and(|p| {
            s.mentions.iter().enumerate().any(|(mi, m)| {
                // ("a suicide bombing on Wednesday evening at a hotel in the coastal town
                // of Netanya": further, while no comma closes the phrase.)
                let after = m.first_token >= last
                    && (m.first_token <= last + 8
                        || (m.first_token <= last + 14
                            && m.first_token < to
                            && !(last..m.first_token).any(|t| {
                                matches!(s.tok(t), "," | ";")
                                    || actors::CLAUSE_WORDS.contains(&s.low(t))
                            })));
                let subject = m.first_token >= from && m.first_token < first;
                (after || subject) && cx.res.entity(si, mi) == Some(p)
            })
        });
        if !place_after {
            return None;
        }
    }
    // ("held no formal bilateral meeting": the negation inside the trigger.)
    let no_inside = (first..last).any(|t| s.low(t) == "no");
    ev.modality = modality(s, first, from)
        .or_else(|| called_off_after(s, first, last).then_some(Modality::Negated))
        .or_else(|| no_inside.then_some(Modality::Negated))
        .or_else(|| {
            let consult = matches!(
                trig.class,
                EventClass::Visit
                    | EventClass::Meeting
                    | EventClass::PhoneCall
                    | EventClass::Summit
            );
            (consult && planned_before_participle(s, first)).then_some(Modality::Planned)
        });
    if names_nobody && ev.modality == Some(Modality::Negated) {
        return None;
    }
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
        // (Not a date inside a relative clause the trigger is outside of: "X, who
        // visited Moscow in 2022, will host Putin on Tuesday".)
        let trigger_in_aside = actors::in_aside(s, first);
        let in_clause: Vec<_> = dates
            .iter()
            .filter(|d| d.start >= clause_start && d.start < clause_end)
            .filter(|d| trigger_in_aside || !actors::in_aside(s, token_index(s, d.start)))
            .collect();
        // "Scholz met Macron in Paris and called Zelensky on Tuesday": a clause that ends
        // where a second act of the same subject begins shares that act's date.
        let shared = || {
            let next_act = to + 1 < s.tokens.len()
                && s.low(to) == "and"
                && (s.low(to + 1).ends_with("ed")
                    || matches!(s.low(to + 1), "met" | "held" | "flew" | "paid" | "spoke"));
            let until = (to..s.tokens.len())
                .find(|&t| matches!(s.tok(t), ";" | ","))
                .and_then(|t| s.tokens.get(t))
                .map_or(s.sentence.text.len(), |t| t.start);
            dates
                .iter()
                .filter(|d| d.start >= clause_end && d.start < until)
                .find(|_| next_act)
        };
        let pick = in_clause
            .iter()
            .copied()
            .min_by_key(|d| (d.start as isize - end as isize).unsigned_abs())
            .or_else(shared);
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
    if ev.place.is_none() && ev.modality.is_none() && reported_as_just_held(cx, &ev) {
        ev.place = cx.dateline;
    }
    // "A delegation led by A, including B and C, arrived in Kyiv and met Zelensky": a
    // member of a group the sentence lists before the talks brings the whole group.
    if matches!(trig.frame, Frame::Meet | Frame::Courtesy) && ev.class == EventClass::Meeting {
        let members: Vec<usize> = ev
            .participants
            .iter()
            .flat_map(|&p| cx.rosters.fellow_members(si, first, p).iter().copied())
            .collect();
        for m in members {
            push_unique(&mut ev.participants, m);
        }
    }
    Some((ev, (from, to)))
}

/// "said he would travel to the quake zone on Wednesday, visiting Kahramanmaras": a
/// participle after a comma shares the plan of the clause it trails (a "will", "would",
/// "is to", "plans to" since the last comma), and so is planned too.
fn planned_before_participle(s: &Analysed, first: usize) -> bool {
    let w = s.low(first);
    if first < 2 || s.tok(first - 1) != "," || !w.ends_with("ing") || w.len() < 6 {
        return false;
    }
    let comma = first - 1;
    let lowest = comma.saturating_sub(14);
    let start = (lowest..comma)
        .rev()
        .find(|&t| matches!(s.tok(t), "," | ";" | "\"" | "“" | "”"))
        .map_or(lowest, |t| t + 1);
    // (The plan must be the journey the participle goes on with: not "promised that
    // Berlin would send more air defence, visiting Kyiv on Monday".)
    let journey = |t: usize| {
        let verb =
            (t..comma).find(|&u| !matches!(s.low(u), "also" | "then" | "soon" | "later" | "first"));
        verb.is_some_and(|u| {
            matches!(
                s.low(u),
                "travel"
                    | "visit"
                    | "fly"
                    | "go"
                    | "head"
                    | "tour"
                    | "meet"
                    | "stop"
                    | "arrive"
                    | "leave"
                    | "return"
                    | "continue"
                    | "proceed"
                    | "make"
                    | "hold"
                    | "be"
            )
        })
    };
    (start..comma).any(|t| {
        (matches!(s.low(t), "will" | "would" | "'ll" | "’ll") && journey(t + 1))
            || (matches!(
                s.low(t),
                "is" | "are" | "plans" | "due" | "expected" | "scheduled" | "set"
            ) && s.low(t + 1) == "to"
                && journey(t + 2))
    })
}

/// "Sisi told visiting U.S. Secretary of State Antony Blinken in Cairo": "visiting"
/// before a name or title (at `first..last`) makes the one it names the traveller, and
/// whoever acts on him the host.
fn visitor_named_by_visiting(
    cx: &EventContext,
    si: usize,
    (first, last): (usize, usize),
    after: &[&Actor],
    ev: &mut Event,
) {
    let s = &cx.sentences[si];
    let adjectival = s.low(first) == "visiting"
        && last == first + 1
        && first > 0
        && s.tok(first - 1) != ","
        && s.mention_at(last).is_some_and(|mi| {
            let m = &s.mentions[mi];
            // ("visiting U.S. Secretary of State": a country before a title.)
            let title_next = s
                .mention_at(m.last_token)
                .is_some_and(|n| matches!(s.mentions[n].kind, MentionKind::Title { .. }));
            matches!(
                m.kind,
                MentionKind::Title { .. } | MentionKind::Demonym(_) | MentionKind::Person { .. }
            ) || cx.res.entity(si, mi).is_some_and(|e| {
                let kind = cx.res.entities[e].kind;
                kind == EntityKind::Person || (kind == EntityKind::Country && title_next)
            })
        });
    let guest = after
        .iter()
        .find(|a| a.kind == EntityKind::Person && a.token >= last && a.token <= last + 8)
        .map(|a| a.entity);
    let Some(guest) = guest.filter(|_| adjectival) else {
        return;
    };
    let hosts: Vec<usize> = cx
        .people_in(&ev.participants)
        .into_iter()
        .filter(|&p| p != guest)
        .collect();
    ev.sources = vec![guest];
    ev.targets.retain(|t| *t != guest);
    for h in hosts {
        push_unique(&mut ev.targets, h);
    }
    push_unique(&mut ev.participants, guest);
}
