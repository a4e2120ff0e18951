//! The actor network from the store: Graphviz, GraphML, JSON, ego filters, figures.

mod common;

use common::{node_labels, ok, run, seed, Seeded};

fn graphviz_accepts(dot: &str) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is installed (scripts/setup.sh installs graphviz)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected:\n{}\n{dot}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn sample_dot_renders_and_svg_is_written() {
    let s = Seeded::new(&[&seed()]);
    let dot = ok(&["graph", "--store", &s.store, "--format", "dot"]);
    let svg = graphviz_accepts(&dot);
    assert!(svg.contains("Sergey Lavrov"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("net.svg");
    ok(&[
        "graph",
        "--store",
        &s.store,
        "--format",
        "svg",
        "--output",
        file.to_str().unwrap(),
    ]);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("<svg"), "not an SVG");
}

#[test]
fn ego_network_of_lavrov() {
    let s = Seeded::new(&[&seed()]);
    let json = ok(&[
        "graph", "--store", &s.store, "--actor", "LAVROV", "--depth", "1", "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let labels = node_labels(&json);
    for who in ["Richard Haass", "Charles Kupchan", "Thomas Graham"] {
        assert!(labels.iter().any(|l| l == who), "{who} missing: {labels:?}");
    }
    assert!(!labels.iter().any(|l| l == "Petr Pavel"), "{labels:?}");
    assert!(v["links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["weight"].as_u64().unwrap() >= 1));
}

#[test]
fn filters_by_type_date_and_weight() {
    let s = Seeded::new(&[&seed()]);
    let only_visits = ok(&[
        "graph", "--store", &s.store, "--type", "visit", "--format", "json",
    ]);
    let labels = node_labels(&only_visits);
    assert!(
        labels.iter().any(|l| l == "Bulgaria") && !labels.iter().any(|l| l == "Sergey Lavrov"),
        "{labels:?}"
    );
    let april = ok(&[
        "graph",
        "--store",
        &s.store,
        "--since",
        "2024-04",
        "--until",
        "2024-04-30",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&april).unwrap();
    assert_eq!(
        v["nodes"].as_array().unwrap().len(),
        4,
        "the New York meeting only: {april}"
    );
    let heavy = ok(&[
        "graph",
        "--store",
        &s.store,
        "--min-weight",
        "2",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&heavy).unwrap();
    assert!(v["links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["weight"].as_u64().unwrap() >= 2));
    let bad = run(&["graph", "--store", &s.store, "--since", "last year"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn hostile_labels_survive_into_valid_dot_and_graphml() {
    let s = Seeded::new(&[&seed()]);
    let weird = [
        r#"Ali "the Fox" O'Brien"#,
        r"Back\slash <b>&amp;",
        "王毅",
        "محمد بن سلمان",
    ];
    let lit = |t: &str| t.replace('\\', "\\\\").replace('"', "\\\"");
    let update = format!(
        r#"PREFIX dg: <https://w3id.org/diplograph/ontology#>
           PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
           INSERT DATA {{ GRAPH <http://example.com/g> {{
             <http://example.com/a> a dg:Person ; rdfs:label "{}" .
             <http://example.com/b> a dg:Person ; rdfs:label "{}" .
             <http://example.com/c> a dg:Person ; rdfs:label "{}" .
             <http://example.com/d> a dg:Person ; rdfs:label "{}" .
             <http://example.com/e> a dg:Meeting ; dg:participant <http://example.com/a>, <http://example.com/b>, <http://example.com/c>, <http://example.com/d> .
           }} }}"#,
        lit(weird[0]),
        lit(weird[1]),
        lit(weird[2]),
        lit(weird[3])
    );
    ok(&["update", "--store", &s.store, &update]);
    let dot = ok(&["graph", "--store", &s.store, "--format", "dot"]);
    let svg = graphviz_accepts(&dot);
    assert!(svg.contains("王毅") && svg.contains("محمد بن سلمان"));
    let graphml = ok(&["graph", "--store", &s.store, "--format", "graphml"]);
    let doc = roxmltree::Document::parse(&graphml).expect("GraphML is well-formed XML");
    let labels: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("data") && n.attribute("key") == Some("label"))
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    for w in weird {
        assert!(labels.iter().any(|l| l == w), "{w:?} not kept: {labels:?}");
    }
    let ego = ok(&[
        "graph", "--store", &s.store, "--actor", weird[0], "--format", "json",
    ]);
    assert!(ego.contains("王毅"), "{ego}");
}

#[test]
fn actor_text_is_never_spliced_into_sparql() {
    let s = Seeded::new(&[&seed()]);
    let count = || {
        ok(&[
            "query",
            "--store",
            &s.store,
            "--format",
            "tsv",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ])
    };
    let before = count();
    let out = run(&[
        "graph",
        "--store",
        &s.store,
        "--actor",
        r#"x" } } ; DROP ALL ; #"#,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no actor") && !err.contains("syntax"), "{err}");
    assert_eq!(before, count(), "the store changed");
}

#[test]
fn network_ranks_brokers_first() {
    let s = Seeded::new(&[&seed()]);
    let json = ok(&["network", "--store", &s.store, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(
        rows[0]["actor"], "Volodymyr Zelenskyy",
        "the only broker (between Bulgaria and the Czech Republic)"
    );
    assert_eq!(rows[0]["betweenness"], 1.0);
    let lavrov = rows.iter().find(|r| r["actor"] == "Sergey Lavrov").unwrap();
    assert_eq!(lavrov["component"], 1);
    assert_eq!(lavrov["events"], 2);
    let csv = ok(&["network", "--store", &s.store, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.records().count(), rows.len());
    let table = ok(&["network", "--store", &s.store]);
    assert!(table.starts_with("actor"), "{table}");
}
