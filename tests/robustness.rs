//! Bad input, killed runs and a second process: nothing lost, nothing half-written,
//! clear messages, no panics.

mod common;

use common::{ok, root, run};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Writes `copies` renamed copies of the development articles (distinct URLs) into `dir`.
fn corpus(dir: &Path, copies: usize) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("fixtures/dev")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for i in 0..copies {
            let stem = path.file_stem().unwrap().to_str().unwrap();
            std::fs::write(
                dir.join(format!("{stem}-{i}.txt")),
                format!("{}-copy{i}\n", text.trim_end()),
            )
            .unwrap();
            n += 1;
        }
    }
    n
}

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

fn spawn_ingest(store: &str, dir: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_diplograph"))
        .args(["ingest", "--quiet", "--store", store, dir.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn a_killed_ingest_leaves_whole_articles_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    let total = corpus(&articles, 12);
    let store = dir.path().join("db").display().to_string();
    let mut child = spawn_ingest(&store, &articles);
    // Kill it once some batches are in, before it can finish.
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(200));
        let in_store = if Path::new(&store).join("CURRENT").exists() {
            graph_sizes(&store).len()
        } else {
            0
        };
        if in_store > 0 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let after_kill = graph_sizes(&store);
    assert!(
        after_kill.len() < total,
        "the run finished before it was killed; use a bigger corpus"
    );
    // Rerun to completion.
    ok(&[
        "ingest",
        "--quiet",
        "--store",
        &store,
        articles.to_str().unwrap(),
    ]);
    let complete = graph_sizes(&store);
    assert_eq!(
        complete.len(),
        total,
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
fn a_second_process_reads_or_is_told_the_store_is_busy() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    corpus(&articles, 6);
    let store = dir.path().join("db").display().to_string();
    let mut child = spawn_ingest(&store, &articles);
    while !Path::new(&store).join("CURRENT").exists() {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(300));
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
    child.wait().unwrap();
    for (what, out) in [("query", &query), ("update", &update)] {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{what} panicked: {err}"
        );
        if !out.status.success() {
            assert_eq!(out.status.code(), Some(1), "{what}: {err}");
            assert!(
                err.contains("in use by another diplograph process"),
                "{what}: {err}"
            );
        }
    }
    assert!(
        query.status.success(),
        "a read-only query should run beside a writer: {}",
        String::from_utf8_lossy(&query.stderr)
    );
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
    let urls = ok(&[
        "query",
        "--store",
        store.to_str().unwrap(),
        "--format",
        "csv",
        "SELECT ?u WHERE { ?a <http://schema.org/url> ?u }",
    ]);
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
    let n = ok(&[
        "query",
        "--store",
        store.to_str().unwrap(),
        "--format",
        "tsv",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }",
    ]);
    assert!(n.lines().nth(1).unwrap().starts_with('0'), "{n}");
}

#[test]
fn a_huge_single_line_article_is_ingested() {
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
