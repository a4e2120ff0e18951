//! Calls that name one side: in a day of calls, "Erdogan telephoned to offer
//! condolences" was a call to the person the other calls were with, and "Sisi called
//! next, followed by King Abdullah" two such calls.

use super::actors::{push_unique, tally, Tally};
use super::EventContext;
use crate::ir::{Event, EventClass};

/// Words that open a call's own object: "telephoned each of the three leaders", "called
/// the two presidents".
const OBJECT_OPENERS: &[&str] = &[
    "each", "all", "both", "the", "his", "her", "their", "several", "two", "three", "four",
];

/// How many sentences back and ahead the calls of the day are looked for.
const DAY_OF_CALLS: usize = 6;

/// "Sisi called next, followed by King Abdullah II and the emir of Qatar, Sheikh Tamim":
/// those named after "followed by" made calls of their own, one each, not a call to the
/// one before them.
pub(super) fn calls_that_followed(cx: &EventContext, events: &mut Vec<Event>) {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for mut call in events.drain(..) {
        let s = &cx.sentences[call.sentence];
        let followed = (1..s.tokens.len())
            .find(|&t| s.low(t - 1) == "followed" && s.low(t) == "by")
            .filter(|_| call.class == EventClass::PhoneCall);
        let Some(by) = followed else {
            out.push(call);
            continue;
        };
        let after: Vec<usize> = s
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.first_token > by)
            .filter_map(|(mi, _)| cx.res.entity(call.sentence, mi))
            .filter(|e| call.participants.contains(e))
            .filter(|&e| cx.res.entities[e].kind == crate::ir::EntityKind::Person)
            .collect();
        if after.is_empty() || after.len() == call.participants.len() {
            out.push(call);
            continue;
        }
        call.participants.retain(|e| !after.contains(e));
        call.targets.retain(|e| !after.contains(e));
        call.sources.retain(|e| !after.contains(e));
        let theirs: Vec<Event> = after
            .iter()
            .map(|&p| Event {
                participants: vec![p],
                sources: vec![p],
                targets: Vec::new(),
                ..call.clone()
            })
            .collect();
        // (A call read once per person after its verb splits into the same calls.)
        for ev in std::iter::once(call).chain(theirs) {
            let again = out.iter().any(|o| {
                o.sentence == ev.sentence
                    && o.class == ev.class
                    && o.trigger == ev.trigger
                    && o.participants == ev.participants
            });
            if !again {
                out.push(ev);
            }
        }
    }
    *events = out;
}

/// Gives each call that names only its caller the other side of the calls reported
/// around it: the person in at least two of them and in most (on a tie, the one named
/// first in most, then the latest), when that is someone else. A call naming anyone or
/// anything besides its caller is left as it is.
pub(super) fn one_sided_calls(cx: &EventContext, events: &mut [Event]) {
    // (Every hub is found before any call is given one: a call filled in here is no
    // evidence for the next.)
    let hubs: Vec<(usize, usize)> = (0..events.len())
        .filter_map(|i| hub_of(cx, events, i).map(|hub| (i, hub)))
        .collect();
    for (i, hub) in hubs {
        let call = &mut events[i];
        push_unique(&mut call.targets, hub);
        push_unique(&mut call.participants, hub);
    }
}

/// The other side of call `i` when it names only its caller: the person in at least two
/// of the calls around it, and in most of them.
fn hub_of(cx: &EventContext, events: &[Event], i: usize) -> Option<usize> {
    let call = &events[i];
    if call.class != EventClass::PhoneCall || call.participants.len() != 1 {
        return None;
    }
    let caller = call.participants[0];
    if cx.people_in(&call.participants).is_empty() {
        return None;
    }
    // ("Clinton telephoned each of the three leaders": a call with an object of its own,
    // whoever it names, is not one to the day's hub.)
    let low = cx.sentences[call.sentence].lower_text();
    let trigger = call.trigger.to_lowercase();
    let object = low
        .find(&trigger)
        .and_then(|at| low[at + trigger.len()..].split_whitespace().next());
    if object.is_some_and(|w| OBJECT_OPENERS.contains(&w)) {
        return None;
    }
    let (since, until) = (
        call.sentence.saturating_sub(DAY_OF_CALLS),
        call.sentence + DAY_OF_CALLS,
    );
    let mut seen: Vec<Tally> = Vec::new();
    for (j, other) in events.iter().enumerate() {
        let near = other.sentence >= since && other.sentence <= until;
        if j == i || other.class != EventClass::PhoneCall || !near {
            continue;
        }
        let people = cx.people_in(&other.participants);
        if people.len() < 2 {
            continue;
        }
        for (k, p) in people.into_iter().enumerate() {
            tally(&mut seen, p, k == 0, j);
        }
    }
    // (On a tie, "Aoun spoke with Salih, ... with Saied": the one whose day it is, named
    // first.)
    seen.into_iter()
        .filter(|t| t.times >= 2)
        .max_by_key(|t| (t.times, t.named_first, t.latest))
        .map(|t| t.who)
        .filter(|&p| p != caller)
}
