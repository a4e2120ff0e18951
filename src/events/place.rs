//! Where an event happened.

use super::actors::{actors_in, in_aside, Actor};
use super::EventContext;
use crate::ir::{EntityKind, Event, EventClass};
use crate::names::{SPOKE_FROM_VERBS, TRAVEL_WORDS};
use crate::recognize::{Analysed, MentionKind};
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
    "tension",
    "tensions",
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

/// A city, capital or town (curated, generated or found by pattern).
pub(super) fn is_city_like(cx: &EventContext, e: usize) -> bool {
    let ent = &cx.res.entities[e];
    ent.kind == EntityKind::Place
        && matches!(ent.subkind.as_deref(), Some("city" | "capital" | "town"))
}

/// A city, town or capital, or a city-state standing for its city ("in Singapore").
fn is_town(cx: &EventContext, e: usize) -> bool {
    is_city_like(cx, e)
        || (cx.res.entities[e].kind == EntityKind::Country && city_state(cx, e).is_some())
}

/// A place a journey reaches: any place, or a city-state as its city ("spent a night in
/// Monaco").
pub(super) fn reachable(cx: &EventContext, e: usize) -> bool {
    cx.res.entities[e].kind == EntityKind::Place || is_town(cx, e)
}

/// Nouns that make a place before them a modifier, not a location: "in the Normandy
/// format", "under the Minsk agreements".
const MODIFIED_NOUNS: &[&str] = &[
    "format",
    "process",
    "formula",
    "accords",
    "agreements",
    "protocol",
    "declaration",
    // "the Gulf state of Qatar", "the Baltic states": the region names a kind of country.
    "state",
    "states",
    "nation",
    "nations",
    "monarchy",
    "monarchies",
    "emirate",
    "sheikhdom",
];

/// A city-state or a city territory (the gazetteer's kinds `city-state`: Singapore,
/// Monaco; `city-territory`: Hong Kong, Macau, Gibraltar), or a country
/// whose capital bears exactly its name, is the city the text means where a place is
/// expected ("flew to Singapore, where ...").
fn city_state(cx: &EventContext, country: usize) -> Option<usize> {
    let e = &cx.res.entities[country];
    let namesake = e
        .country_code
        .as_deref()
        .and_then(|c| cx.gaz.capital(c))
        .is_some_and(|capital| cx.gaz.entries[capital].name == e.label);
    let city = matches!(e.subkind.as_deref(), Some("city-state" | "city-territory"));
    (city || namesake).then_some(country)
}

/// Nouns after which a place tells where someone was: "during a visit to Sfax", "on a
/// trip to Hanoi", "at the end of a tour of Asia".
const PRESENCE_NOUNS: &[&str] = &["visit", "trip", "tour", "stop", "stay", "stopover"];

/// Words before a trip that say it has not happened yet.
const FUTURE_WORDS: &[&str] = &[
    "ahead",
    "before",
    "planned",
    "upcoming",
    "forthcoming",
    "next",
    "invitation",
    "future",
];

/// Verbs whose object is where the actor was: "while visiting Hanoi", "before leaving
/// Tehran".
const PRESENCE_VERBS: &[&str] = &["visiting", "leaving", "touring", "departing"];

/// A place before the trigger at `first` that a presence phrase introduces.
fn presence_before(cx: &EventContext, si: usize, first: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    let city_like = |e: usize| {
        let ent = &cx.res.entities[e];
        (ent.kind == EntityKind::Place && ent.subkind.as_deref() != Some("macro-region"))
            || (ent.kind == EntityKind::Country && city_state(cx, e).is_some())
    };
    actors_in(cx, si, 0, first)
        .iter()
        .filter(|a| city_like(a.entity) && !a.possessive)
        .find(|a| {
            let t = a.token;
            let w = |back: usize| t.checked_sub(back).map(|i| s.low(i)).unwrap_or("");
            // ("ahead of his visit to Beijing" is not there yet.)
            // ("After a stop in Doha, Blinken met Netanyahu": a stop already left.)
            let of_noun = |back: usize| {
                matches!(w(back), "to" | "of" | "in")
                    && PRESENCE_NOUNS.contains(&w(back + 1))
                    && !(back + 2..back + 6).any(|b| FUTURE_WORDS.contains(&w(b)))
                    && !(back + 2..back + 5).any(|b| matches!(w(b), "after" | "following"))
            };
            // "speaking from Ganabhaban", "joined from his residence in Kathmandu": the
            // verb right before "from".
            let from_where = (1..6).any(|b| w(b) == "from" && SPOKE_FROM_VERBS.contains(&w(b + 1)));
            PRESENCE_VERBS.contains(&w(1))
                || of_noun(1)
                || from_where
                // "a visit to the port city of Sfax"
                || (w(1) == "of" && matches!(w(2), "city" | "town" | "port") && (3..7).any(of_noun))
        })
        .map(|a| a.entity)
}

/// Nouns that make a place before them an epithet of a city ("the Red Sea city").
const CITY_EPITHET_NOUNS: &[&str] = &["city", "town", "port", "resort", "capital"];

/// "the Red Sea city", "the western Japan city": a place or country used as an epithet
/// of a city means the last city named before it, in the same country when the epithet
/// is a country.
fn city_named_before(cx: &EventContext, si: usize, token: usize, epithet: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    let m = s.mentions.iter().find(|m| m.first_token == token)?;
    if !CITY_EPITHET_NOUNS.contains(&s.low(m.last_token)) || s.low(m.last_token + 1) == "of" {
        return None;
    }
    // "at Chabahar port", "in Quetta city": a city is no epithet of another; nor is a
    // region whose city is named right after ("the Kurdistan Region capital, Erbil").
    if is_city_like(cx, epithet)
        || s.mentions
            .iter()
            .any(|n| n.first_token > m.last_token && n.first_token <= m.last_token + 2)
    {
        return None;
    }
    let country = (cx.res.entities[epithet].kind == EntityKind::Country).then_some(epithet);
    city_before(cx, si, token, country, 5)
}

/// "the Silk Road city of Samarkand", "the Black Sea port of Odesa": the place named
/// after the epithet that the mention at `token` opens, with its token.
fn city_after_epithet(cx: &EventContext, si: usize, token: usize) -> Option<(usize, usize)> {
    let s = &cx.sentences[si];
    let m = s.mentions.iter().find(|m| m.first_token == token)?;
    // (One or two lower-case words may come between: "the Red Sea port city of Jeddah".)
    let noun = (m.last_token..m.last_token + 3)
        .take_while(|&t| s.tok(t).starts_with(char::is_lowercase))
        .find(|&t| CITY_EPITHET_NOUNS.contains(&s.low(t)) && s.low(t + 1) == "of")?;
    let (mi, _) = s
        .mentions
        .iter()
        .enumerate()
        .find(|(_, n)| n.first_token == noun + 2)?;
    let e = cx.res.entity(si, mi)?;
    (cx.res.entities[e].kind == EntityKind::Place).then_some((e, noun + 2))
}

/// The last city named before token `token` of sentence `si`, looking up to `back`
/// sentences back, in `country` when given.
fn city_before(
    cx: &EventContext,
    si: usize,
    token: usize,
    country: Option<usize>,
    back: usize,
) -> Option<usize> {
    let fits = |e: usize| {
        let ent = &cx.res.entities[e];
        let city = is_town(cx, e);
        let in_country = match country {
            Some(c) => ent.located_in == Some(c) || e == c,
            None => true,
        };
        city && in_country
    };
    (si.saturating_sub(back)..=si).rev().find_map(|j| {
        let to = if j == si { token } else { usize::MAX };
        actors_in(cx, j, 0, to)
            .iter()
            .rev()
            .find(|a| fits(a.entity))
            .map(|a| a.entity)
    })
}

/// Words before "to" that carry a journey on to a further stop (", and to", "then on
/// to", "before continuing to"; the past forms are travel words, read by triggers).
const ONWARD_WORDS: &[&str] = &[
    "and",
    "then",
    "on",
    "onward",
    "onwards",
    "continuing",
    "continue",
    "continues",
    "proceeding",
    "proceed",
    "proceeds",
    "moving",
];

/// Words that end the part of a sentence a journey's later stops are told in: "flew to
/// Kyiv, and to Lviv, while strikes hit Odesa".
pub(super) const ENDS_JOURNEY: &[&str] =
    &[";", "while", "as", "but", "after", "said", "says", "amid"];

/// Whether the place named at `token` is a further stop of a journey told before it:
/// ", and to Havana", "then on to Entebbe", "before continuing to New Delhi". A travel
/// verb of its own ("then flew to Hanoi") is a trigger that reads its stop itself, so
/// none may stand in the three words before "to"; and "and" must follow a comma
/// ("sent aid to Kharkiv and to Odesa" is no journey).
pub(super) fn later_stop(s: &Analysed, token: usize) -> bool {
    let to = match token.checked_sub(1) {
        Some(t) if s.low(t) == "the" => t.checked_sub(1),
        t => t,
    };
    let Some(to) = to.filter(|&t| t >= 1 && s.low(t) == "to") else {
        return false;
    };
    let before = |back: usize| to.checked_sub(back).map(|t| s.low(t)).unwrap_or("");
    let travel = |w: &str| TRAVEL_WORDS.contains(&w) || matches!(w, "going" | "gone" | "flown");
    if (1..=3).any(|b| travel(before(b))) {
        return false;
    }
    let onward = ONWARD_WORDS.contains(&before(1));
    onward && (before(1) != "and" || before(2) == ",")
}

/// "flew on Tuesday to Caracas, Venezuela, to meet Maduro", "travelled to Tunis for talks
/// with ...": talks the journey was made for are where it went. The destination is the
/// last place a travel verb leads to before token `end` (the trigger's end: "flew to
/// Zagreb to see Tudjman" names it inside), with the token that names it.
fn journey_destination(cx: &EventContext, si: usize, end: usize) -> Option<(usize, usize)> {
    let s = &cx.sentences[si];
    // (Not a journey told in a relative clause the event is outside of: "X, who visited
    // Moscow in 2022, will host Putin".)
    let outside = !in_aside(s, end.saturating_sub(1));
    actors_in(cx, si, 0, end)
        .iter()
        .filter(|a| a.kind == EntityKind::Place && a.token >= 2)
        .filter(|a| !(outside && in_aside(s, a.token)))
        .filter(|a| {
            let w = |back: usize| s.low(a.token - back);
            let travelled_to = (w(1) == "to"
                && (a.token.saturating_sub(5)..a.token - 1)
                    .any(|t| TRAVEL_WORDS.contains(&s.low(t))))
                || later_stop(s, a.token);
            // "visited Doha ... and was greeted at the airport by": where the visit was.
            let reached = matches!(w(1), "visited" | "visiting" | "reached")
                || (matches!(w(1), "in" | "at")
                    && matches!(w(2), "arrived" | "arriving" | "landed" | "landing"));
            travelled_to || (reached && is_city_like(cx, a.entity))
        })
        .max_by_key(|a| a.token)
        .map(|a| (a.entity, a.token))
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
    let welcomes = ev.trigger.to_lowercase().starts_with("welcom");
    let locatives: Vec<&Actor> = actors
        .iter()
        .filter(|a| {
            // "on the sidelines of the UN General Assembly in New York": where the
            // gathering was is where the talks were, however long its name.
            let through_gathering =
                || (last..a.token).any(|t| matches!(s.low(t), "sidelines" | "margins"));
            // (Counted in words outside names: "meeting President Isaias Afwerki, Foreign
            // Minister Osman Saleh and presidential adviser Yemane Gebreab together in
            // the port city of Massawa" is near.)
            let near = || (last..a.token).filter(|&t| !s.in_mention(t)).count() <= PLACE_WINDOW;
            // ("met X in Muscat, a day after meeting Y in Riyadh": talks the trigger's
            // own conjunction sets apart take no place from before it.)
            let set_apart = matches!(s.low(first), "after" | "before" | "while" | "since");
            // ("X, who visited Moscow in 2022, will host Putin": a relative clause's place
            // is its own event's.)
            let aside_only = a.token < first && in_aside(s, a.token) && !in_aside(s, first);
            // "welcomed Xi to the Kremlin", "welcomed him to Moscow": where the guest was
            // welcomed.
            let welcomed_to = || {
                let before = match s.low(a.token.saturating_sub(1)) {
                    "the" => a.token.saturating_sub(2),
                    _ => a.token.saturating_sub(1),
                };
                welcomes && a.token > first && s.low(before) == "to" && a.kind == EntityKind::Place
            };
            (a.locative || welcomed_to())
                && !aside_only
                && ((a.token < first && !set_apart) || near() || through_gathering())
        })
        // "recalled its envoy from Phnom Penh": where from is not where it happened. But
        // words are said where the speaker was: "in a radio broadcast from Ankara", "by
        // telephone from New York".
        .filter(|a| {
            let at = match s.low(a.token.saturating_sub(1)) {
                "the" => a.token.saturating_sub(2),
                _ => a.token.saturating_sub(1),
            };
            // (Only words said take "by telephone from": a call "from Moscow" is not
            // somewhere.)
            // ("From Miami, Calero told EFE": the sentence opens where the speaker was.)
            let spoken_from = ev.class == EventClass::Statement
                && (at == 0
                    || SPOKE_FROM_VERBS.contains(&s.low(at - 1))
                    || matches!(s.low(at - 1), "telephone" | "phone"));
            s.low(at) != "from" || spoken_from
        })
        // "The spokesman said in Riyadh that the Houthis had fired a missile towards
        // Najran": a place by or before the verb that reports the event is where it was
        // said.
        .filter(|a| {
            // (Only a verb beside the place: in "In Vienna, where Iran announced it would
            // resume talks, negotiators met again" the talks are in Vienna.)
            ev.class == EventClass::Statement
                || a.token > first
                || !(a.token.saturating_sub(3)..first.min(a.token + 6))
                    .any(|t| crate::recognize::SPEECH_VERBS.contains(&s.low(t)))
        })
        // "at Iran's Chabahar port": a possessor is not the place.
        .filter(|a| !a.possessive)
        .filter(|a| {
            let end = s.mention_end(a.token);
            !MODIFIED_NOUNS.contains(&s.low(end))
        })
        // A continent or sea basin says too little to be where an event happened.
        .filter(|a| cx.res.entities[a.entity].subkind.as_deref() != Some("macro-region"))
        .filter(|a| {
            // Common nouns only: "the Great Hall of the People in Beijing" is a name
            // ("the Saudi ambassador in Washington" is a title, a common noun).
            let in_name = |t: usize| {
                s.mentions.iter().any(|m| {
                    t >= m.first_token
                        && t < m.last_token
                        && !matches!(m.kind, MentionKind::Title { .. })
                })
            };
            // ("in the port city of Massawa": the noun of a city's epithet is no setting.)
            let epithet = |t: usize| matches!(s.low(t + 1), "city" | "town") || s.low(t) == "port";
            // (The noun right before the place's preposition: "the peace accord in
            // Cartagena" is signed there, not a setting.)
            let leads_to_place = |t: usize| {
                matches!(
                    s.low(t + 1),
                    "in" | "at"
                        | "on"
                        | "across"
                        | "near"
                        | "around"
                        | "inside"
                        | "along"
                        | "over"
                        | "from"
                        | "to"
                        | "into"
                )
            };
            !(a.token.saturating_sub(3)..a.token).any(|t| {
                !in_name(t) && SETTING_NOUNS.contains(&s.low(t)) && !epithet(t) && leads_to_place(t)
            })
        })
        // Words are said where the speaker was: "told reporters in Sydney", "In Kabul,
        // Ghani said"; not "a diplomat who served in the Gulf" nor "barbs over migrants
        // in the Aegean".
        .filter(|a| {
            let words = |range: std::ops::Range<usize>| range.map(|t| s.low(t)).collect::<Vec<_>>();
            let after = a.token >= last
                && a.token <= last + 10
                && !words(last..a.token).iter().any(|w| {
                    matches!(
                        *w,
                        "," | "over" | "about" | "against" | "between" | "with" | "that"
                    )
                });
            let before = a.token < first
                && !words(a.token..first)
                    .iter()
                    .any(|w| matches!(*w, "who" | "which" | "whose" | "that"));
            ev.class != EventClass::Statement || after || before
        })
        .collect();
    // "arrived in Brussels from the G7 summit in Cornwall": a place right after the
    // trigger is that event's own, whatever the clause named before.
    // ("met in the northern Argentine city of Salta": a place the preposition right
    // after the trigger leads to, through its modifiers, is as near.)
    let led_to = |a: &&&Actor| {
        matches!(s.low(last), "in" | "at")
            && a.token <= last + 8
            && !(last..a.token).any(|t| matches!(s.tok(t), "," | ";"))
    };
    // "After stops in Johannesburg and Soweto, Obama met Zuma at the Union Buildings in
    // Pretoria": a place in a fronted "after" or "before" phrase is where something
    // else happened, when the event names a place of its own after its trigger.
    // ("After arriving in Kyiv, Scholz met Zelensky" names none: Kyiv it is.)
    let own_after = locatives
        .iter()
        .any(|a| a.token >= last && a.kind == EntityKind::Place);
    // (Nor, whatever follows, a stop the traveller left: "After a stop in Doha, Blinken
    // met Netanyahu in his office".)
    let fronted = |a: &&Actor| {
        a.token < first
            && (from..a.token).any(|t| {
                let left = (t + 1..a.token).any(|u| {
                    matches!(
                        s.low(u),
                        "stop" | "stops" | "stopover" | "visiting" | "leaving" | "touring"
                    )
                });
                matches!(s.low(t), "after" | "before" | "following")
                    && (t == from || s.tok(t - 1) == ",")
                    && (own_after || left)
            })
            && (a.token..first).any(|t| s.tok(t) == ",")
    };
    let locatives: Vec<&Actor> = locatives.into_iter().filter(|a| !fronted(a)).collect();
    let adjacent = locatives
        .iter()
        .find(|a| {
            a.token >= last && (a.token <= last + 2 || led_to(a)) && a.kind == EntityKind::Place
        })
        .map(|a| a.token);
    let locatives: Vec<&Actor> = match adjacent {
        Some(t) => locatives.into_iter().filter(|a| a.token >= t).collect(),
        None => locatives,
    };
    // By convention the place is the city when the text names it: "at the Konstantinovsky
    // Palace in St Petersburg" is in St Petersburg (the venue stays a place of the text).
    let is_venue = |a: &&&Actor| cx.res.entities[a.entity].subkind.as_deref() == Some("venue");
    let chosen = locatives
        .iter()
        .filter(|a| a.kind == EntityKind::Place)
        .find(|a| !is_venue(a))
        .filter(|city| {
            locatives
                .iter()
                .find(|a| a.kind == EntityKind::Place)
                .is_some_and(|first| {
                    // "Camp David, the presidential retreat near Thurmont": a venue near
                    // a town is not in it.
                    let near = matches!(s.low(city.token.saturating_sub(1)), "near" | "outside");
                    // ("the Wye River Plantation in Maryland": a region says less than
                    // the venue.)
                    !is_venue(&first)
                        || (city.token <= first.token + 8 && !near && is_city_like(cx, city.entity))
                })
        })
        .or_else(|| locatives.iter().find(|a| a.kind == EntityKind::Place))
        .map(|a| (a.entity, a.token))
        // A country alone says too little, unless it is a city-state ("in Singapore").
        .or_else(|| {
            locatives
                .iter()
                .filter(|a| a.kind == EntityKind::Country)
                .find_map(|a| city_state(cx, a.entity).map(|c| (c, a.token)))
        });
    // "the Silk Road city of Samarkand": the city the epithet names.
    let chosen = chosen.map(|(p, t)| city_after_epithet(cx, si, t).unwrap_or((p, t)));
    // "the Red Sea city", "the western Japan city": the city named before.
    let chosen = chosen.map(|(p, t)| (city_named_before(cx, si, t, p).unwrap_or(p), t));
    // "at a restaurant in Ginza, Tokyo": a district or town the gazetteer does not
    // curate, then a known city after its comma, is in that city.
    let chosen = chosen.map(|(p, t)| {
        let district = cx.res.entities[p].subkind.as_deref() == Some("town");
        let end = s.mention_end(t);
        // ("in Irpin, Kyiv and Kharkiv" is a list, not an address.)
        let city_after = actors.iter().find(|a| {
            let city_end = s.mention_end(a.token);
            a.token == end + 1
                && s.tok(end) == ","
                && !matches!(s.low(city_end), "," | "and")
                && matches!(
                    cx.res.entities[a.entity].subkind.as_deref(),
                    Some("city" | "capital")
                )
        });
        match city_after {
            Some(c) if district => (c.entity, c.token),
            _ => (p, t),
        }
    });
    // Talks and summits a journey was made for: where it went, and the token naming it.
    let journey = matches!(ev.class, EventClass::Meeting | EventClass::Summit)
        .then(|| journey_destination(cx, si, last))
        .flatten();
    // What a traveller reached after a place named earlier in the sentence is where the
    // event is: "met EU leaders in the Belgian capital before flying to Geneva for his
    // summit", "arrived in Tashkent and flew on to Samarkand".
    let reached = match ev.class {
        // The first town reached, else the first place of any size.
        EventClass::Visit => {
            let place = |d: &usize| {
                let e = &cx.res.entities[*d];
                e.kind == EntityKind::Place && e.subkind.as_deref() != Some("macro-region")
            };
            let town = |d: &usize| is_city_like(cx, *d);
            let dests = ev.destinations.iter().copied();
            dests
                .clone()
                .find(town)
                .or_else(|| dests.clone().find(place))
        }
        EventClass::Meeting | EventClass::Summit => journey.map(|(d, _)| d),
        _ => None,
    };
    // A town visited is the visit's place, whatever region follows it ("visiting the
    // town of Williamsburg in Virginia").
    let town_visited =
        ev.class == EventClass::Visit && reached.is_some_and(|d| is_city_like(cx, d));
    let mut place = match (chosen, reached) {
        (Some(_), Some(d)) if town_visited => Some(d),
        (Some((_, t)), Some(d)) if t < first && !locatives.iter().any(|a| a.entity == d) => Some(d),
        (Some((p, _)), _) => Some(p),
        (None, _) => None,
    };
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
    // ("where X was received by Y and held talks with Z": the second act too.)
    let where_clause = if from >= 2 && s.low(from - 1) == "and" {
        let (before_and, _) = super::actors::clause(s, from - 2, from - 1);
        if before_and >= 2 && s.low(before_and - 1) == "where" {
            before_and
        } else {
            from
        }
    } else {
        from
    };
    // ("flew to Managua, where ..., and to Havana for talks": the later stop.)
    let stop_after_where = journey.is_some_and(|(_, t)| t > where_clause && later_stop(s, t));
    if (place.is_none() || venue_only)
        && !stop_after_where
        && where_clause >= 2
        && s.tok(where_clause - 1).eq_ignore_ascii_case("where")
    {
        // ("From Cairo, Wang flew to Djibouti, where": not where he came from.)
        // ("travelled from Cairo, where he met Sisi": the place right before "where" is
        // where, whatever preposition led to it.)
        let came_from = |a: &Actor| a.token > 0 && s.low(a.token - 1) == "from";
        // ("from St. Petersburg, Russia, where": the town before its country too.)
        let right_before_where = |a: &Actor| {
            s.mentions
                .iter()
                .find(|m| m.first_token == a.token)
                .is_some_and(|m| {
                    m.last_token + 2 == where_clause
                        || (s.tok(m.last_token) == ","
                            && s.mentions.iter().any(|n| {
                                n.first_token == m.last_token + 1
                                    && n.last_token + 2 == where_clause
                            }))
                })
        };
        // (Only places after an earlier "where": "in Accra, where he met Mahama, and then
        // in Lome, where ..." is Lome.)
        let since = (0..where_clause - 1)
            .rev()
            .find(|&t| s.low(t) == "where")
            .map_or(0, |t| t + 1);
        let before_where: Vec<Actor> = actors_in(cx, si, since, where_clause)
            .into_iter()
            .filter(|a| matches!(a.kind, EntityKind::Place | EntityKind::Country))
            // ("Alexandria, on Egypt's Mediterranean coast, where": not the sea.)
            .filter(|a| cx.res.entities[a.entity].subkind.as_deref() != Some("macro-region"))
            .filter(|a| !came_from(a) || right_before_where(a))
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
        // "flew to Djibouti, where": a country right before "where" is where, if it can
        // be a city at all; an earlier city is not.
        // "flew to Caracas, Venezuela, where" names the city first: that is no such country.
        let n = before_where.len();
        let apposition = n >= 2
            && before_where[n - 2].kind == EntityKind::Place
            && before_where[n - 1]
                .token
                .checked_sub(1)
                .is_some_and(|t| s.tok(t) == ",");
        // ("flew to Tashkent, the capital of Uzbekistan, where" keeps Tashkent.)
        let last_country = before_where.last().filter(|a| {
            a.kind == EntityKind::Country && !apposition && city_state(cx, a.entity).is_some()
        });
        // "a visit to Britain, where he met May at Chequers": a country that cannot be a
        // city is where, so no town named before it is.
        let plain_country = before_where.last().is_some_and(|a| {
            a.kind == EntityKind::Country && !apposition && last_country.is_none()
        });
        let town = last_place
            .filter(|_| last_country.is_none() && !plain_country)
            .map(|i| {
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
        let town = town.or_else(|| last_country.and_then(|a| city_state(cx, a.entity)));
        place = town.or(place);
    }
    // "at Carthage Palace", with Tunis named in the sentence before: a venue the
    // sentence does not place is in the last city named there, of its country if known
    // (a venue near a town, "Camp David ... near Thurmont", is in neither).
    let near_a_town = (first..s.tokens.len()).any(|t| matches!(s.low(t), "near" | "outside"));
    if let Some(p) = place.filter(|_| !near_a_town) {
        let venue = &cx.res.entities[p];
        if venue.subkind.as_deref() == Some("venue") {
            let back = if venue.located_in.is_some() { 1 } else { 0 };
            place = city_before(cx, si, first, venue.located_in, back).or(place);
        }
    }
    if place.is_none() {
        place = journey.map(|(d, _)| d);
    }
    // "During a visit to Sfax, the president said", "Before leaving Tehran, Rouhani
    // said": where the actor was when it happened. (A trip that names where it went is
    // there: "a visit to Kyiv weeks after his trip to Vienna".)
    let own_destination = ev.class == EventClass::Visit && !ev.destinations.is_empty();
    if place.is_none() && !own_destination {
        place = presence_before(cx, si, first);
    }
    // "an assault on Tskhinval", "strikes against Kharkiv": the town attacked. Read from
    // the mentions themselves: among the actors, a capital attacked stands for its state.
    // ("In southern Lebanon, Israeli gunners shelled the outskirts of Nabatiyeh": the town
    // shelled, not the region the sentence opens with.)
    let region = place.is_some_and(|p| cx.res.entities[p].subkind.as_deref() == Some("region"));
    if (place.is_none() || region) && ev.class == EventClass::MilitaryAction {
        let candidates: Vec<(usize, bool, bool)> = actors_in(cx, si, last, last + 10)
            .iter()
            .filter(|a| a.kind == EntityKind::Place)
            .filter_map(|a| {
                // The word before the name, past "the" and up to two lower-case
                // modifiers ("in the disputed Shebaa Farms area").
                const TARGET_PREPS: &[&str] = &[
                    "on",
                    "against",
                    "at",
                    "in",
                    "near",
                    "targeting",
                    "toward",
                    "towards",
                    "including",
                    "hitting",
                    "striking",
                    "pounding",
                    "over",
                    "around",
                    "outside",
                ];
                let mut b = a.token - 1;
                for _ in 0..2 {
                    if b > last
                        && !TARGET_PREPS.contains(&s.low(b))
                        && !matches!(s.low(b), "of" | "the")
                        && s.tok(b).starts_with(char::is_lowercase)
                    {
                        b -= 1;
                    }
                }
                if s.low(b) == "the" && b > last {
                    b -= 1;
                }
                let prep = s.low(b);
                // "attacked Aleppo", "shelled the old city of Dubrovnik", "slammed into
                // the heart of Belgrade": the object.
                let object = a.token == last
                    || (prep == "of" && {
                        let noun = s.low(b.saturating_sub(1));
                        crate::names::names_town_after_of(noun) || noun == "capital"
                    });
                // ("across the Evros River", "along the Line of Control": the line fired
                // over, a fallback to the town hit, "settlements along the Dnipro,
                // hitting Kherson"; a sea crossed is where the fire came from.)
                let line = matches!(prep, "across" | "along");
                let sea = line && {
                    let label = &cx.res.entities[a.entity].label;
                    ["Sea", "Ocean", "Gulf", "Channel"]
                        .iter()
                        .any(|w| label.split_whitespace().any(|x| x == *w))
                };
                (!sea && (object || TARGET_PREPS.contains(&prep) || line))
                    .then_some((a.entity, object, line))
            })
            .collect();
        let attacked = candidates
            .iter()
            .find(|c| !c.2)
            .or(candidates.first())
            .map(|&(e, object, _)| (e, object));
        // (Only the object itself replaces a region: "In the Donbas, forces shelled
        // positions ahead of talks in Istanbul" stays in the Donbas.)
        place = match attacked {
            Some((e, object)) if place.is_none() || object => Some(e),
            _ => place,
        };
    }
    // "the Mumbai terror attacks", "the Paris bombings": the town named before the noun.
    let attack_noun = super::ATTACK_NOUNS.contains(&s.low(first));
    if place.is_none() && ev.class == EventClass::MilitaryAction && first >= 2 && attack_noun {
        place = actors_in(cx, si, first.saturating_sub(3), first)
            .iter()
            .filter(|a| a.kind == EntityKind::Place && is_city_like(cx, a.entity))
            .find(|a| {
                let end = s.mention_end(a.token);
                a.token >= 1
                    && s.low(a.token - 1) == "the"
                    && (end == first
                        || (end + 1 == first
                            && matches!(s.low(end), "terror" | "terrorist" | "suicide" | "bomb")))
            })
            .map(|a| a.entity);
    }
    // "the towns of Martuni and Shushi came under fire": the towns named as the subject.
    if place.is_none() && ev.class == EventClass::MilitaryAction {
        place = actors_in(cx, si, from, first)
            .iter()
            .filter(|a| a.kind == EntityKind::Place && a.token >= 2)
            .find(|a| {
                s.low(a.token - 1) == "of"
                    && crate::names::SETTLEMENT_NOUNS.contains(&s.low(a.token - 2))
            })
            .map(|a| a.entity);
    }
    if place.is_none() && matches!(ev.class, EventClass::Visit) {
        // The town a noun phrase names ("visited the Red Sea port city of Hodeidah"),
        // else the first place reached.
        let s = &cx.sentences[si];
        let city_of = |d: usize| {
            s.mentions.iter().enumerate().any(|(mi, m)| {
                cx.res.entity(si, mi) == Some(d)
                    && m.first_token >= 2
                    && s.low(m.first_token - 1) == "of"
                    && CITY_EPITHET_NOUNS.contains(&s.low(m.first_token - 2))
            })
        };
        let town = ev
            .destinations
            .iter()
            .copied()
            .find(|&d| is_city_like(cx, d) && city_of(d));
        place = town.or_else(|| {
            ev.destinations.iter().copied().find_map(|d| {
                let e = &cx.res.entities[d];
                match e.kind {
                    EntityKind::Place => {
                        (e.subkind.as_deref() != Some("macro-region")).then_some(d)
                    }
                    EntityKind::Country => city_state(cx, d),
                    _ => None,
                }
            })
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
    // "in the Great Hall of the People in Beijing": a venue followed by its city.
    if let Some(p) = place.filter(|&p| cx.res.entities[p].subkind.as_deref() == Some("venue")) {
        let venue_end = s
            .mentions
            .iter()
            .enumerate()
            .filter(|(mi, _)| cx.res.entity(si, *mi) == Some(p))
            .map(|(_, m)| m.last_token)
            .next();
        let city_after = venue_end.and_then(|end| {
            let at = if matches!(s.low(end), "in" | ",") {
                end + 1
            } else {
                return None;
            };
            s.mentions
                .iter()
                .enumerate()
                .find(|(_, m)| m.first_token == at)
                .and_then(|(mi, _)| cx.res.entity(si, mi))
                .filter(|&c| is_city_like(cx, c))
        });
        place = city_after.or(place);
    }
    // "signed an agreement at Himachal Bhavan here", "arrived here on Tuesday": in a
    // datelined story, "here" is the dateline city (a venue there included).
    let here = (from..s.tokens.len().min(last + PLACE_WINDOW)).any(|t| {
        s.low(t) == "here"
            && t > 0
            && !matches!(s.low(t - 1), "from" | "of")
            && !cx.quotes.inside(si, s.tokens[t].start)
    });
    let venue_or_none =
        place.is_none_or(|p| cx.res.entities[p].subkind.as_deref() == Some("venue"));
    if here && venue_or_none && ev.class != EventClass::PhoneCall {
        if let Some(d) = cx.dateline {
            place = Some(d);
        }
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

/// Days from the day `from` to the day `to` (both ISO days), when both are days.
fn days_after(from: &str, to: &str) -> Option<i64> {
    let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    Some((day(to)? - day(from)?).num_days())
}

/// Words of a statement made at another time than the stop it follows.
const ELSEWHEN: &[&str] = &[
    "later",
    "memoir",
    "memoirs",
    "time",
    "since",
    "book",
    "interview",
    "recalled",
    "recalls",
    "afterwards",
    "wrote",
    "writes",
];

/// How many sentences after travellers reached a town their talks are still taken to be
/// there, when the text names no place for them.
const STAY_SENTENCES: usize = 6;

/// Whether sentence `si` names a place or country (other than `except`) after "in",
/// "at", "to", "for" or "from": somewhere other than a town a traveller reached may be
/// meant.
fn names_somewhere(cx: &EventContext, si: usize, except: Option<usize>) -> bool {
    let s = &cx.sentences[si];
    s.mentions.iter().enumerate().any(|(mi, m)| {
        m.first_token > 0
            && matches!(
                s.low(m.first_token - 1),
                "in" | "at" | "to" | "for" | "from"
            )
            && cx.res.entity(si, mi).is_some_and(|e| {
                Some(e) != except
                    && matches!(
                        cx.res.entities[e].kind,
                        EntityKind::Place | EntityKind::Country
                    )
            })
    })
}

/// Verbs before "on the sidelines" of one left out of something, not at its margins.
const LEFT_OUT: &[&str] = &[
    "stayed", "stay", "stays", "remained", "remain", "remains", "left", "sat", "sit", "sits",
    "kept", "stood", "stand", "watched", "been",
];

/// "Foreign ministers of ASEAN met in Vientiane on Friday. On the sidelines, Wang Yi
/// held talks with Blinken": talks on the sidelines of no gathering named in their own
/// sentence are where the gathering of the two sentences before was.
pub(super) fn on_the_sidelines_before(cx: &EventContext, events: &mut [Event]) {
    for i in 0..events.len() {
        let ev = &events[i];
        if ev.place.is_some() || ev.class != EventClass::Meeting {
            continue;
        }
        let s = &cx.sentences[ev.sentence];
        // (Not one left out: "Washington has stayed on the sidelines", "Britain, left on
        // the sidelines, sent Lammy".)
        let bare = (0..s.tokens.len()).any(|t| {
            matches!(s.low(t), "sidelines" | "margins")
                && s.low(t + 1) != "of"
                && t.checked_sub(3)
                    .is_none_or(|v| !LEFT_OUT.contains(&s.low(v)))
        });
        if !bare {
            continue;
        }
        let day = |e: &Event| e.date.as_ref().map(|d| d.value.clone());
        let gathering = events[..i]
            .iter()
            .rev()
            .take_while(|e| e.sentence + 2 >= events[i].sentence)
            .filter(|e| e.sentence < events[i].sentence && e.modality.is_none())
            .filter(|e| day(e).is_none() || day(&events[i]).is_none() || day(e) == day(&events[i]))
            .find(|e| matches!(e.class, EventClass::Summit | EventClass::Meeting))
            .and_then(|e| e.place);
        if let Some(place) = gathering {
            events[i].place = Some(place);
        }
    }
}

/// "Čmilytė-Nielsen arrived in Tbilisi on Wednesday evening. ... She then held talks
/// with Garibashvili": talks or a signing that name no place, reported soon after one of
/// their people reached a town (by a visit, or by talks or a signing placed there), are
/// in that town, while no sentence since names another place or country ("flew back to
/// Moscow", "talks in Armenia", "at the Kremlin"). Only what happened: no planned or
/// negated event takes a town or leaves one; talks of another day than the stop's, or
/// whose people were last seen in different towns, take none; and talks dated only by
/// a month or year ("last met in Paris in 2013") leave no stop.
pub(super) fn where_travellers_are(cx: &EventContext, events: &mut [Event]) {
    /// A traveller's last known stop.
    struct Stop {
        person: usize,
        town: usize,
        sentence: usize,
        date: Option<String>,
    }
    let mut stops: Vec<Stop> = Vec::new();
    for ev in events.iter_mut() {
        if ev.modality.is_some() {
            continue;
        }
        let town = ev.place.filter(|&p| is_town(cx, p));
        let travelled = ev.class == EventClass::Visit;
        let dated_by_day = ev.date.as_ref().is_none_or(|d| d.value.len() == 10);
        let held_there = town.is_some()
            && dated_by_day
            && matches!(
                ev.class,
                EventClass::Meeting | EventClass::Summit | EventClass::Agreement
            );
        if travelled || held_there {
            let travellers = if travelled && !ev.sources.is_empty() {
                &ev.sources
            } else {
                &ev.participants
            };
            for person in cx.people_in(travellers) {
                stops.retain(|stop| stop.person != person);
                if let Some(town) = town {
                    stops.push(Stop {
                        person,
                        town,
                        sentence: ev.sentence,
                        date: ev.date.as_ref().map(|d| d.value.clone()),
                    });
                }
            }
            continue;
        }
        // ("received by President Zourabichvili at the Orbeliani Palace": a venue placed
        // in no other country is in the town too.)
        let venue = ev
            .place
            .filter(|&p| cx.res.entities[p].subkind.as_deref() == Some("venue"));
        if ev.place.is_some() && venue.is_none()
            || !matches!(
                ev.class,
                EventClass::Meeting | EventClass::Agreement | EventClass::Statement
            )
        {
            continue;
        }
        // (Words said at another time: "later wrote in his memoir", "said at the
        // time".)
        let s = &cx.sentences[ev.sentence];
        if ev.class == EventClass::Statement
            && (0..s.tokens.len()).any(|t| ELSEWHEN.contains(&s.low(t)))
        {
            continue;
        }
        let people = cx.people_in(&ev.participants);
        let seen: Vec<&Stop> = stops
            .iter()
            .filter(|stop| people.contains(&stop.person))
            .collect();
        let Some(last) = seen.iter().max_by_key(|stop| stop.sentence) else {
            continue;
        };
        let one_town = seen.iter().all(|stop| stop.town == last.town);
        let near = ev.sentence - last.sentence <= STAY_SENTENCES;
        // (A day or two later too, unless a sentence since says someone left: "returned
        // home on Monday".)
        let left = || {
            (last.sentence..=ev.sentence).any(|si| {
                let s = &cx.sentences[si];
                (0..s.tokens.len())
                    .any(|t| matches!(s.low(t), "returned" | "left" | "departed" | "home" | "back"))
            })
        };
        let same_day = match (&ev.date, &last.date) {
            (Some(a), Some(b)) => {
                a.value == *b
                    || (days_after(b, &a.value).is_some_and(|d| (1..=2).contains(&d)) && !left())
            }
            _ => true,
        };
        let nowhere_else =
            (last.sentence + 1..=ev.sentence).all(|si| !names_somewhere(cx, si, venue));
        let venue_there = venue.is_none_or(|v| {
            let country = cx.res.entities[v].located_in;
            country.is_none() || country == cx.res.entities[last.town].located_in
        });
        if one_town && near && same_day && nowhere_else && venue_there {
            ev.place = Some(last.town);
        }
    }
}
