//! Groups whose members the article names ("The Mission comprised A; B; and C",
//! "Holbrooke's team"), so that a later "the Mission was received by Zelenskyy" or
//! "the team flew to Zagreb to see Tudjman" is an act of those members.

use super::actors::{names_another_post, title_start};
use crate::ir::EntityKind;
use crate::positions::PositionFacts;
use crate::recognize::Analysed;
use crate::resolve::Resolution;

/// Nouns of a group of people that acts as one: the head of a roster's name. (The
/// trigger patterns' membership lists, "The delegation comprised ...", use the same.)
const GROUP_NOUNS: &[&str] = &["mission", "delegation", "team", "troika", "panel"];

/// Words that open the noun phrase of a group ("the Indian delegation").
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "this"];

/// Verbs that open a group's list of members after its noun: "The Mission comprised
/// A; B; and C", "the delegation was led by A and included B".
const LIST_VERBS: &[&str] = &[
    "comprised",
    "comprises",
    "included",
    "includes",
    "consisted",
];

/// A group and the people it is made of.
struct Roster {
    /// The sentence that names the members.
    sentence: usize,
    /// Lower-cased modifiers, then the group noun: ["indian", "delegation"].
    words: Vec<String>,
    members: Vec<usize>,
}

/// The groups of one article whose members it names, in the order they were named.
#[derive(Default)]
pub struct Rosters {
    groups: Vec<Roster>,
}

impl Rosters {
    /// Finds the groups of an article's sentences: lists after a group noun ("The
    /// Mission comprised A; B; and C") and groups named by whose they are
    /// ("Holbrooke's team", "Blinken's delegation" stand for that person).
    pub fn of(sentences: &[Analysed], res: &Resolution, facts: &PositionFacts) -> Self {
        let mut rosters = Self::default();
        for (si, s) in sentences.iter().enumerate() {
            // The people of the sentence: (entity, first token, last token, whether the
            // mention names whose someone is rather than a member).
            let people: Vec<(usize, usize, usize, bool)> = s
                .mentions
                .iter()
                .enumerate()
                .filter_map(|(mi, m)| {
                    let e = res.entity(si, mi)?;
                    // ("Special Envoy of President Museveni", "led by Putin's special
                    // envoy Lavrentiev": the envoy is the member.)
                    let lead = title_start(s, m.first_token);
                    let whose = (lead > 0 && s.low(lead - 1) == "of")
                        || names_another_post(s, m.first_token)
                        || crate::names::is_possessive(s.tok(m.last_token))
                        || facts.is_consumed(si, m.first_token);
                    (res.entities[e].kind == EntityKind::Person).then_some((
                        e,
                        m.first_token,
                        m.last_token,
                        whose,
                    ))
                })
                .collect();
            for &(e, _, last, _) in &people {
                if let Some(noun) = group_of(s, last) {
                    rosters.groups.push(Roster {
                        sentence: si,
                        words: vec![s.low(noun).to_string()],
                        members: vec![e],
                    });
                }
            }
            for noun in 0..s.tokens.len() {
                // ("the Ukrainian delegation, which included Sybiha and Yermak": the same.)
                let verb = if s.tok(noun + 1) == "," && matches!(s.low(noun + 2), "which" | "that")
                {
                    noun + 3
                } else {
                    noun + 1
                };
                let lists = LIST_VERBS.contains(&s.low(verb))
                    || (matches!(s.low(verb), "was" | "were")
                        && matches!(s.low(verb + 1), "made" | "composed" | "led" | "headed"));
                if !lists {
                    continue;
                }
                let Some(words) = group_phrase(s, noun) else {
                    continue;
                };
                // The list runs to the end of the sentence, or to a comma before a verb
                // ("The delegation, which included A and B, met Z": not Z).
                let end = (verb + 1..s.tokens.len())
                    .find(|&t| s.tok(t) == "," && opens_verb_phrase(s.low(t + 1)))
                    .unwrap_or(s.tokens.len());
                let mut members: Vec<usize> = Vec::new();
                for &(e, first, _, whose) in &people {
                    if first > noun && first < end && !whose && !members.contains(&e) {
                        members.push(e);
                    }
                }
                if !members.is_empty() {
                    rosters.groups.push(Roster {
                        sentence: si,
                        words,
                        members,
                    });
                }
            }
        }
        rosters
    }

    /// The members of the groups named in tokens `from..to` of sentence `si`, with the
    /// token of the group's noun ("the Mission", "the Indian delegation"): a bare noun
    /// needs one group of that noun named so far, a noun with modifiers the group named
    /// with them; the latest such group counts.
    pub fn named_in(&self, s: &Analysed, si: usize, from: usize, to: usize) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for t in from..to.min(s.tokens.len()) {
            let Some(words) = group_phrase(s, t) else {
                continue;
            };
            // ("the delegation's proposals", "the team of experts": not the group acting.)
            if crate::names::is_possessive(s.tok(t + 1)) || s.low(t + 1) == "of" {
                continue;
            }
            let fits = |r: &&Roster| {
                r.sentence <= si
                    && r.words.last() == words.last()
                    && (words.len() == 1 || r.words == words)
            };
            let mut kinds: Vec<&Vec<String>> = Vec::new();
            for r in self.groups.iter().filter(fits) {
                if !kinds.contains(&&r.words) {
                    kinds.push(&r.words);
                }
            }
            if kinds.len() != 1 {
                continue;
            }
            if let Some(r) = self.groups.iter().rev().find(fits) {
                for &m in &r.members {
                    if !out.iter().any(|&(e, _)| e == m) {
                        out.push((m, t));
                    }
                }
            }
        }
        out
    }
}

/// Does `word` (lower-cased) open a verb phrase: a past form or a common auxiliary?
fn opens_verb_phrase(word: &str) -> bool {
    (word.ends_with("ed") && word != "red")
        || matches!(
            word,
            "met"
                | "held"
                | "told"
                | "said"
                | "says"
                | "flew"
                | "went"
                | "began"
                | "took"
                | "will"
                | "would"
                | "is"
                | "was"
                | "were"
                | "are"
                | "has"
                | "have"
                | "had"
        )
}

/// The group noun a person's possessive names: "Holbrooke's team", "Holbrooke's
/// negotiating team" (`last` is the mention's last token, its "'s").
fn group_of(s: &Analysed, last: usize) -> Option<usize> {
    if !crate::names::is_possessive(s.tok(last)) {
        return None;
    }
    (last + 1..last + 3)
        .find(|&t| GROUP_NOUNS.contains(&s.low(t)))
        .filter(|&t| (last + 1..t).all(|u| s.tok(u).starts_with(char::is_lowercase)))
}

/// The words naming the group whose noun is at token `noun`: the modifiers after a
/// determiner, then the noun ("The Indian delegation" -> ["indian", "delegation"]);
/// `None` without a determiner within three words, or for a plural.
fn group_phrase(s: &Analysed, noun: usize) -> Option<Vec<String>> {
    if !GROUP_NOUNS.contains(&s.low(noun)) {
        return None;
    }
    let det = (noun.saturating_sub(3)..noun)
        .rev()
        .find(|&t| DETERMINERS.contains(&s.low(t)))?;
    let modifiers = det + 1..noun;
    if modifiers
        .clone()
        .any(|t| !s.tok(t).starts_with(char::is_alphanumeric))
    {
        return None;
    }
    Some(
        modifiers
            .chain([noun])
            .map(|t| s.low(t).to_string())
            .collect(),
    )
}
