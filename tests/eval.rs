//! Extraction quality on fixture articles with gold files, through the real binary's
//! `eval` command. The thresholds sit a little under the measured scores (README) so a
//! regression fails CI; raise them as extraction improves.

mod common;

use common::{root, run};

fn eval(dir: &str, mins: &[&str]) {
    let path = root().join(dir);
    let mut args = vec!["eval".to_string(), path.display().to_string()];
    for m in mins {
        args.push("--min".into());
        args.push(m.to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&args);
    assert!(
        out.status.success(),
        "eval {dir} below threshold:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_sample_article_scores_perfectly() {
    eval(
        "fixtures/seed",
        &[
            "persons=1.0",
            "positions=1.0",
            "events=1.0",
            "pairs=1.0",
            "places=1.0",
        ],
    );
}

#[test]
fn development_set_meets_its_thresholds() {
    eval(
        "fixtures/dev",
        &[
            "persons=0.92",
            "positions=0.79",
            "events=0.78",
            "pairs=0.76",
            "places=0.77",
        ],
    );
}

#[test]
fn held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout",
        &[
            "persons=0.94",
            "positions=0.82",
            "events=0.77",
            "pairs=0.77",
            "places=0.74",
        ],
    );
}

/// A second held-out set, written blind by someone who never saw the extractor, and
/// never looked at by whoever tunes the rules; the thresholds sit just under its
/// measured figures so that a change that loses generality fails here.
#[test]
fn blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout2",
        &[
            "persons=0.90",
            "positions=0.80",
            "events=0.76",
            "pairs=0.69",
            "places=0.81",
        ],
    );
}

/// A third blind set, written by a helper that never saw the extractor; only its totals
/// have been looked at.
#[test]
fn third_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout3",
        &[
            "persons=0.91",
            "positions=0.83",
            "events=0.75",
            "pairs=0.68",
            "places=0.78",
        ],
    );
}

/// A fourth blind set, first measured at the end of the session that added it; the
/// thresholds sit just under its current figures.
#[test]
fn fourth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout4",
        &[
            "persons=0.89",
            "positions=0.79",
            "events=0.81",
            // (0.74 at the end of session 7; splitting "separate telephone calls with A
            // and B" into one call each took it to 0.71 in session 8.)
            "pairs=0.69",
            "places=0.79",
        ],
    );
}

/// A fifth blind set, written in session 4 by a helper that never saw the extractor;
/// first measured midway through the session, again on its final commit.
#[test]
fn fifth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout5",
        &[
            "persons=0.91",
            "positions=0.73",
            "events=0.74",
            "pairs=0.65",
            "places=0.78",
        ],
    );
}

/// A sixth blind set, written at the start of session 5 by a helper that never saw the
/// extractor; measured at the start and the end of that session only.
#[test]
fn sixth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout6",
        &[
            "persons=0.81",
            "positions=0.70",
            "events=0.75",
            "pairs=0.66",
            "places=0.72",
        ],
    );
}

/// A seventh blind set, written near the end of session 5 by a helper that never saw the
/// extractor; measured before that session's last four rules and on its final commit.
#[test]
fn seventh_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout7",
        &[
            "persons=0.91",
            "positions=0.77",
            "events=0.80",
            "pairs=0.77",
            "places=0.69",
        ],
    );
}

/// Written blind at the start of session 6; measured two-thirds of the way through it, at
/// its end, and after its closing review fixes.
#[test]
fn eighth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout8",
        &[
            "persons=0.92",
            "positions=0.80",
            "events=0.79",
            "pairs=0.78",
            "places=0.60",
        ],
    );
}

/// Written blind midway through session 6; measured at its end, before and after its
/// closing review fixes.
#[test]
fn ninth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout9",
        &[
            "persons=0.92",
            "positions=0.76",
            "events=0.76",
            "pairs=0.74",
            "places=0.70",
        ],
    );
}

/// Written blind at the start of session 7; measured at its end and after session 8's
/// review fixes.
#[test]
fn tenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout10",
        &[
            "persons=0.93",
            "positions=0.72",
            "events=0.74",
            "pairs=0.58",
            "places=0.73",
        ],
    );
}

/// Written blind at the start of session 8; measured 70 minutes in and at its end.
#[test]
fn eleventh_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout11",
        &[
            "persons=0.96",
            "positions=0.87",
            "events=0.75",
            "pairs=0.66",
            "places=0.73",
        ],
    );
}

/// Written blind at the start of session 9 and first measured before any of its rules.
#[test]
fn twelfth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout12",
        &[
            "persons=0.96",
            "positions=0.76",
            "events=0.77",
            "pairs=0.73",
            "places=0.77",
        ],
    );
}

/// Written blind during session 9 and measured once, at its end, on the session's
/// starting extractor and on its final one (the same figures but one event).
#[test]
fn thirteenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout13",
        &[
            "persons=0.92",
            "positions=0.85",
            "events=0.73",
            "pairs=0.64",
            "places=0.73",
        ],
    );
}

/// Written at the start of session 10 and first measured on the session-9 extractor
/// (0.75 / 0.73 / 0.77 for events, pairs and places).
#[test]
fn fourteenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout14",
        &[
            "persons=0.92",
            "positions=0.86",
            "events=0.75",
            "pairs=0.72",
            "places=0.76",
        ],
    );
}

#[test]
fn fifteenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout15",
        &[
            "persons=0.92",
            "positions=0.77",
            "events=0.72",
            "pairs=0.78",
            "places=0.73",
        ],
    );
}

/// Written during session 11 and measured once, at its end (0.670 / 0.581 / 0.602 for
/// events, pairs and places on both the session-10 and the session-11 extractor).
#[test]
fn sixteenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout16",
        &[
            "persons=0.93",
            "positions=0.80",
            "events=0.66",
            "pairs=0.57",
            "places=0.57",
        ],
    );
}

/// Written at the start of session 12 away from the usual template and first measured
/// on the session-11 extractor (0.762 / 0.613 / 0.729).
#[test]
fn seventeenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout17",
        &[
            "persons=0.95",
            "positions=0.86",
            "events=0.73",
            "pairs=0.58",
            "places=0.70",
        ],
    );
}

/// Written at the start of session 13 and first measured on the session-12 extractor
/// (0.815 / 0.692 / 0.815).
#[test]
fn eighteenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout18",
        &[
            "persons=0.93",
            "positions=0.83",
            "events=0.78",
            "pairs=0.66",
            "places=0.78",
        ],
    );
}

#[test]
fn nineteenth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout19",
        &[
            "persons=0.94",
            "positions=0.78",
            "events=0.77",
            "pairs=0.61",
            "places=0.77",
        ],
    );
}

#[test]
fn twentieth_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout20",
        &[
            "persons=0.90",
            "positions=0.79",
            "events=0.78",
            "pairs=0.57",
            "places=0.77",
        ],
    );
}

#[test]
fn twenty_first_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout21",
        &[
            "persons=0.91",
            "positions=0.73",
            "events=0.80",
            "pairs=0.68",
            "places=0.81",
        ],
    );
}

#[test]
fn twenty_second_blind_held_out_set_meets_its_thresholds() {
    eval(
        "fixtures/heldout22",
        &[
            "persons=0.91",
            "positions=0.78",
            "events=0.70",
            "pairs=0.58",
            "places=0.67",
        ],
    );
}

#[test]
fn twenty_third_blind_held_out_set_meets_its_thresholds() {
    // (Places 0.81 to 0.79 in session 25: "the three presidents" read as the three
    // presidents named just before gives one event fewer here, wrong by count, and one
    // place label fewer, and `heldout9` one event right more; measured, never read.)
    eval(
        "fixtures/heldout23",
        &[
            "persons=0.91",
            "positions=0.77",
            "events=0.74",
            "pairs=0.73",
            "places=0.79",
        ],
    );
}

#[test]
fn twenty_fourth_blind_held_out_set_meets_its_thresholds() {
    // (First run, on the session-18 extractor: 0.823 / 0.672 / 0.747 events, pairs,
    // places; persons 0.924, positions 0.777.)
    eval(
        "fixtures/heldout24",
        &[
            "persons=0.90",
            "positions=0.75",
            "events=0.80",
            "pairs=0.65",
            "places=0.72",
        ],
    );
}

#[test]
fn twenty_fifth_blind_held_out_set_meets_its_thresholds() {
    // (First run, on the session-19 extractor: 0.804 / 0.592 / 0.756 events, pairs,
    // places; persons 0.959, positions 0.784.)
    eval(
        "fixtures/heldout25",
        &[
            "persons=0.93",
            "positions=0.75",
            "events=0.78",
            "pairs=0.56",
            "places=0.72",
        ],
    );
}

#[test]
fn twenty_sixth_blind_held_out_set_meets_its_thresholds() {
    // (First run, on the session-20 extractor: 0.815 / 0.518 / 0.740 events, pairs,
    // places; persons 0.947, positions 0.827.)
    eval(
        "fixtures/heldout26",
        &[
            "persons=0.92",
            "positions=0.78",
            "events=0.78",
            "pairs=0.48",
            "places=0.70",
        ],
    );
}

#[test]
fn twenty_seventh_blind_held_out_set_meets_its_thresholds() {
    // (First run, on the session-21 extractor: 0.798 / 0.577 / 0.694 events, pairs,
    // places; persons 0.951, positions 0.857.)
    eval(
        "fixtures/heldout27",
        &[
            "persons=0.92",
            "positions=0.82",
            "events=0.76",
            "pairs=0.54",
            "places=0.65",
        ],
    );
}

#[test]
fn twenty_eighth_blind_held_out_set_meets_its_thresholds() {
    // (First run, on the session-22 extractor: 0.777 / 0.604 / 0.764 events, pairs,
    // places; persons 0.956, positions 0.805.)
    eval(
        "fixtures/heldout28",
        &[
            "persons=0.93",
            "positions=0.77",
            "events=0.74",
            "pairs=0.56",
            "places=0.72",
        ],
    );
}

#[test]
fn twenty_ninth_blind_held_out_set_meets_its_thresholds() {
    // (First run, on the session-23 extractor: 0.781 / 0.478 / 0.741 events, pairs,
    // places; persons 0.944, positions 0.811.)
    eval(
        "fixtures/heldout29",
        &[
            "persons=0.92",
            "positions=0.78",
            "events=0.75",
            "pairs=0.45",
            "places=0.70",
        ],
    );
}

#[test]
fn thirtieth_blind_held_out_set_meets_its_thresholds() {
    // (First run, at the end of session 24 on its extractor: 0.776 / 0.431 / 0.863
    // events, pairs, places; persons 0.975, positions 0.844.)
    eval(
        "fixtures/heldout30",
        &[
            "persons=0.95",
            "positions=0.81",
            "events=0.74",
            "pairs=0.40",
            "places=0.82",
        ],
    );
}

#[test]
fn thirty_first_blind_held_out_set_meets_its_thresholds() {
    // (First run, at the start of session 25 on the session-24 extractor: 0.807 / 0.692
    // / 0.765 events, pairs, places; persons 0.94, positions 0.86.)
    eval(
        "fixtures/heldout31",
        &[
            "persons=0.91",
            "positions=0.83",
            "events=0.77",
            "pairs=0.65",
            "places=0.73",
        ],
    );
}

#[test]
fn thirty_second_blind_held_out_set_meets_its_thresholds() {
    // (First run, at the start of session 26 on the session-25 extractor: 0.714 / 0.777
    // / 0.691 events, pairs, places; persons 0.94, positions 0.85.)
    eval(
        "fixtures/heldout32",
        &[
            "persons=0.91",
            "positions=0.82",
            "events=0.68",
            "pairs=0.74",
            "places=0.66",
        ],
    );
}

#[test]
fn thirty_third_blind_held_out_set_meets_its_thresholds() {
    // (First run, at the start of session 27 on the session-26 extractor: 0.754 / 0.492
    // / 0.732 events, pairs, places; persons 0.94, positions 0.76.)
    eval(
        "fixtures/heldout33",
        &[
            "persons=0.91",
            "positions=0.72",
            "events=0.72",
            "pairs=0.46",
            "places=0.70",
        ],
    );
}

#[test]
fn thirty_fourth_blind_held_out_set_meets_its_thresholds() {
    // (First run, at the start of session 28 on the session-27 extractor: 0.794 / 0.801
    // / 0.811 events, pairs, places; persons 0.99, positions 0.82.)
    eval(
        "fixtures/heldout34",
        &[
            "persons=0.96",
            "positions=0.79",
            "events=0.77",
            "pairs=0.77",
            "places=0.78",
        ],
    );
}

#[test]
fn plover_typing_on_one_sentence_reports() {
    eval(
        "fixtures/plover/dev",
        &["plover=0.85", "plover-source=0.60"],
    );
    eval(
        "fixtures/plover/dev2",
        // (0.83 when tuned in session 7; session 8's review narrowed the wider
        // vocabulary: no bare "requested", "landed", "burned", "approved", "rallied".)
        &["plover=0.75", "plover-source=0.33"],
    );
    eval(
        "fixtures/plover/heldout",
        &["plover=0.67", "plover-source=0.48"],
    );
}

#[test]
fn eval_json_has_every_category() {
    let out = run(&[
        "eval",
        "--format",
        "json",
        root().join("fixtures/seed").to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for k in ["persons", "positions", "events", "pairs", "places"] {
        assert!(v["total"][k]["f1"].is_number(), "{k} missing");
    }
}
