//! Helpers for the CLI tests: run the real binary against a temporary store.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample article, kept byte for byte under fixtures/seed/.
pub fn seed() -> PathBuf {
    root().join("fixtures/seed/00.txt")
}

/// Runs `diplograph ARGS...`.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_diplograph"))
        .args(args)
        .env_remove("DIPLOGRAPH_STORE")
        .output()
        .expect("the binary runs")
}

/// Runs and asserts success; returns stdout.
pub fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "diplograph {args:?} failed ({:?}):\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// A temporary store with the sample article ingested.
pub struct Seeded {
    _dir: tempfile::TempDir,
    /// The store path.
    pub store: String,
}

impl Seeded {
    /// Ingests the given files into a fresh store.
    pub fn new(files: &[&Path]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("db").display().to_string();
        let mut args = vec!["ingest", "--store", store.as_str()];
        let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        args.extend(files.iter().map(String::as_str));
        ok(&args);
        Seeded { _dir: dir, store }
    }

    /// SPARQL (with the contract's prefixes) -> TSV rows without the header.
    pub fn query(&self, sparql: &str) -> Vec<String> {
        let q = format!(
            "PREFIX dg: <https://w3id.org/diplograph/ontology#>\nPREFIX schema: <http://schema.org/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n{sparql}"
        );
        let out = ok(&["query", "--store", &self.store, "--format", "tsv", &q]);
        out.lines().skip(1).map(str::to_string).collect()
    }
}

/// The article URLs a store holds (SPARQL CSV results, header included).
pub fn stored_urls(store: &str) -> String {
    ok(&[
        "query",
        "--store",
        store,
        "--format",
        "csv",
        "SELECT ?u WHERE { ?a <http://schema.org/url> ?u }",
    ])
}

/// The node labels of `graph --format json` output.
pub fn node_labels(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).expect("graph JSON");
    v["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["label"].as_str().expect("label").to_string())
        .collect()
}

/// How many articles a store holds (SPARQL TSV results, header included).
pub fn article_count(store: &str) -> String {
    ok(&[
        "query",
        "--store",
        store,
        "--format",
        "tsv",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }",
    ])
}
