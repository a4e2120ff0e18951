//! Events across sentences and within lists: people who join talks already reported,
//! talks named again, a tour's stops, and separate talks with each of several guests.

use super::actors::{actors_in, clause, push_unique, token_index};
use super::place::is_city_like;
use super::{read_event, EventContext, Trigger};
use crate::ir::{EntityKind, Event, EventClass, Modality};
use crate::names::is_copula;

/// Nouns after "the meeting" that make it a modifier ("the meeting room").
const NOT_THE_TALKS: &[&str] = &["room", "hall", "venue", "table", "place", "site", "point"];

/// "The signing at Harambee House was witnessed by Annan and Kikwete": a signing named
/// again (the noun after "the", with no person before it in its clause) is by those who
/// signed the agreement of the three sentences before, with its witnesses.
pub(super) fn signing_named_again(
    cx: &EventContext,
    si: usize,
    first: usize,
    ev: &mut Event,
    events: &[Event],
) {
    let s = &cx.sentences[si];
    if ev.class != EventClass::Agreement
        || s.low(first) != "signing"
        || first == 0
        || s.low(first - 1) != "the"
        || ev.modality.is_some()
    {
        return;
    }
    let named_before = s.mentions.iter().enumerate().any(|(mi, m)| {
        m.last_token <= first
            && cx
                .res
                .entity(si, mi)
                .is_some_and(|e| cx.res.entities[e].kind == EntityKind::Person)
    });
    if named_before {
        return;
    }
    let signed = events
        .iter()
        .rev()
        .take_while(|e| e.sentence + 3 >= si)
        .find(|e| e.sentence < si && e.class == EventClass::Agreement && e.modality.is_none());
    let Some(signed) = signed else {
        return;
    };
    if cx.people_in(&signed.participants).is_empty() {
        return;
    }
    ev.participants = signatories_and(cx, signed, &ev.participants);
    ev.place = ev.place.or(signed.place);
}

/// The people who signed agreement `signed`, then `witnesses` (each once): a signing
/// named again with those who witnessed it.
fn signatories_and(cx: &EventContext, signed: &Event, witnesses: &[usize]) -> Vec<usize> {
    let mut participants = cx.people_in(&signed.participants);
    for &p in witnesses {
        push_unique(&mut participants, p);
    }
    participants
}

/// "The talks began in a restricted format": talks reported in the last four sentences,
/// mentioned again, with this sentence's own place, date and modality where it gives
/// them. "It was the first meeting since ..." describes, and reports nothing.
pub(super) fn mention_again(
    cx: &EventContext,
    si: usize,
    (start, end, trig): (usize, usize, &Trigger),
    events: &[Event],
) -> Option<Event> {
    let s = &cx.sentences[si];
    let (first, last) = (token_index(s, start), token_index(s, end));
    if first > 0 && is_copula(s.low(first - 1)) {
        return None;
    }
    // "told NBC News that these talks ...": "that" is a conjunction there.
    let determiner_inside =
        (first + 1..last).any(|t| matches!(s.low(t), "these" | "those" | "this" | "the" | "a"));
    if NOT_THE_TALKS.contains(&s.low(last)) || determiner_inside {
        return None;
    }
    let earlier = reported_before(events, si, |e| {
        matches!(e.class, EventClass::Meeting | EventClass::Summit) && e.participants.len() >= 2
    })?;
    let (mut ev, _) = read_event(cx, si, (start, end), trig, (&[], &[]))?;
    // "He had prepared today's meeting in a call with Merkel": those the sentence gives
    // to another event of its own are not parties to the talks named again.
    let elsewhere: Vec<usize> = events
        .iter()
        .rev()
        .take_while(|e| e.sentence == si)
        .filter(|e| matches!(e.class, EventClass::PhoneCall | EventClass::Meeting))
        .flat_map(|e| e.participants.iter().copied())
        .filter(|p| !earlier.participants.contains(p))
        .collect();
    ev.participants.retain(|p| !elsewhere.contains(p));
    // "The talks in Riyadh on February 18 between Rubio and Lavrov": talks with people,
    // a place or a date of their own that differ from the talks just reported are
    // other talks, not those named again.
    let own_people = cx
        .people_in(&ev.participants)
        .iter()
        .filter(|p| !earlier.participants.contains(p))
        .count();
    let differs = |a: Option<usize>, b: Option<usize>| a.is_some() && b.is_some() && a != b;
    let other_date = match (&ev.date, &earlier.date) {
        (Some(a), Some(b)) => a.value != b.value,
        _ => false,
    };
    // ("withdrew from the talks held in Istanbul in March 2022": another place and
    // another date are other talks even with nobody named.)
    let other_place = differs(ev.place, earlier.place);
    if (own_people >= 2 && (other_place || other_date)) || (other_place && other_date) {
        return Some(ev);
    }
    for &p in &earlier.participants {
        push_unique(&mut ev.participants, p);
    }
    ev.place = ev.place.or(earlier.place);
    if ev.date.is_none() {
        ev.date.clone_from(&earlier.date);
    }
    Some(ev)
}

/// "The talks resumed in Havana" after delegations were listed (`listed`, their people)
/// and no talks reported: the talks of those delegations. (Talks reported before are
/// named again by [`mention_again`].)
pub(super) fn talks_of_those_listed(
    cx: &EventContext,
    si: usize,
    (start, end, trig): (usize, usize, &Trigger),
    listed: &[usize],
    events: &[Event],
) -> Option<Event> {
    let s = &cx.sentences[si];
    let first = token_index(s, start);
    let talks_before = talks_reported_near(events, si);
    if listed.len() < 2 || talks_before || (first > 0 && is_copula(s.low(first - 1))) {
        return None;
    }
    let mut ev = read_event(cx, si, (start, end), trig, (&[], &[]))
        .map_or_else(|| trig.event_at(s, (start, end), si), |(ev, _)| ev);
    for &p in listed {
        push_unique(&mut ev.participants, p);
    }
    Some(ev)
}

/// Whether a join trigger (lower case) says who was there: "attended", "Present were",
/// "Among the guests were".
pub(super) fn names_presence(trigger: &str) -> bool {
    ["attend", "present", "among"]
        .iter()
        .any(|w| trigger.contains(w))
}

/// Whether talks or a summit were reported in sentence `si` or the six before it.
pub(super) fn talks_reported_near(events: &[Event], si: usize) -> bool {
    events
        .iter()
        .rev()
        .take_while(|e| e.sentence + 6 >= si)
        .any(|e| matches!(e.class, EventClass::Meeting | EventClass::Summit))
}

/// "At their meeting in Helsinki on Sunday, Bush and Gorbachev agreed": with no talks
/// reported before, "their" talks fronted before a comma are those of the people the
/// sentence names right after it (two or more).
pub(super) fn their_own_talks(
    cx: &EventContext,
    si: usize,
    (start, end, trig): (usize, usize, &Trigger),
    events: &[Event],
) -> Option<Event> {
    let s = &cx.sentences[si];
    let (first, last) = (token_index(s, start), token_index(s, end));
    let talks_before = talks_reported_near(events, si);
    if s.low(first) != "their" || talks_before {
        return None;
    }
    let comma = (last..s.tokens.len()).find(|&t| s.tok(t) == ",")?;
    let mut people = Vec::new();
    let mut t = comma + 1;
    while t < s.tokens.len() {
        if let Some(mi) = s.mention_at(t) {
            if let Some(e) = cx.res.entity(si, mi) {
                if cx.res.entities[e].kind == EntityKind::Person {
                    push_unique(&mut people, e);
                }
            }
            t = s.mentions[mi].last_token.max(t + 1);
        } else if matches!(s.low(t), "and" | ",") {
            t += 1;
        } else {
            break;
        }
    }
    if people.len() < 2 {
        return None;
    }
    let mut ev = trig.event_at(s, (start, end), si);
    ev.participants = people;
    Some(ev)
}

/// "Xi hosted Macron in Guangzhou on Friday, a day after their formal talks in Beijing":
/// talks of the same people that the sentence sets before or after its own, in a town
/// of their own, are other talks, there.
pub(super) fn their_talks_elsewhere(
    cx: &EventContext,
    si: usize,
    (start, end, _): (usize, usize, &Trigger),
    events: &[Event],
) -> Option<Event> {
    let s = &cx.sentences[si];
    let (first, last) = (token_index(s, start), token_index(s, end));
    let their = s.low(first) == "their";
    let set_apart = first > 0 && matches!(s.low(first - 1), "after" | "before" | "since");
    if !their || !set_apart {
        return None;
    }
    let here = events
        .iter()
        .rev()
        .take_while(|e| e.sentence == si)
        .find(|e| e.class == EventClass::Meeting && cx.people_in(&e.participants).len() >= 2)?;
    // The town right after the talks: "talks in Beijing", "talks at the Élysée in Paris".
    let town = s
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.first_token >= last && m.first_token <= last + 6)
        .filter(|(_, m)| (last..m.first_token).any(|t| matches!(s.low(t), "in" | "at")))
        .filter_map(|(mi, _)| cx.res.entity(si, mi))
        .find(|&e| is_city_like(cx, e))?;
    if here.place == Some(town) {
        return None;
    }
    let mut ev = here.clone();
    ev.trigger = s.sentence.text[start..end].to_string();
    ev.place = Some(town);
    ev.date = None;
    // (Talks "before" planned talks lie ahead too; talks "after" or "since" were held.)
    ev.modality = if s.low(first - 1) == "before" {
        here.modality
    } else {
        None
    };
    ev.destinations.clear();
    Some(ev)
}

/// The latest event of the four sentences before sentence `si` that `wanted` accepts:
/// what an event named again ("the talks", "the visit") refers to.
pub(super) fn reported_before(
    events: &[Event],
    si: usize,
    wanted: impl Fn(&Event) -> bool,
) -> Option<&Event> {
    events
        .iter()
        .rev()
        .take_while(|e| e.sentence + 4 >= si)
        .find(|e| e.sentence < si && wanted(e))
}

/// "co-chaired the session, joined by A and B", "Bush was flanked by Baker", "Taking
/// part in the talks were X and Y": those joining are parties to the talks of their
/// sentence; else to the talks reported in the six sentences before, in an event of
/// their own; with no talks near, they join nothing, and are returned as a party (two
/// people or more) that later talks may be held by.
pub(super) fn join_talks(
    cx: &EventContext,
    mut ev: Event,
    events: &mut Vec<Event>,
    unnamed: &mut [Event],
) -> Option<Vec<usize>> {
    // A call is talks too: those taking part in or sitting in on it join it ("Also
    // taking part were ...", of a video conference).
    let is_talks = |e: &Event| {
        matches!(
            e.class,
            EventClass::Meeting | EventClass::Summit | EventClass::PhoneCall
        )
    };
    let here = events
        .iter_mut()
        .rev()
        .take_while(|e| e.sentence == ev.sentence)
        .find(|e| is_talks(e));
    if let Some(talks) = here {
        if talks.modality == Some(Modality::Negated) && stands_in(cx, &ev) {
            let stand_in = stand_in_for_absence(cx, ev, talks);
            events.extend(stand_in);
            return None;
        }
        for &p in &ev.participants {
            push_unique(&mut talks.participants, p);
        }
        return None;
    }
    // "The accord was signed in the presence of X and Y": witnesses of a signing take
    // part in the agreement.
    let signing = events
        .iter_mut()
        .rev()
        .take_while(|e| e.sentence == ev.sentence)
        .find(|e| e.class == EventClass::Agreement);
    if let Some(agreement) = signing {
        for &p in &ev.participants {
            push_unique(&mut agreement.participants, p);
        }
        return None;
    }
    // "... signed the agreement in Psarades. Tsipras and Zaev looked on": witnesses of
    // the signing of the sentence before (a signing of this sentence was joined above),
    // the agreement named again, with them. ("For years Beijing has looked on as Tokyo
    // rearmed": watching, not witnessing; and those looking on witness a signing, never
    // talks.)
    if crate::names::is_looking_on(&ev.trigger.to_lowercase()) {
        let s = &cx.sentences[ev.sentence];
        let watching = (0..s.tokens.len())
            .find(|&t| matches!(s.low(t), "looked" | "looks" | "looking") && s.low(t + 1) == "on")
            .is_some_and(|t| {
                (t > 0 && matches!(s.low(t - 1), "have" | "has" | "had")) || s.low(t + 2) == "as"
            });
        let signed = events
            .iter()
            .rev()
            .take_while(|e| e.sentence + 1 >= ev.sentence)
            .find(|e| e.class == EventClass::Agreement && e.modality.is_none());
        if let Some(signed) = signed.filter(|_| !watching) {
            let mut again = signed.clone();
            again.participants = signatories_and(cx, signed, &ev.participants);
            again.trigger = ev.trigger;
            again.evidence = ev.evidence;
            again.sentence = ev.sentence;
            events.push(again);
        }
        return None;
    }
    // With no talks near, "X was accompanied by his wife" reports none; but "the
    // talks opened in the presence of A, B and C", "taking part were A and B" are talks
    // of those present.
    // ("Kishida and Aso attended." names no gathering: only one reported in the
    // sentence just before, not an older one past a funeral reported since.)
    let bare = ev.trigger.eq_ignore_ascii_case("attended");
    let window = if bare { 1 } else { 6 };
    let Some(talks) = events
        .iter()
        .rev()
        .take_while(|e| e.sentence + window >= ev.sentence)
        .find(|e| is_talks(e))
    else {
        let trigger = ev.trigger.to_lowercase();
        let attendance = names_presence(&trigger)
            || [
                "presence",
                "taking part",
                "took part",
                "participat",
                "represented",
                // ("The leaders included A, B and C", "A, B and C posed for the family photo",
                // "The summit brought together A, B and C".)
                "leaders",
                "ministers",
                "heads of",
                "participants",
                "delegates",
                "attendees",
                "dignitaries",
                "photo",
                "picture",
                "together",
            ]
            .iter()
            .any(|w| trigger.contains(w));
        // (Only where the sentence speaks of talks: witnesses of a signing or of a
        // ceremony hold none.)
        let s = &cx.sentences[ev.sentence];
        let talks_named = (0..s.tokens.len()).any(|t| {
            matches!(
                s.low(t),
                "talks"
                    | "meeting"
                    | "negotiations"
                    | "summit"
                    | "conference"
                    | "session"
                    | "consultations"
            )
        });
        // ("Around the table were A, B and C": a table names talks of its own.)
        let at_table = trigger.contains("table");
        let party = cx.people_in(&ev.participants);
        // "Leaders of the SCO gathered in Samarkand for their summit. ... Around the
        // table were A, B and C": a summit or talks reported with nobody named are
        // those the list names.
        // (The report with nobody named is held by them too.)
        let gathering = unnamed
            .iter_mut()
            .rev()
            .take_while(|e| e.sentence + window >= ev.sentence)
            .find(|e| is_talks(e) && e.sentence <= ev.sentence);
        if let Some(gathering) = gathering.filter(|_| (attendance || at_table) && party.len() >= 2)
        {
            ev.class = gathering.class;
            ev.place = ev.place.or(gathering.place);
            // (Not one reported through its members as a group, "a summit of Gulf
            // leaders": `members_named_as_a_group` gives it all of its reports' people.)
            if !super::gatherings::names_members(&cx.sentences[gathering.sentence]) {
                for &p in &party {
                    push_unique(&mut gathering.participants, p);
                }
            }
            events.push(ev);
            return None;
        }
        if (attendance && talks_named || at_table) && party.len() >= 2 {
            events.push(ev);
            return None;
        }
        // (One person is a party too: "Iran's delegation was led by Bagheri Kani. The
        // other parties were represented by A, B and C.")
        return (!party.is_empty()).then_some(party);
    };

    // "Also at the table were A, B and C": a summit's attendance list names its own
    // people, and pairs them with the earlier ones only when it points back to them
    // ("joined them for dinner", "joined by their foreign ministers").
    // (A summit reported with its host alone, "X opened the summit. Around the table
    // were A, B and C", had the host at the table too.)
    let host_alone = cx.people_in(&talks.participants).len() == 1
        && talks.modality != Some(Modality::Negated)
        && [
            "opened", "hosted", "chaired", "welcomed", "convened", "presided",
        ]
        .iter()
        .any(|w| talks.evidence.contains(w));
    if talks.class != EventClass::Summit || host_alone || points_back(&cx.sentences[ev.sentence]) {
        for &p in &talks.participants {
            push_unique(&mut ev.participants, p);
        }
    }
    if talks.class == EventClass::Summit {
        ev.class = EventClass::Summit;
    }
    if ev.place.is_none() {
        ev.place = talks.place;
    }
    // Joining a call is taking part in a call.
    if talks.class == EventClass::PhoneCall {
        ev.class = EventClass::PhoneCall;
    }
    take_part_before(cx, &ev, events);
    events.push(ev);
    None
}

/// Byte offset of the joiner's trigger in its sentence (0 if not found).
fn trigger_at(cx: &EventContext, ev: &Event) -> usize {
    cx.sentences[ev.sentence]
        .sentence
        .text
        .find(&ev.trigger)
        .unwrap_or(0)
}

/// Whether a joiner of an absence reported in its sentence stands in for it: "Castro
/// did not attend, and Havana was represented by Lage" (the absence's negation reaches
/// over ", and": not a negation of the standing in, which would sit right before it).
fn stands_in(cx: &EventContext, ev: &Event) -> bool {
    let s = &cx.sentences[ev.sentence];
    let after = trigger_at(cx, ev);
    let negated_itself = s
        .tokens
        .iter()
        .position(|t| t.start >= after)
        .is_some_and(|t| {
            (t.saturating_sub(3)..t).any(|u| matches!(s.low(u), "not" | "n't" | "never"))
        });
    ev.modality.is_none() || (ev.trigger.to_lowercase().contains("represent") && !negated_itself)
}

/// Those standing in for an absence (`absence`, of the joiner's sentence) attended, in
/// an event of their own taken out of the absence: the people named after the joiner's
/// trigger (none: no event).
fn stand_in_for_absence(cx: &EventContext, mut ev: Event, absence: &mut Event) -> Option<Event> {
    let s = &cx.sentences[ev.sentence];
    let after = trigger_at(cx, &ev);
    ev.modality = None;
    let standing_in: Vec<usize> = s
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.start > after)
        .filter_map(|(mi, _)| cx.res.entity(ev.sentence, mi))
        .filter(|p| ev.participants.contains(p))
        .collect();
    if cx.people_in(&standing_in).is_empty() {
        return None;
    }
    absence.participants.retain(|p| !standing_in.contains(p));
    absence.targets.retain(|p| !standing_in.contains(p));
    absence.sources.retain(|p| !standing_in.contains(p));
    ev.participants.retain(|p| standing_in.contains(p));
    ev.class = absence.class;
    ev.place = ev.place.or(absence.place);
    if ev.date.is_none() {
        ev.date.clone_from(&absence.date);
    }
    Some(ev)
}

/// "India and China held talks. The Indian side included A and B. The Chinese side was
/// led by C": the talks reported before their people were listed are held by them too.
/// Each earlier report of the talks the joiner `ev` continues (within its window, its
/// people all among the joiner's) takes the joiner's people.
fn take_part_before(cx: &EventContext, ev: &Event, events: &mut [Event]) {
    let party = cx.people_in(&ev.participants);
    for e in events
        .iter_mut()
        .rev()
        .take_while(|e| e.sentence + 6 >= ev.sentence)
        .filter(|e| e.class == ev.class && e.modality == ev.modality)
    {
        // ("The two leaders held a one-on-one meeting": talks between them alone, which
        // the delegations listed next did not sit in.)
        // (Nor "On arrival at the airport, she was received by A and B": a welcome, not
        // the talks.)
        let low = cx.sentences[e.sentence].lower_text();
        if held_in_private(low, &e.trigger) || welcome_on_arrival(low) {
            continue;
        }
        let people = cx.people_in(&e.participants);
        if !people.iter().all(|p| party.contains(p)) {
            break;
        }
        for &p in &party {
            push_unique(&mut e.participants, p);
        }
    }
}

/// Words that say talks were held by their principals alone: "a one-on-one meeting",
/// "talks in a narrow format", "a tête-à-tête".
const IN_PRIVATE: &[&str] = &[
    "one-on-one",
    "one on one",
    "tete-a-tete",
    "tête-à-tête",
    "narrow format",
    "restricted format",
    "in private",
    "four-eyes",
    "without aides",
];

/// Whether a sentence (lower case) says its talks were held by their principals alone
/// (not "began in a restricted format and continued with the delegations").
fn held_in_private(low: &str, trigger: &str) -> bool {
    // (The words in the trigger or right after it: "held a one-on-one meeting", "talks
    // began in a narrow format"; not "After a tete-a-tete, the leaders chaired a meeting
    // of the council", "The talks, which included a one-on-one session".)
    let trigger = trigger.to_lowercase();
    let near = low.find(&trigger).map_or("", |at| {
        let stop = (at + trigger.len() + 25).min(low.len());
        let stop = (stop..=low.len())
            .find(|&i| low.is_char_boundary(i))
            .unwrap_or(low.len());
        &low[at..stop]
    });
    IN_PRIVATE.iter().any(|w| near.contains(w))
        && !near.contains("includ")
        && ![
            "delegation",
            "expanded",
            "extended format",
            "continued with",
        ]
        .iter()
        .any(|w| low.contains(w))
}

/// Whether a sentence (lower case) tells of a welcome where a traveller landed: "On
/// arrival at Hazrat Shahjalal International Airport, she was received by ...".
fn welcome_on_arrival(low: &str) -> bool {
    [
        "on arrival",
        "upon arrival",
        "on her arrival",
        "on his arrival",
        "airport",
        "airbase",
        "air base",
        "tarmac",
    ]
    .iter()
    .any(|w| low.contains(w))
}

/// Whether a joiner's sentence refers to the people already at the talks: "them",
/// "their", "the leaders", "the two leaders", "the heads of state".
fn points_back(s: &crate::recognize::Analysed) -> bool {
    (0..s.tokens.len()).any(|t| {
        matches!(s.low(t), "them" | "their")
            || (matches!(s.low(t), "leaders" | "heads")
                && t > 0
                && matches!(s.low(t - 1), "the" | "two" | "three" | "four" | "both"))
    })
}

/// The country a person serves: the gazetteer's, else that of a post the article gives.
pub(super) fn home_country(cx: &EventContext, person: usize) -> Option<usize> {
    let country_of = |e: usize| crate::positions::country_of(&cx.res.entities, e);
    cx.res.entities[person].located_in.or_else(|| {
        cx.facts
            .positions
            .iter()
            .filter(|p| p.holder == person)
            .find_map(|p| p.affiliation.and_then(country_of))
    })
}

/// "flew back to New Delhi", "left for New Delhi", "before returning to Jakarta": a
/// traveller going back to a town of their own country makes no visit there.
pub(super) fn drop_trips_home(cx: &EventContext, si: usize, ev: Event) -> Option<Event> {
    if ev.class != EventClass::Visit {
        return Some(ev);
    }
    let Some(place) = ev.place else {
        return Some(ev);
    };
    let home = ev.sources.first().and_then(|&v| home_country(cx, v));
    if home.is_none() || cx.res.entities[place].located_in != home {
        return Some(ev);
    }
    let trigger = ev.trigger.to_lowercase();
    let leaving = ["back", "return", "left", "leave", "depart"]
        .iter()
        .any(|w| trigger.contains(w));
    // "... before returning to Jakarta": the words before the town say so.
    let s = &cx.sentences[si];
    let returning = s.mentions.iter().enumerate().any(|(mi, m)| {
        cx.res.entity(si, mi) == Some(place)
            && (m.first_token.saturating_sub(3)..m.first_token)
                .any(|t| s.low(t).starts_with("return") || s.low(t) == "back")
    });
    if leaving {
        return None;
    }
    if !returning {
        return Some(ev);
    }
    // "flew in from Vilnius ... before returning to Washington": the trip stands, the
    // way home is not its place; a stop of a tour that is the way home goes.
    let other_stop = ev
        .destinations
        .iter()
        .any(|&d| d != place && cx.res.entities[d].kind == EntityKind::Place);
    (!other_stop).then_some(Event { place: None, ..ev })
}

/// "travelling on to Philadelphia, New York and Boston": each stop of a tour is a visit
/// of its own, there.
pub(super) fn split_stops(cx: &EventContext, ev: Event) -> Vec<Event> {
    if ev.class != EventClass::Visit {
        return vec![ev];
    }
    // Cities, and regions joined to another stop by "and": "Aspen, Colorado" and "the
    // Konstantinovsky Palace in St Petersburg" are one stop each, "visiting Hawaii and
    // the historic town of Williamsburg" two.
    let towns: Vec<usize> = ev
        .destinations
        .iter()
        .copied()
        .filter(|&d| is_city_like(cx, d) || region_joined(cx, &ev, d))
        .collect();
    if towns.len() < 2 {
        return split_countries(cx, ev);
    }
    towns
        .iter()
        .map(|&town| {
            let mut stop = ev.clone();
            stop.destinations = vec![town];
            stop.place = Some(town);
            stop
        })
        .collect()
}

/// Whether destination `d` of a visit is a region joined by "and" to another of its
/// destinations ("Kahramanmaras, the epicentre, and the province of Hatay"), with no
/// new clause between.
fn region_joined(cx: &EventContext, ev: &Event, d: usize) -> bool {
    let region = &cx.res.entities[d];
    if region.kind != EntityKind::Place || region.subkind.as_deref() != Some("region") {
        return false;
    }
    let s = &cx.sentences[ev.sentence];
    let spans = |e: usize| {
        s.mentions
            .iter()
            .enumerate()
            .filter(move |&(mi, _)| cx.res.entity(ev.sentence, mi) == Some(e))
            .map(|(_, m)| (m.first_token, m.last_token))
    };
    let joined = |a: (usize, usize), b: (usize, usize)| {
        let gap = a.1..b.0;
        a.1 <= b.0
            && gap.len() <= 12
            && gap.clone().any(|t| s.low(t) == "and")
            && gap.clone().all(|t| {
                let w = s.low(t);
                !crate::events::actors::CLAUSE_WORDS.contains(&w)
                    && !matches!(
                        w,
                        "where" | "which" | "who" | "then" | "in" | "from" | "its" | "their"
                    )
                    && !s.tok(t).starts_with(char::is_uppercase)
            })
    };
    // ("Aspen, Colorado, and Denver": a region right after a name's comma says where
    // the place named is.)
    let after_town = |r: (usize, usize)| {
        r.0 >= 2 && s.tok(r.0 - 1) == "," && s.tok(r.0 - 2).starts_with(char::is_uppercase)
    };
    spans(d).any(|r| {
        !after_town(r)
            && ev.destinations.iter().filter(|&&o| o != d).any(|&o| {
                cx.res.entities[o].kind == EntityKind::Place
                    && spans(o).any(|t| joined(r, t) || joined(t, r))
            })
    })
}

/// "The tour took Clinton to Ghana, Uganda, Rwanda and Senegal": a visit to a list of
/// countries is a stop in each, with no place (a country alone gives none) unless the
/// town found for the trip lies in it; a town that is a stop itself is one more.
fn split_countries(cx: &EventContext, ev: Event) -> Vec<Event> {
    let s = &cx.sentences[ev.sentence];
    let is_country = |e: usize| cx.res.entities[e].kind == EntityKind::Country;
    let listed: Vec<(usize, usize, usize)> = s
        .mentions
        .iter()
        .enumerate()
        .filter_map(|(mi, m)| {
            let e = cx.res.entity(ev.sentence, mi)?;
            (is_country(e) && ev.destinations.contains(&e)).then_some((
                m.first_token,
                m.last_token,
                e,
            ))
        })
        .collect();
    // The countries must follow one another as a list: "A, B and C", "Italy, the
    // Netherlands and Norway" (but "Bulgaria and the Czech Republic", a pair joined by
    // "and the", is read as one trip, as the sample article's gold has it).
    let the_allowed = listed.len() >= 3;
    let is_list = listed.len() >= 2
        && listed.windows(2).all(|w| {
            (w[0].1..w[1].0)
                .all(|t| matches!(s.low(t), "," | "and") || (the_allowed && s.low(t) == "the"))
        });
    if !is_list {
        return vec![ev];
    }
    // A town found for the trip is the place of the stop in its country ("toured Italy,
    // France and Germany, a trip that ended in Berlin"); a town in none of them was not
    // where the trip went ("... when coups worried Washington").
    let in_country = |place: usize, country: usize| {
        place == country || cx.res.entities[place].located_in == Some(country)
    };
    // ("took him to Paris, Serbia and Hungary": Paris is a stop of its own.)
    let listed_country = |e: &usize| listed.iter().any(|&(_, _, c)| c == *e);
    // (Only a town in the run of the list itself, not one named later in the clause.)
    let (run_from, run_to) = (listed[0].0, listed[listed.len() - 1].1);
    let in_run = |p: usize| {
        s.mentions.iter().enumerate().any(|(mi, m)| {
            cx.res.entity(ev.sentence, mi) == Some(p)
                && m.first_token + 2 >= run_from
                && m.first_token <= run_to
        })
    };
    let own_stop = ev.place.filter(|&p| {
        ev.destinations.contains(&p)
            && in_run(p)
            && !listed.iter().any(|&(_, _, c)| in_country(p, c))
    });
    let mut stops: Vec<Event> = Vec::new();
    if let Some(p) = own_stop {
        let mut stop = ev.clone();
        stop.destinations = vec![p];
        stop.participants.retain(|e| !listed_country(e));
        stop.targets.retain(|e| !listed_country(e));
        stops.push(stop);
    }
    stops.extend(listed.iter().map(|&(_, _, country)| {
        let mut stop = ev.clone();
        stop.place = ev.place.filter(|&p| in_country(p, country));
        stop.destinations = vec![country];
        let others = |p: &usize| is_country(*p) && *p != country && ev.destinations.contains(p);
        stop.participants.retain(|p| !others(p));
        stop.targets.retain(|p| !others(p));
        stop
    }));
    stops
}

/// "held summits in Tokyo in March and in Seoul in May", "talks in Baghdad and Muscat",
/// "strikes on Kyiv and Kharkiv": an event at a list of towns happened at each.
pub(super) fn split_places(cx: &EventContext, si: usize, ev: Event) -> Vec<Event> {
    let splits = matches!(
        ev.class,
        EventClass::Meeting | EventClass::Summit | EventClass::MilitaryAction
    );
    let Some(place) = ev.place.filter(|_| splits) else {
        return vec![ev];
    };
    let s = &cx.sentences[si];
    let town = |mi: usize| cx.res.entity(si, mi).filter(|&e| is_city_like(cx, e));
    let Some(at) = (0..s.mentions.len()).find(|&mi| town(mi) == Some(place)) else {
        return vec![ev];
    };
    // Between two towns of the list: "and", "in", commas, and a date ("in March").
    let filler = |t: usize| {
        let w = s.low(t);
        matches!(
            w,
            "and" | "in" | "at" | "," | "the" | "early" | "late" | "mid"
        ) || crate::dates::month_number(w).is_some()
            || w.chars().all(|c| c.is_ascii_digit())
    };
    // An attack's targets may be spread over its clause: "fired at the town of
    // Mingachevir, home to a major plant, and at Tartar, Horadiz and Beylagan",
    // "hitting towers in Gaza City and targets in Beit Hanoun".
    let attack = ev.class == EventClass::MilitaryAction;
    // ("the town of Jabrayil, as well as the village of Madagiz": a list, not a clause.)
    let as_well_as = |t: usize| {
        (s.low(t) == "as" && s.low(t + 1) == "well" && s.low(t + 2) == "as")
            || (t >= 2 && s.low(t) == "as" && s.low(t - 1) == "well" && s.low(t - 2) == "as")
    };
    let clause_ends = |t: usize| {
        !as_well_as(t)
            && matches!(
                s.low(t),
                ";" | "said"
                    | "says"
                    | "while"
                    | "where"
                    | "after"
                    | "before"
                    | "when"
                    | "as"
                    | "but"
                    | "for"
                    | "officials"
                    | "according"
                    | "retaliation"
                    | "response"
            )
    };
    let target = |first: usize| {
        first > 0
            && matches!(
                s.low(first - 1),
                "at" | "on" | "in" | "into" | "near" | "of"
            )
    };
    let mut towns = vec![place];
    let mut end = s.mentions[at].last_token;
    let mut joined = false;
    for mi in at + 1..s.mentions.len() {
        let m = &s.mentions[mi];
        let gap = end..m.first_token;
        let spread = attack
            && gap.len() <= 12
            && !gap.clone().any(clause_ends)
            && (target(m.first_token) || gap.clone().all(filler));
        if !spread && (gap.len() > 6 || !gap.clone().all(filler)) {
            break;
        }
        let Some(e) = town(mi) else { break };
        // ", and Moscow said": a new clause, not a list item.
        if !(spread && target(m.first_token))
            && gap
                .clone()
                .any(|t| s.low(t) == "and" && t > 0 && s.tok(t - 1) == ",")
        {
            break;
        }
        joined |= gap.clone().any(|t| s.low(t) == "and" || as_well_as(t));
        if !towns.contains(&e) {
            towns.push(e);
        }
        end = m.last_token;
        if joined && !attack {
            break;
        }
    }
    if !joined || towns.len() < 2 {
        return vec![ev];
    }
    towns
        .into_iter()
        .map(|town| Event {
            place: Some(town),
            ..ev.clone()
        })
        .collect()
}

/// Words of a trigger that make its meeting one gathering of all it names ("hosted A and
/// B", "greeted the leaders", "a dinner for A and B").
const GATHERING_TRIGGERS: &[&str] = &[
    "host",
    "conven",
    "greet",
    "welcom",
    "receiv",
    "gather",
    "trilateral",
    "between",
    "bring",
    "brought",
    "dinner",
    "lunch",
    "banquet",
    // "joined A and B for talks": the three together.
    "joined",
];

/// Words of a sentence that name a meeting of a group ("for a ministerial meeting of the
/// C5+1", "in a trilateral format", "issued a joint statement").
const GATHERING_WORDS: &[&str] = &[
    "trilateral",
    "three-way",
    "joint",
    "meeting of",
    "ministerial",
    "format",
    "platform",
    // "met with A, B and C, and the leaders signed a declaration": all of them at once.
    "together",
    "the leaders",
];

/// "held separate talks with A and B", "met first with A and then with B": one meeting
/// per guest, each with the host, rather than one meeting of all. So too "met Afghan
/// President Ghani, Sri Lankan President Sirisena and ...": guests who serve different
/// countries, none the host's, are met one by one unless the sentence names a gathering.
pub(super) fn split_distributive(
    cx: &EventContext,
    si: usize,
    trigger_start: usize,
    ev: Event,
) -> Vec<Event> {
    if !matches!(ev.class, EventClass::Meeting | EventClass::PhoneCall) {
        return vec![ev];
    }
    let s = &cx.sentences[si];
    let lower = s.lower_text();
    // A call is between two people: "spoke by telephone with A and B" is two calls (a
    // video conference of several leaders is one, and so is "a three-way call").
    let trigger = ev.trigger.to_lowercase();
    // ("spoke with Zelensky, and Macron and Starmer later joined the call": one call
    // of the four.)
    let one_call_of_many = trigger.starts_with("video")
        || ["three-way", "four-way", "trilateral", "joint", "conference"]
            .iter()
            .any(|w| trigger.contains(w))
        || ["joined the call", "joined the conversation", "on the line"]
            .iter()
            .any(|w| lower.contains(w));
    // (A capitalized word right after: "and later Prime Minister Kamil", not "and later
    // hosted a banquet".)
    // (Searched in the text itself: its byte offsets do not hold in the lower-cased copy.)
    let text = &s.sentence.text;
    let names_after = |words: &str| {
        text.match_indices(words)
            .any(|(at, w)| text[at + w.len()..].starts_with(char::is_uppercase))
    };
    let said_separate = lower.contains("separate")
        || lower.contains("back-to-back")
        || lower.contains(" and then ")
        || lower.contains(", then ")
        // ("met Guelleh and later Kamil", "call on the President, and on the Prime
        // Minister": one after the other.)
        || names_after(" and later ")
        || names_after(", and on ")
        || (ev.class == EventClass::PhoneCall && !one_call_of_many);
    if !said_separate && ev.class != EventClass::Meeting {
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
    let people = cx.people_in(&ev.participants);
    // A subject read from a pronoun has no mention here; it stands before the verb, first.
    // (The members of "the leaders of Russia and Ukraine" have no mention either: guests.)
    let (mut hosts, mut guests) = (Vec::new(), Vec::new());
    // ("He had received Zelensky in June and Putin in August": a host read from the
    // pronoun may be listed after the guests, who are the event's sources.)
    let pronoun_host = |e: usize| !ev.sources.is_empty() && !ev.sources.contains(&e);
    // ("The lawmakers arrived in Taipei. They held separate meetings with A and with B":
    // a group read from the subject holds each meeting together.)
    let group_subject = (0..token_index(s, trigger_start)).any(|t| {
        matches!(
            s.low(t),
            "they" | "delegation" | "delegations" | "lawmakers" | "visitors" | "team"
        )
    });
    for (i, &e) in people.iter().enumerate() {
        match position(e) {
            Some(p) if p < trigger_start => hosts.push(e),
            None if i == 0 || pronoun_host(e) || group_subject => hosts.push(e),
            _ => guests.push(e),
        }
    }
    // "A and B called on the visiting premier separately": each host on their own, for
    // the adverb after the verb ("held separate talks with Haftar" keeps its hosts
    // together).
    let hosts_apart = hosts.len() >= 2
        && guests.len() == 1
        && position(guests[0]).is_some_and(|g| {
            g > trigger_start && text.match_indices("separately").any(|(at, _)| at > g)
        });
    if hosts_apart {
        return hosts
            .iter()
            .map(|&h| one_of_several(&ev, vec![h, guests[0]], &hosts))
            .collect();
    }
    if hosts.is_empty() || guests.len() < 2 {
        return vec![ev];
    }
    // (Only guests the sentence names after the verb: not a group read from "the
    // presidents of Serbia, Croatia and Bosnia" or "the leaders".)
    let named_after = guests
        .iter()
        .all(|&g| position(g).is_some_and(|p| p >= trigger_start));
    let bilaterals =
        named_after && one_by_one(cx, hosts[0], &guests) && !names_gathering(&ev, lower);
    // "received Zelensky at the Elysee Palace in June and Putin at Bregancon in August":
    // each guest named with a place of its own (after the guest, before the next) was
    // received apart, there.
    // (Talks only: a call has no place. And only up to the next comma: "received Rouhani,
    // before the leaders flew to a summit in Sochi" is not in Sochi.)
    let settings: Vec<Option<usize>> = if named_after && ev.class == EventClass::Meeting {
        guests
            .iter()
            .map(|&g| {
                let start = position(g)?;
                let comma = s.sentence.text[start..]
                    .find([',', ';'])
                    .map_or(s.sentence.text.len(), |i| start + i);
                let next_guest = guests
                    .iter()
                    .filter_map(|&h| position(h))
                    .filter(|&p| p > start)
                    .min();
                let end = next_guest.unwrap_or(comma).min(comma);
                s.mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.start > start && m.start < end && m.first_token >= 2)
                    .filter(|(_, m)| {
                        let t = m.first_token - 1;
                        let t = if s.low(t) == "the" { t - 1 } else { t };
                        matches!(s.low(t), "at" | "in")
                    })
                    .find_map(|(mi, _)| {
                        cx.res
                            .entity(si, mi)
                            .filter(|&e| cx.res.entities[e].kind == EntityKind::Place)
                    })
            })
            .collect()
    } else {
        Vec::new()
    };
    let apart = !settings.is_empty()
        && settings.iter().all(Option::is_some)
        && settings.windows(2).any(|w| w[0] != w[1]);
    if !said_separate && !bilaterals && !apart {
        return vec![ev];
    }
    guests
        .iter()
        .enumerate()
        .map(|(i, &g)| {
            let people = hosts.iter().copied().chain(std::iter::once(g)).collect();
            let mut one = one_of_several(&ev, people, &guests);
            if apart {
                one.place = settings[i];
            }
            one
        })
        .collect()
}

/// One of the meetings `ev` splits into, held by `people`: the others of `split` (the
/// side met one by one) leave its sources and targets.
fn one_of_several(ev: &Event, people: Vec<usize>, split: &[usize]) -> Event {
    let mut one = ev.clone();
    let other = |p: &usize| !people.contains(p) && split.contains(p);
    one.targets.retain(|p| !other(p));
    one.sources.retain(|p| !other(p));
    one.participants = people;
    one
}

/// Each guest serves a known country of their own, and none serves the host's.
fn one_by_one(cx: &EventContext, host: usize, guests: &[usize]) -> bool {
    let host_home = home_country(cx, host);
    let homes: Vec<Option<usize>> = guests.iter().map(|&g| home_country(cx, g)).collect();
    // ("met Premier Li Peng and party chief Jiang Zemin": leaders of one country are
    // each met in turn; "talks with President Diaz-Canel and Foreign Minister
    // Rodriguez" are one meeting.)
    let all_leaders = guests.iter().all(|&g| leads(cx, g));
    homes
        .iter()
        .enumerate()
        .all(|(i, h)| h.is_some() && *h != host_home && (all_leaders || !homes[..i].contains(h)))
}

/// A current post of `person` heads a state or a government, or is a crown.
fn leads(cx: &EventContext, person: usize) -> bool {
    cx.facts.positions.iter().any(|p| {
        p.holder == person
            && p.status == crate::ir::Status::Current
            && cx.gaz.title_by_name(&p.title).is_some_and(|t| {
                matches!(
                    cx.gaz.titles[t].kind.as_str(),
                    "head-of-state" | "head-of-government" | "royal"
                )
            })
    })
}

/// The trigger or the sentence says the meeting was one gathering of all it names (but
/// "on the sidelines of a meeting of ..." sets bilaterals apart from the gathering).
fn names_gathering(ev: &Event, lower: &str) -> bool {
    let trigger = ev.trigger.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let has = |phrase: &str| {
        let want: Vec<&str> = phrase.split(' ').collect();
        words.windows(want.len()).any(|w| w == want.as_slice())
    };
    let sidelines = has("sidelines") || has("margins");
    GATHERING_TRIGGERS.iter().any(|w| trigger.contains(w))
        || (!sidelines && GATHERING_WORDS.iter().any(|w| has(w)))
}

/// "The invitation was accepted with gratitude", "Mirziyoyev accepted the invitation": a
/// visit planned by the one invited (the clause's subject, else the one an invitation
/// of the last three sentences named) to the one who invited. (Read after the rest of
/// its sentence: a visit the sentence names itself, "accepted an invitation to visit
/// Japan", is that visit, planned.)
pub(super) fn accepted_invitation(
    cx: &EventContext,
    si: usize,
    (start, end, trig): (usize, usize, &Trigger),
    events: &[Event],
) -> Option<Event> {
    let s = &cx.sentences[si];
    let first = token_index(s, start);
    let (from, _) = clause(s, first, token_index(s, end));
    let is_person = |e: usize| cx.res.entities[e].kind == EntityKind::Person;
    let subject = actors_in(cx, si, from, first)
        .iter()
        .find(|a| a.kind == EntityKind::Person && !a.locative && !a.possessive)
        .map(|a| a.entity);
    let invitation = events
        .iter()
        .rev()
        .take_while(|e| e.sentence + 3 >= si)
        .find(|e| e.trigger.to_lowercase().contains("invit"));
    let inviter = invitation.and_then(|e| e.sources.first().copied());
    let invited = invitation.and_then(|e| {
        e.targets
            .iter()
            .copied()
            .find(|&t| is_person(t) && Some(t) != inviter)
    });
    let visitor = subject.or(invited)?;
    let mut ev = trig.event_at(s, (start, end), si);
    ev.participants.push(visitor);
    ev.sources.push(visitor);
    if let Some(host) = inviter.filter(|&h| h != visitor) {
        ev.participants.push(host);
        ev.targets.push(host);
    }
    ev.modality = Some(Modality::Planned);
    Some(ev)
}

/// "Sadat landed at Ben Gurion Airport, where Begin and Katzir were waiting on the
/// tarmac", "Modi landed in Colombo. On hand to welcome him were A and B": those waiting
/// for a traveller meet the one who arrived, in this sentence or the one before.
pub(super) fn welcome_the_traveller(cx: &EventContext, si: usize, events: &mut Vec<Event>) {
    let waiting = |e: &Event| {
        let t = e.trigger.to_lowercase();
        e.class == EventClass::Meeting
            && (t.starts_with("was waiting")
                || t.starts_with("were waiting")
                || t.starts_with("to welcome "))
    };
    if !events
        .iter()
        .rev()
        .take_while(|e| e.sentence == si)
        .any(waiting)
    {
        return;
    }
    let traveller = events
        .iter()
        .rev()
        .take_while(|e| e.sentence + 1 >= si)
        .find(|e| e.class == EventClass::Visit && e.modality.is_none())
        .map(|v| {
            let who = if v.sources.is_empty() {
                &v.participants
            } else {
                &v.sources
            };
            cx.people_in(who)
        })
        .unwrap_or_default();
    for e in events.iter_mut().rev().take_while(|e| e.sentence == si) {
        if waiting(e) && e.modality.is_none() {
            for &p in &traveller {
                push_unique(&mut e.participants, p);
                push_unique(&mut e.targets, p);
            }
        }
    }
    // (Two people, the one waiting and the one awaited, or no welcome: "trucks were
    // waiting at the border", "Germany was ready to welcome them", a wait at an airport
    // nobody reached.)
    events.retain(|e| e.sentence != si || !waiting(e) || cx.people_in(&e.participants).len() >= 2);
    // ("were waiting at the foot of the stairs to welcome him": the welcome is the wait
    // itself, which happened, not one more meeting planned.)
    let welcomed = events
        .iter()
        .rev()
        .take_while(|e| e.sentence == si)
        .any(|e| waiting(e) && e.modality.is_none());
    let purpose = |e: &Event| {
        let t = e.trigger.to_lowercase();
        let verb = t.trim_start_matches("to ");
        e.modality == Some(Modality::Planned)
            && e.class == EventClass::Meeting
            && (verb.starts_with("welcome") || verb.starts_with("greet"))
    };
    if welcomed {
        events.retain(|e| e.sentence != si || !purpose(e));
    }
}
