//! Bad input, killed runs and a second process: nothing lost, nothing half-written,
//! clear messages, no panics.

mod common;

use common::{article_count, ok, root, run, stored_urls};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn graph_sizes(store: &str) -> std::collections::BTreeMap<String, u64> {
    let out = ok(&[
        "query",
        "--store",
        store,
        "--format",
        "csv",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/diplograph/ontology>) } GROUP BY ?g",
    ]);
    out.lines()
        .skip(1)
        .filter_map(|l| {
            let (g, n) = l.trim_end().split_once(',')?;
            Some((g.to_string(), n.parse().ok()?))
        })
        .collect()
}

/// An ingest reading JSON Lines from a pipe, writing batches of `batch` articles.
fn ingest_from_stdin(store: &str, batch: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_diplograph"))
        .args(["ingest", "--quiet", "--store", store, "-"])
        .env("DIPLOGRAPH_BATCH", batch)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// The development articles as JSON Lines records with distinct URLs.
fn records(copies: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(root().join("fixtures/dev"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    for i in 0..copies {
        for p in &paths {
            let a = diplograph::read::parse_text_article(&std::fs::read_to_string(p).unwrap(), "t")
                .unwrap();
            out.push(
                serde_json::json!({"title": a.title, "date": a.date, "url": format!("{}-copy{i}", a.url.unwrap()), "text": a.text})
                    .to_string(),
            );
        }
    }
    out
}

#[test]
fn a_killed_ingest_leaves_whole_articles_and_a_rerun_completes_it() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db").display().to_string();
    let all = records(2);
    // Feed 24 records (three whole batches of 8) through standard input, wait until they
    // are written, then SIGKILL the ingest while it waits for more input.
    let mut child = ingest_from_stdin(&store, "8");
    let mut stdin = child.stdin.take().unwrap();
    for r in &all[..24] {
        writeln!(stdin, "{r}").unwrap();
    }
    stdin.flush().unwrap();
    std::thread::sleep(Duration::from_secs(8));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    drop(stdin);
    let after_kill = graph_sizes(&store);
    assert_eq!(
        after_kill.len(),
        24,
        "the three whole batches are stored, nothing else"
    );
    // Rerun everything to completion.
    let feed = dir.path().join("all.jsonl");
    std::fs::write(&feed, all.join("\n")).unwrap();
    ok(&[
        "ingest",
        "--quiet",
        "--store",
        &store,
        feed.to_str().unwrap(),
    ]);
    let complete = graph_sizes(&store);
    assert_eq!(
        complete.len(),
        all.len(),
        "the rerun did not store every article"
    );
    for (g, n) in &after_kill {
        assert_eq!(
            complete.get(g),
            Some(n),
            "graph {g} was half-written when the run was killed"
        );
    }
}

#[test]
fn a_second_process_is_told_the_store_is_busy() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db").display().to_string();
    // A writer that holds the store open while it waits for input.
    let mut child = ingest_from_stdin(&store, "256");
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{}", records(1)[0]).unwrap();
    stdin.flush().unwrap();
    let started = Instant::now();
    while !Path::new(&store).join("CURRENT").exists() {
        assert!(started.elapsed() < Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(50));
    }
    let query = run(&[
        "query",
        "--store",
        &store,
        "--format",
        "tsv",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    ]);
    let update = run(&[
        "update",
        "--store",
        &store,
        "INSERT DATA { <http://a> <http://b> <http://c> }",
    ]);
    let export = run(&["export", "--store", &store, "--format", "nquads"]);
    drop(stdin); // end of input: the writer finishes
    assert!(child.wait().unwrap().success());
    for (what, out) in [("query", &query), ("update", &update), ("export", &export)] {
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {err}");
        assert!(
            err.contains("in use by another diplograph process"),
            "{what}: {err}"
        );
        assert!(
            !err.contains("panicked") && !err.contains("RocksDB") && !err.contains("Corruption"),
            "{what}: {err}"
        );
    }
    // Once the writer is done, readers and writers get in.
    ok(&["query", "--store", &store, "ASK { ?s ?p ?o }"]);
    ok(&[
        "update",
        "--store",
        &store,
        "INSERT DATA { <http://a> <http://b> <http://c> }",
    ]);
}

#[test]
fn bad_files_are_named_and_good_ones_stored() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 159, 146, 150, 0, 255, 254, 0]).unwrap();
    let mut latin1 =
        b"Prime Minister Pedro S\xe1nchez met Moroccan King Mohammed VI in Rabat.".to_vec();
    latin1.extend_from_slice(b"\n\nhttps://example.com/latin1\n");
    std::fs::write(d.join("latin1.txt"), latin1).unwrap();
    let deep: PathBuf = (0..40).fold(d.join("deep"), |p, i| p.join(format!("d{i}")));
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("deep.txt"), "Indonesian Foreign Minister Retno Marsudi met Chinese Foreign Minister Wang Yi in Jakarta.\n\nhttps://example.com/deep\n").unwrap();
    let store = d.join("db");
    let out = run(&[
        "ingest",
        "--store",
        store.to_str().unwrap(),
        d.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("empty.txt"), "{err}");
    assert!(
        err.contains("latin1.txt") && err.contains("invalid UTF-8"),
        "{err}"
    );
    let urls = stored_urls(store.to_str().unwrap());
    assert!(
        urls.contains("https://example.com/latin1") && urls.contains("https://example.com/deep"),
        "{urls}"
    );
}

#[test]
fn strict_stops_at_the_first_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Lavrov met Wang Yi in Beijing.\n\nhttps://example.com/b\n",
    )
    .unwrap();
    let store = dir.path().join("db");
    let out = run(&[
        "ingest",
        "--strict",
        "--store",
        store.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let n = article_count(store.to_str().unwrap());
    assert!(n.lines().nth(1).unwrap().starts_with('0'), "{n}");
}

#[test]
fn a_huge_single_line_article_is_extracted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.txt");
    let sentence =
        "Officials from Ruritania discussed trade quotas with delegates from many countries ";
    let text = sentence.repeat(10_000_000 / sentence.len());
    std::fs::write(&file, text).unwrap();
    let out = run(&["extract", "--format", "json", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
