//! Constructions of English news, one passage each, with the events a careful annotator
//! records (`fixtures/constructions/battery*.ndjson`, each written blind to the code): the real binary must find nearly all of them. An expected event is
//! found when an event of a compatible type names every expected person (as participant
//! or speaker); its place is right when one such event is at the expected place (by
//! label or other name). The second battery also holds passages that name people who
//! take no part ("a portrait of Mao"): nobody outside a passage's expectations may appear
//! in its events.

mod common;

use common::ok;
use serde_json::Value;

/// Event types the battery uses, and the classes that count for each.
fn compatible(expected: &str, class: &str) -> bool {
    match expected {
        "meeting" => matches!(class, "Meeting" | "Summit" | "Visit" | "PhoneCall"),
        "call" => matches!(class, "PhoneCall" | "Meeting"),
        "visit" => matches!(class, "Visit" | "Meeting"),
        "summit" => matches!(class, "Summit" | "Meeting" | "Conference"),
        "statement" => class == "Statement",
        "agreement" => class == "Agreement",
        "conference" => matches!(class, "Summit" | "Meeting"),
        "military" => class == "MilitaryAction",
        "other" => class == "Event",
        _ => false,
    }
}

/// Name words folded to lower case, accents and punctuation aside; only words of four
/// letters or more, cut to six, so "Zelensky" is "Zelenskyy" and "Al Saud" may go.
fn name_words(name: &str) -> Vec<String> {
    diplograph::names::fold(name)
        .split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .map(|w| w.chars().take(6).collect())
        .collect()
}

/// The same name, or names sharing a long word ("Liu He" has none: it must be equal).
fn same_person(a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(a), name_words(b));
    diplograph::names::fold(a) == diplograph::names::fold(b) || wa.iter().any(|w| wb.contains(w))
}

/// An extracted event: its class, people (participants and speaker) and place names.
struct Seen {
    class: String,
    people: Vec<String>,
    places: Vec<String>,
}

/// What the binary made of one battery: per expected event, whether it was found and,
/// where a place is expected, whether it was right; and the people no passage expects.
#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    placed: usize,
    placed_right: usize,
    missed: Vec<String>,
    misplaced: Vec<String>,
    extra: Vec<String>,
}

/// Runs the binary once over every passage of `file` (one run: the gazetteer is built
/// once) and scores it.
fn score(file: &str) -> Score {
    let battery =
        std::fs::read_to_string(common::root().join(file)).expect("the battery is readable");
    let dir = tempfile::tempdir().unwrap();
    let items: Vec<Value> = battery
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    for item in &items {
        let id = item["id"].as_str().unwrap();
        let article = format!(
            "• March 3, 2025\n\nHeadline\n\nReuters\n\n{}\n\nhttps://example.org/constructions/{id}\n",
            item["text"].as_str().unwrap()
        );
        std::fs::write(dir.path().join(format!("{id}.txt")), article).unwrap();
    }
    let json = ok(&["extract", "--format", "json", dir.path().to_str().unwrap()]);
    let all: Value = serde_json::from_str(&json).unwrap();
    let by_id = |id: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|x| {
                x["article"]["url"]
                    .as_str()
                    .is_some_and(|u| u.ends_with(&format!("/{id}")))
            })
            .unwrap_or_else(|| panic!("no extraction for {id}"))
    };
    let mut score = Score::default();
    for item in &items {
        let id = item["id"].as_str().unwrap();
        let x = by_id(id);
        let entities = x["entities"].as_array().unwrap();
        let entity = |i: &Value| &entities[i.as_u64().unwrap() as usize];
        let label = |i: &Value| entity(i)["label"].as_str().unwrap().to_string();
        let events: Vec<Seen> = x["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let mut people: Vec<String> = e["participants"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|&p| entity(p)["kind"] == "person")
                    .map(label)
                    .collect();
                // (A speaker that is a country or body is no person: "Jordan rejected".)
                if !e["speaker"].is_null() && entity(&e["speaker"])["kind"] == "person" {
                    people.push(label(&e["speaker"]));
                }
                let mut places = Vec::new();
                if !e["place"].is_null() {
                    let place = entity(&e["place"]);
                    places.push(place["label"].as_str().unwrap().to_string());
                    for alt in place["alt_labels"].as_array().into_iter().flatten() {
                        places.push(alt.as_str().unwrap().to_string());
                    }
                }
                Seen {
                    class: e["class"].as_str().unwrap().to_string(),
                    people,
                    places,
                }
            })
            .collect();
        let expects = item["expect"].as_array().unwrap();
        let all_expected: Vec<&str> = expects
            .iter()
            .flat_map(|w| w["people"].as_array().unwrap())
            .map(|p| p.as_str().unwrap())
            .collect();
        for seen in &events {
            for who in &seen.people {
                if !all_expected.iter().any(|p| same_person(p, who)) {
                    score.extra.push(format!("{id} {who} in a {}", seen.class));
                }
            }
        }
        for want in expects {
            score.expected += 1;
            let kind = want["type"].as_str().unwrap();
            let people: Vec<&str> = want["people"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap())
                .collect();
            let hits: Vec<&Seen> = events
                .iter()
                .filter(|seen| {
                    compatible(kind, &seen.class)
                        && people
                            .iter()
                            .all(|p| seen.people.iter().any(|g| same_person(p, g)))
                })
                .collect();
            if hits.is_empty() {
                score.missed.push(format!("{id} {kind} {people:?}"));
                continue;
            }
            score.found += 1;
            if let Some(place) = want.get("place").and_then(Value::as_str) {
                score.placed += 1;
                let fold = diplograph::names::fold;
                if hits
                    .iter()
                    .any(|h| h.places.iter().any(|p| fold(p) == fold(place)))
                {
                    score.placed_right += 1;
                } else {
                    score.misplaced.push(format!("{id} {kind} at {place}"));
                }
            }
        }
    }
    score
}

impl Score {
    /// Asserts at least `found`% of the expected events found, `placed`% of the expected
    /// places right and at most `extra` people who take no part (`None`: not checked).
    fn at_least(&self, found: usize, placed: usize, extra: Option<usize>) {
        assert!(
            self.found * 100 >= self.expected * found,
            "{} of {} found; missed:\n{}",
            self.found,
            self.expected,
            self.missed.join("\n")
        );
        assert!(
            self.placed_right * 100 >= self.placed * placed,
            "{} of {} places right; wrong:\n{}",
            self.placed_right,
            self.placed,
            self.misplaced.join("\n")
        );
        if let Some(most) = extra {
            assert!(
                self.extra.len() <= most,
                "people who take no part:\n{}",
                self.extra.join("\n")
            );
        }
    }
}

#[test]
fn the_construction_battery_is_nearly_all_found() {
    // 74 of 77 at the end of session 18 (70 at its start), 76 at the end of session 19.
    // (Its places and people who take no part were not written to be scored.)
    score("fixtures/constructions/battery.ndjson").at_least(96, 0, None);
}

#[test]
fn the_second_battery_is_found_in_its_places_with_nobody_else() {
    // Session 19 started at 109 of 120 found, 90 of 101 places right and 5 people who
    // took no part; it ended at 119, 100 of 110 and none.
    score("fixtures/constructions/battery2.ndjson").at_least(95, 90, Some(1));
}

#[test]
fn the_third_battery_of_excerpts_tracks_people_across_sentences() {
    // Excerpts of three to six sentences (pronouns, group references, titles alone,
    // delegations, rosters, re-mentioned talks). Session 19 started at 167 of 213 found,
    // 103 of 150 places right and 5 people who took no part, and ended at 176, 108 of
    // 158 and 5; session 20 ended at 192, 124 of 174 and 5; session 24 at 192, 140 of
    // 174 and 4 (statements placed where their travelling speaker is).
    score("fixtures/constructions/battery3.ndjson").at_least(85, 76, Some(6));
}

#[test]
fn the_fourth_battery_finds_who_took_part_in_meetings_and_calls() {
    // Passages of two to five sentences on the participants of meetings and calls
    // (rosters, readout house styles, people named by role, groups, separate talks,
    // calls with several people, people who take no part), written blind to the code in
    // session 20: 167 of 204 found on the session-19 extractor, 114 of 151 places right,
    // 3 people who took no part; 169, 134 of 153 and 2 at the end of session 24.
    score("fixtures/constructions/battery4.ndjson").at_least(80, 83, Some(4));
}

#[test]
fn the_fifth_battery_finds_where_events_happen() {
    // Passages on places in sentences with several events or places (strikes on towns
    // and villages, a place from an earlier clause or sentence, epithets, venues in a
    // city named before, places that are not the event's, datelines, calls, statements
    // made somewhere), written blind to the code in session 21: 147 of 155 found and
    // 116 of 135 places right on the session-20 extractor; 149 and 122 of 137 at the
    // end of session 21.
    score("fixtures/constructions/battery5.ndjson").at_least(92, 87, Some(2));
}

#[test]
fn the_sixth_battery_finds_who_is_together_in_words_other_than_met() {
    // Passages on who is together when the text does not say "X met Y" (other words for
    // talks, groups named before, rosters after a summit, people named by a role two
    // of them share, calls and statements with several people, talks in the background,
    // people named who take no part), written blind to the code in session 21: 137 of
    // 195 found, 104 of 129 places right and 8 people who take no part on the session-20
    // extractor; 143, 107 of 135 and 8 at the end of session 21; 156, 128 of 144 and 8
    // at the end of session 24.
    score("fixtures/constructions/battery6.ndjson").at_least(76, 84, Some(8));
}

#[test]
fn the_seventh_battery_finds_who_takes_part_when_rosters_and_talks_are_apart() {
    // Passages where people are listed in one sentence and the talks or gathering are
    // reported in another that names nobody or only some (delegations in readouts,
    // "Attending the talks were", summit rosters named again, negotiating teams, a
    // delegation that travels, posts in the plural, people who take no part), written
    // blind to the code in session 23: 151 of 250 found, 112 of 144 places right and 4
    // people who take no part on the session-22 extractor; 187, 147 of 180 and none at
    // the end of session 23; 188, 155 of 181 and none at the end of session 24; 190, 156
    // of 183 and none at the end of session 25.
    score("fixtures/constructions/battery7.ndjson").at_least(72, 82, Some(1));
}

#[test]
fn the_eighth_battery_finds_two_people_named_in_one_sentence_meeting() {
    // Passages where the people who meet are both named in one sentence, in the wordings
    // news uses beyond "A met B" (noun phrases, relative clauses and participles, hosts
    // and audiences, "sat down with", "joined A and B for talks", indirect calls, unusual
    // names, people who take no part), written blind to the code in session 24: 114 of
    // 140 found, 70 of 95 places right and 10 people who take no part on the session-23
    // extractor; 129, 87 of 109 and 9 at the end of session 24.
    score("fixtures/constructions/battery8.ndjson").at_least(88, 76, Some(9));
}

#[test]
fn the_ninth_battery_finds_who_attended_a_gathering() {
    // Multilateral gatherings (summits, ministerials, peace conferences, funerals and
    // inaugurations) whose attendees the text reveals in other sentences and other words
    // than a list ("Present were", "A attended, as did B", "the three presidents", acts at
    // the gathering, stand-ins, leaders who stayed away), written blind to the code in
    // session 25. Its expectations put every attendee the passage shows on every entry of
    // the gathering, more than the blind sets' gold does, so it is a target to climb, not
    // a bar: 136 of 345 found, 42 of 123 places right and 5 people who take no part on
    // the session-24 extractor; 141, 44 of 128 and 5 at the end of session 25.
    score("fixtures/constructions/battery9.ndjson").at_least(39, 33, Some(5));
}

#[test]
fn the_tenth_battery_finds_military_acts_and_where_they_happened() {
    // Strikes, shelling, clashes, sieges, blockades, seizures, tests, drills and
    // deployments in the wordings wire stories use (nouns as subjects, passives, acts
    // inside relative clauses and reported speech, history in features), with places
    // after "off the coast of", "outside", "near the border town of" and places that are
    // not the event's, plus eight passages that only look military; written blind to the
    // code in session 27: 41 of 72 found, 23 of 39 places right on the session-26
    // extractor; 66, 39 of 63 and no one who takes no part after that session's triggers
    // (67 and 44 of 64 before a review narrowed them: bare "patrols", "took part in
    // drills", "troop deployment" and "hit by" anything were too loose in real text).
    score("fixtures/constructions/battery10.ndjson").at_least(90, 60, Some(0));
}
