//! Where an event happened.

use super::actors::{actors_in, Actor};
use super::EventContext;
use crate::ir::{EntityKind, Event, EventClass};
use chrono::NaiveDate;

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
    "offensive",
    "operation",
    "operations",
    "invasion",
    "presence",
    "community",
    "port",
];

/// A city-state (the gazetteer's kind `city-state`: Singapore, Monaco) is the city the
/// text means.
fn city_state(cx: &EventContext, country: usize) -> Option<usize> {
    (cx.res.entities[country].subkind.as_deref() == Some("city-state")).then_some(country)
}

/// Verbs of travel whose "to X" is where the traveller goes next.
const TRAVEL_VERBS: &[&str] = &[
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
];

/// "flew on Tuesday to Caracas, Venezuela, to meet Maduro", "travelled to Tunis for talks
/// with ...": talks the journey was made for are where it went. The destination is the
/// last place a travel verb leads to before the trigger at `first`.
fn journey_destination(cx: &EventContext, si: usize, first: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    actors_in(cx, si, 0, first)
        .iter()
        .filter(|a| a.kind == EntityKind::Place && a.token >= 2)
        .filter(|a| s.low(a.token - 1) == "to")
        .filter(|a| {
            (a.token.saturating_sub(5)..a.token - 1).any(|t| TRAVEL_VERBS.contains(&s.low(t)))
        })
        .max_by_key(|a| a.token)
        .map(|a| a.entity)
}

/// Where the event read from the trigger at `first..last` (clause from `from`)
/// happened, by the fixture convention: the city the text names, else a venue or
/// region, else (for events that happen somewhere) a country, else the dateline.
pub(super) fn place_of(
    cx: &EventContext,
    si: usize,
    ev: &Event,
    actors: &[Actor],
    (from, first, last): (usize, usize, usize),
) -> Option<usize> {
    let s = &cx.sentences[si];
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
        // "at Iran's Chabahar port": a possessor is not the place.
        .filter(|a| !a.possessive)
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
    let mut place = locatives
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
        .map(|a| a.entity)
        // A country alone says too little, unless it is a city-state ("in Singapore").
        .or_else(|| {
            locatives
                .iter()
                .filter(|a| a.kind == EntityKind::Country)
                .find_map(|a| city_state(cx, a.entity))
        });
    // A venue alone, in a story datelined from a city of the venue's country (or from
    // any city, for a venue the gazetteer does not place): that city.
    if let (Some(p), Some(d)) = (place, cx.dateline) {
        let (venue, city) = (&cx.res.entities[p], &cx.res.entities[d]);
        if venue.subkind.as_deref() == Some("venue")
            && city.kind == EntityKind::Place
            && city.subkind.as_deref() != Some("venue")
            && (venue.located_in.is_none() || venue.located_in == city.located_in)
        {
            place = Some(d);
        }
    }
    // "flew to Abidjan, where he met ...": the clause's place is the one before "where".
    let venue_only = place.is_some_and(|p| cx.res.entities[p].subkind.as_deref() == Some("venue"));
    if (place.is_none() || venue_only) && from >= 2 && s.tok(from - 1).eq_ignore_ascii_case("where")
    {
        let before_where: Vec<Actor> = actors_in(cx, si, 0, from)
            .into_iter()
            .filter(|a| matches!(a.kind, EntityKind::Place | EntityKind::Country))
            .collect();
        // "flew to Aspen, Colorado, where ...": the town, not the state after its comma.
        let last_place = before_where
            .iter()
            .rposition(|a| a.kind == EntityKind::Place);
        // The town's name must end at that comma, and what follows be a region.
        let ends_at = |a: &Actor, comma: usize| {
            s.mentions
                .iter()
                .any(|m| m.first_token == a.token && m.last_token == comma)
        };
        let town = last_place.map(|i| {
            let last = &before_where[i];
            let region = cx.res.entities[last.entity].subkind.as_deref() == Some("region");
            match i.checked_sub(1).map(|j| &before_where[j]) {
                Some(prev)
                    if prev.kind == EntityKind::Place
                        && region
                        && s.tok(last.token - 1) == ","
                        && ends_at(prev, last.token - 1) =>
                {
                    prev.entity
                }
                _ => last.entity,
            }
        });
        place = town.or(place);
    }
    if place.is_none() && matches!(ev.class, EventClass::Meeting | EventClass::Summit) {
        place = journey_destination(cx, si, first);
    }
    // "an assault on Tskhinval", "strikes against Kharkiv": the town attacked.
    if place.is_none() && ev.class == EventClass::MilitaryAction {
        place = actors
            .iter()
            .filter(|a| a.kind == EntityKind::Place && a.token >= last && a.token <= last + 6)
            .find(|a| {
                let prep = match s.low(a.token - 1) {
                    "the" => s.low(a.token.saturating_sub(2)),
                    w => w,
                };
                matches!(
                    prep,
                    "on" | "against" | "at" | "in" | "near" | "targeting" | "toward" | "towards"
                )
            })
            .map(|a| a.entity);
    }
    if place.is_none() && matches!(ev.class, EventClass::Visit) {
        place = ev.destinations.iter().copied().find(|&d| {
            let e = &cx.res.entities[d];
            e.kind == EntityKind::Place && e.subkind.as_deref() != Some("macro-region")
        });
    }
    if place.is_none()
        && si <= 1
        && matches!(
            ev.class,
            EventClass::Meeting
                | EventClass::Statement
                | EventClass::Summit
                | EventClass::Agreement
        )
    {
        place = cx.dateline;
    }
    place
}

/// Later in a datelined story, talks reported as just held are in the dateline city
/// too, unless the text puts them elsewhere or earlier.
pub(super) fn reported_as_just_held(cx: &EventContext, ev: &Event) -> bool {
    if !matches!(
        ev.class,
        EventClass::Meeting | EventClass::Summit | EventClass::Agreement
    ) {
        return false;
    }
    match (&ev.date, cx.published) {
        (None, _) => true,
        (Some(d), Some(p)) => NaiveDate::parse_from_str(&d.value, "%Y-%m-%d")
            .is_ok_and(|d| (p - d).num_days().abs() <= 2),
        (Some(_), None) => false,
    }
}
