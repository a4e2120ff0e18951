//! A gathering's people named as a group: "Leaders of the SCO gathered in Samarkand",
//! "the leaders spent several hours at a resort without aides". Where the article names
//! the summit's attendees elsewhere, a summit reported only through such a group is
//! held by them.

use super::EventContext;
use crate::ir::{EntityKind, Event, EventClass, Modality};

/// Plural nouns that name a gathering's members as a group.
const MEMBER_NOUNS: &[&str] = &[
    "leaders",
    "heads",
    "presidents",
    "premiers",
    "ministers",
    "participants",
    "delegates",
    "counterparts",
];

/// Words before a member noun that pick some of the members, not all of them: "the two
/// leaders met for an hour", "both presidents".
const SOME_OF_THEM: &[&str] = &[
    "two", "three", "four", "both", "other", "some", "several", "few", "many",
];

/// Fewest attendees that make a roster (two are a bilateral meeting, named as such).
const ROSTER: usize = 3;

/// Gives a summit that names no person but its members as a group ("the leaders") the
/// people of the article's other reports of the same gathering: summits of the same
/// modality and month (where both give one).
pub(super) fn members_named_as_a_group(cx: &EventContext, events: &mut [Event]) {
    let is_person = |p: &usize| cx.res.entities[*p].kind == EntityKind::Person;
    // (Not where another event of the sentence names the group's people, "when Xi and
    // the five Central Asian leaders held a virtual summit", or says what they did not
    // do, "Leaders of the G7 will not travel to Sochi for the summit".)
    let own_sentence = |i: usize| {
        let e = &events[i];
        events.iter().any(|f| {
            f.sentence == e.sentence
                && ((f.class == EventClass::Summit && f.participants.iter().any(is_person))
                    || f.modality == Some(Modality::Negated))
        })
    };
    let targets: Vec<usize> = (0..events.len())
        .filter(|&i| {
            let e = &events[i];
            e.class == EventClass::Summit
                && !e.participants.iter().any(is_person)
                && names_members(&cx.sentences[e.sentence])
                && !own_sentence(i)
        })
        .collect();
    for i in targets {
        let mut attendees: Vec<usize> = Vec::new();
        for f in events.iter() {
            if f.class == EventClass::Summit && same_gathering(&events[i], f) {
                for p in f.participants.iter().filter(|p| is_person(p)) {
                    if !attendees.contains(p) {
                        attendees.push(*p);
                    }
                }
            }
        }
        if attendees.len() >= ROSTER {
            events[i].participants.extend(attendees);
        }
    }
}

/// Whether a sentence names a gathering's members as a group, all of them.
pub(super) fn names_members(s: &crate::recognize::Analysed) -> bool {
    (0..s.tokens.len()).any(|t| {
        MEMBER_NOUNS.contains(&s.low(t)) && !(t > 0 && SOME_OF_THEM.contains(&s.low(t - 1)))
    })
}

/// Whether two summits can be one gathering: the same modality, and month where both
/// say.
fn same_gathering(a: &Event, b: &Event) -> bool {
    let month = |e: &Event| {
        e.date
            .as_ref()
            .map(|d| d.value.chars().take(7).collect::<String>())
    };
    let agree = |x: Option<String>, y: Option<String>| match (x, y) {
        (Some(x), Some(y)) => x.starts_with(&y) || y.starts_with(&x),
        _ => true,
    };
    a.modality == b.modality && agree(month(a), month(b))
}
