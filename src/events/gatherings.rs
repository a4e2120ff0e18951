//! A gathering's people named as a group: "Leaders of the SCO gathered in Samarkand",
//! "the leaders spent several hours at a resort without aides". Where the article names
//! the summit's attendees elsewhere, a summit reported only through such a group is
//! held by them. And its stand-ins: those sent in a leader's place attend it.

use super::actors::push_unique;
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

/// Verbs that send someone to a gathering in one's place.
const SENDING: &[&str] = &["sending", "sent", "send", "sends"];

/// Lower-case words that may stand in the list of people sent: "sending their foreign
/// ministers, A and B", "sent Premier Li Qiang and Foreign Minister Lavrov respectively".
const SENT_LIST_WORDS: &[&str] = &[
    "his",
    "her",
    "its",
    "their",
    "the",
    "a",
    "an",
    "and",
    ",",
    "foreign",
    "minister",
    "ministers",
    "deputy",
    "deputies",
    "vice",
    "prime",
    "premier",
    "president",
    "envoy",
    "envoys",
    "ambassador",
    "ambassadors",
    "representative",
    "representatives",
    "crown",
    "prince",
    "speaker",
    "chancellor",
    "secretary",
    "state",
    "defence",
    "defense",
    "finance",
    "top",
    "diplomat",
    "senior",
    "special",
    "chief",
    "respectively",
];

/// Gatherings someone may be sent to ("sent Lavrov to the summit").
const SENT_TO: &[&str] = &[
    "summit",
    "meeting",
    "gathering",
    "conference",
    "talks",
    "forum",
    "session",
    "ceremony",
    "inauguration",
    "funeral",
    "assembly",
];

/// How many sentences before a "sent" the summit it speaks of may be reported.
const SENT_TO_SUMMIT: usize = 3;

/// Whether what follows the list of people sent ends a stand-in: the sentence's end, a
/// comma, "in his place", "instead", "to represent", "as his envoy", "to the summit";
/// not an errand or a trip ("to Kyiv", "to meet", "into talks", "scrambling").
fn ends_a_stand_in(s: &crate::recognize::Analysed, t: usize) -> bool {
    let w = s.low(t);
    let next = s.low(t + 1);
    matches!(w, "" | "." | "," | ";" | "instead")
        || (w == "in" && matches!(next, "his" | "her" | "their" | "its"))
        || (w == "to" && next == "represent")
        || (w == "as" && matches!(next, "his" | "her" | "their" | "its"))
        || (w == "to" && next == "the" && SENT_TO.contains(&s.low(t + 2)))
        || (w == "to" && SENT_TO.contains(&next))
}

/// "Xi stayed away from the summit, sending Premier Li Qiang", "Oman sent Deputy Prime
/// Minister Fahd": those sent in a leader's place attended the gathering, in an event of
/// their own (the one who stayed away is not with them). The gathering is an absence
/// reported before the verb in its sentence, or else a summit reported in it or in the
/// three sentences before.
pub(super) fn stand_ins(cx: &EventContext, events: &mut Vec<Event>) {
    let is_person = |e: usize| cx.res.entities[e].kind == EntityKind::Person;
    let mut found: Vec<Event> = Vec::new();
    for (si, s) in cx.sentences.iter().enumerate() {
        // (Each verb: "India sent Modi, while Brazil sent Lula".)
        for verb in (1..s.tokens.len()).filter(|&t| SENDING.contains(&s.low(t))) {
            // ("Lavrov, who was sent by Putin", "instead of sending Jaishankar", "did not
            // send anyone": no one stood in.)
            if matches!(
                s.low(verb - 1),
                "was"
                    | "were"
                    | "been"
                    | "being"
                    | "is"
                    | "are"
                    | "of"
                    | "not"
                    | "without"
                    | "never"
            ) {
                continue;
            }
            let verb_at = s.tokens[verb].start;
            // (The absence nearest before the verb: "Trump, who also skipped the East Asia
            // Summit, was not the only leader missing from the APEC forum: Putin sent A".)
            let absence = events
                .iter()
                .filter(|e| {
                    e.sentence == si
                        && e.modality == Some(Modality::Negated)
                        && matches!(e.class, EventClass::Summit | EventClass::Meeting)
                })
                .filter_map(|e| {
                    let at = s.sentence.text.find(&e.trigger)?;
                    (at < verb_at).then_some((at, e))
                })
                .max_by_key(|(at, _)| *at)
                .map(|(_, e)| e);
            // A summit of this sentence or the few before that `wanted` accepts.
            let summit_near = |wanted: &dyn Fn(&Event) -> bool| {
                events.iter().rev().find(|e| {
                    e.sentence <= si
                        && e.sentence + SENT_TO_SUMMIT >= si
                        && e.class == EventClass::Summit
                        && wanted(e)
                })
            };
            let gathering =
                absence.or_else(|| summit_near(&|e| e.modality != Some(Modality::Negated)));
            let Some(gathering) = gathering else {
                continue;
            };
            // The people sent are the verb's object, a list of names and posts right after
            // it, and what follows them ends the stand-in ("sent condolences to Erdogan",
            // "sent Lavrov to Beijing", "sent Harris to attend a funeral" are no stand-ins).
            let mut t = verb + 1;
            let mut sent: Vec<usize> = Vec::new();
            while t < s.tokens.len() {
                if let Some(mi) = s.mention_at(t) {
                    if let Some(e) = cx.res.entity(si, mi).filter(|&e| is_person(e)) {
                        if !gathering.participants.contains(&e) {
                            push_unique(&mut sent, e);
                        }
                    }
                    t = s.mentions[mi].last_token;
                } else if (SENT_LIST_WORDS.contains(&s.low(t))
                    && (s.low(t) != "," || s.mention_at(t + 1).is_some() || s.low(t + 1) == "and"))
                    || crate::names::is_honorific(s.tok(t))
                {
                    t += 1;
                } else {
                    break;
                }
            }
            if sent.is_empty() || !ends_a_stand_in(s, t) {
                continue;
            }
            let mut ev = Event::new(
                EventClass::Summit,
                (&gathering.cameo, &gathering.plover),
                s.tok(verb),
                &s.sentence.text,
                si,
            );
            ev.participants = sent;
            // (An absence often names no place: the summit reported before gives it.)
            ev.place = gathering
                .place
                .or_else(|| summit_near(&|e| e.place.is_some()).and_then(|e| e.place));
            ev.date.clone_from(&gathering.date);
            // ("will not attend, sending X": the stand-in is as planned as the absence.)
            let planned_absence = gathering.modality == Some(Modality::Negated)
                && (0..verb).any(|t| matches!(s.low(t), "will" | "won't" | "wo"));
            ev.modality = if planned_absence {
                Some(Modality::Planned)
            } else {
                gathering.modality.filter(|m| *m != Modality::Negated)
            };
            found.push(ev);
        }
    }
    for ev in found {
        let at = events.partition_point(|e| e.sentence <= ev.sentence);
        events.insert(at, ev);
    }
}
