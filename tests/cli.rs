//! Command-line behaviour on real inputs: formats, bad input, exit codes.

mod common;

use common::{article_count, ok, root, run, seed, stored_urls, Seeded};
use std::io::Write;

#[test]
fn article_without_url_or_date_still_ingests_with_a_stable_iri() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bare.txt");
    std::fs::write(&file, "Chinese Foreign Minister Wang Yi met Indian External Affairs Minister Subrahmanyam Jaishankar in Moscow on Thursday.").unwrap();
    let s = Seeded::new(&[&file]);
    let graphs = s.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } }");
    assert_eq!(graphs.len(), 1);
    let again = Seeded::new(&[&file]);
    let graphs2 = again.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } }");
    assert_eq!(graphs, graphs2, "content-hash IRI is not stable");
    let met = s.query("SELECT ?n WHERE { ?e a dg:Meeting ; dg:participant/rdfs:label ?n }");
    assert!(met.iter().any(|r| r.contains("Wang Yi")), "{met:?}");
}

#[test]
fn jsonl_bad_lines_are_named_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("feed.jsonl");
    let mut f = std::fs::File::create(&file).unwrap();
    writeln!(f, r#"{{"title":"Talks","date":"2024-03-01","source":"Reuters","url":"https://example.com/a","text":"French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin."}}"#).unwrap();
    writeln!(f, r#"{{"title": "broken"#).unwrap();
    writeln!(f, r#"{{"title":"No text","url":"https://example.com/c"}}"#).unwrap();
    writeln!(
        f,
        r#"{{"title":"Bad date","date":"someday","text":"Body."}}"#
    )
    .unwrap();
    drop(f);
    let store = dir.path().join("db");
    let out = run(&[
        "ingest",
        "--store",
        store.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for line in [2, 3, 4] {
        assert!(
            err.contains(&format!("feed.jsonl:{line}")),
            "line {line} not named: {err}"
        );
    }
    let rows = stored_urls(store.to_str().unwrap());
    assert!(rows.contains("https://example.com/a"), "{rows}");
}

#[test]
fn missing_file_is_named_and_others_are_ingested() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    let out = run(&[
        "ingest",
        "--store",
        store.to_str().unwrap(),
        "/nonexistent/article.txt",
        seed().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/article.txt"));
    let n = article_count(store.to_str().unwrap());
    assert!(n.contains('1'), "{n}");
}

#[test]
fn query_syntax_error_exits_2_with_the_position() {
    let s = Seeded::new(&[&seed()]);
    let out = run(&["query", "--store", &s.store, "SELECT ?x WHERE { ?x ?y }"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("syntax error") && err.contains("1:"), "{err}");
}

#[test]
fn query_formats_are_the_standard_ones() {
    let s = Seeded::new(&[&seed()]);
    let q = "SELECT ?n WHERE { ?c <https://w3id.org/diplograph/ontology#countryCode> \"RUS\" ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }";
    let json = ok(&["query", "--store", &s.store, "--format", "json", q]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["results"]["bindings"][0]["n"]["value"], "Russia");
    let xml = ok(&["query", "--store", &s.store, "--format", "xml", q]);
    assert!(xml.contains("<literal>Russia</literal>"), "{xml}");
    let csv = ok(&["query", "--store", &s.store, "--format", "csv", q]);
    assert_eq!(csv.trim(), "n\r\nRussia");
    let table = ok(&["query", "--store", &s.store, "--format", "table", q]);
    assert!(table.starts_with("n\n"), "{table}");
    let ask = ok(&[
        "query",
        "--store",
        &s.store,
        "--format",
        "json",
        "ASK { ?s ?p ?o }",
    ]);
    assert!(ask.contains("\"boolean\":true"), "{ask}");
    let construct = ok(&[
        "query",
        "--store",
        &s.store,
        "--format",
        "ntriples",
        &q.replace(
            "SELECT ?n WHERE",
            "CONSTRUCT { ?c <http://example.com/name> ?n } WHERE",
        ),
    ]);
    assert!(
        construct.contains("<http://example.com/name> \"Russia\""),
        "{construct}"
    );
}

#[test]
fn update_and_every_export_format() {
    let s = Seeded::new(&[&seed()]);
    ok(&["update", "--store", &s.store, "INSERT DATA { GRAPH <http://example.com/g> { <http://example.com/a> <http://example.com/b> \"c\" } }"]);
    for format in ["turtle", "trig", "nquads", "ntriples", "rdfxml", "jsonld"] {
        let out = ok(&["export", "--store", &s.store, "--format", format]);
        assert!(
            out.contains("example.com/a"),
            "{format} lacks the inserted triple"
        );
    }
    let one = ok(&[
        "export",
        "--store",
        &s.store,
        "--format",
        "nquads",
        "--graph",
        "http://example.com/g",
    ]);
    assert_eq!(one.lines().count(), 1, "{one}");
    let csv = ok(&["export", "--store", &s.store, "--format", "events-csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert!(reader.headers().unwrap().iter().any(|h| h == "plover_type"));
    let n = reader.records().count();
    let events = s.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* dg:Event }");
    assert_eq!(
        n.to_string(),
        events[0].trim_matches('"').split('^').next().unwrap()
    );
}

#[test]
fn stats_counts_articles_actors_and_events() {
    let s = Seeded::new(&[&seed()]);
    let out = ok(&["stats", "--store", &s.store]);
    assert!(out.contains("articles: 1"), "{out}");
    assert!(
        out.contains("Person") && out.contains("Meeting") && out.contains("Sergey Lavrov"),
        "{out}"
    );
}

#[test]
fn extract_prints_json_ir_and_rdf_without_a_store() {
    let json = ok(&["extract", "--format", "json", seed().to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v[0]["events"].as_array().unwrap().len() >= 8);
    let trig = ok(&["extract", "--format", "trig", seed().to_str().unwrap()]);
    assert!(trig.contains("dg:Meeting"), "{trig}");
}

#[test]
fn ontology_declares_every_contract_term() {
    let ttl = std::fs::read_to_string(root().join("ontology/diplograph.ttl")).unwrap();
    let quads: Vec<oxigraph::model::Quad> =
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
            .for_slice(&ttl)
            .collect::<Result<_, _>>()
            .expect("the ontology parses");
    let subjects: std::collections::HashSet<String> =
        quads.iter().map(|q| q.subject.to_string()).collect();
    for t in [
        "Actor",
        "Person",
        "Organization",
        "Country",
        "Place",
        "locatedIn",
        "Position",
        "holdsPosition",
        "title",
        "affiliation",
        "status",
        "Current",
        "Former",
        "Outgoing",
        "Incoming",
        "Acting",
        "Elect",
        "memberOf",
        "Event",
        "Meeting",
        "PhoneCall",
        "Visit",
        "Summit",
        "Statement",
        "Agreement",
        "MilitaryAction",
        "participant",
        "source",
        "target",
        "speaker",
        "addressee",
        "quote",
        "place",
        "date",
        "evidence",
        "reportedBy",
        "cameoCode",
        "ploverType",
        "modality",
        "Planned",
        "Hypothetical",
        "Negated",
        "countryCode",
    ] {
        assert!(
            subjects.contains(&format!("<https://w3id.org/diplograph/ontology#{t}>")),
            "dg:{t} not declared"
        );
    }
}

#[test]
fn every_actor_has_one_label_across_articles() {
    let s = Seeded::new(&[&root().join("fixtures")]);
    let many = s.query("SELECT ?x (COUNT(DISTINCT ?l) AS ?n) WHERE { ?x rdfs:label ?l } GROUP BY ?x HAVING (COUNT(DISTINCT ?l) > 1)");
    assert!(many.is_empty(), "actors with several rdfs:label: {many:?}");
    let articles = s.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }");
    let on_disk = count_articles(&root().join("fixtures"));
    assert!(
        articles[0].contains(&on_disk.to_string()),
        "fixtures/ holds {on_disk} articles, the store {articles:?}"
    );
}

/// The `.txt` articles under `dir`, recursively.
fn count_articles(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            if p.is_dir() {
                count_articles(&p)
            } else {
                usize::from(p.extension().is_some_and(|x| x == "txt"))
            }
        })
        .sum()
}

#[test]
fn a_user_gazetteer_adds_entries_without_recompiling() {
    let dir = tempfile::tempdir().unwrap();
    let gaz = dir.path().join("mine.tsv");
    std::fs::write(&gaz, "name\tkind\tcountry\twikidata\tvariants\nRuritanian Broadcasting Corporation\tmedia\t-\t-\tRBC\n").unwrap();
    let art = dir.path().join("a.txt");
    std::fs::write(&art, "Foreign Minister Anna Kowalczyk told RBC that talks would resume.\n\nhttps://example.com/rbc\n").unwrap();
    let json = ok(&[
        "extract",
        "--format",
        "json",
        "--gazetteer",
        gaz.to_str().unwrap(),
        art.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let orgs: Vec<&str> = v[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "organization")
        .map(|e| e["label"].as_str().unwrap())
        .collect();
    assert!(
        orgs.contains(&"Ruritanian Broadcasting Corporation"),
        "{orgs:?}"
    );
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "who\twhat\nx\ty\n").unwrap();
    let out = run(&[
        "extract",
        "--gazetteer",
        bad.to_str().unwrap(),
        art.to_str().unwrap(),
    ]);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.tsv"));
}

#[test]
fn a_name_spelled_two_ways_keeps_one_label_across_articles() {
    let dir = tempfile::tempdir().unwrap();
    let accented = dir.path().join("a.txt");
    let plain = dir.path().join("b.txt");
    std::fs::write(&accented, "French President Josué Ramírez Oyelaran met German Chancellor Helmut Kohl in Paris.\n\nhttps://example.com/accented").unwrap();
    std::fs::write(&plain, "French President Josue Ramirez Oyelaran met Italian Prime Minister Giulio Andreotti in Rome.\n\nhttps://example.com/plain").unwrap();
    // In two runs, so the second finds the first's label in the store.
    let s = Seeded::new(&[&accented]);
    ok(&["ingest", "--store", &s.store, plain.to_str().unwrap()]);
    let labels = s.query(
        "SELECT DISTINCT ?l WHERE { ?p rdfs:label ?l . FILTER(CONTAINS(STR(?l), \"Oyelaran\")) }",
    );
    assert_eq!(labels.len(), 1, "{labels:?}");
    assert!(labels[0].contains("Josué Ramírez"), "{labels:?}");
    let alts = s.query(
        "SELECT DISTINCT ?l WHERE { ?p skos:altLabel ?l . FILTER(CONTAINS(STR(?l), \"Oyelaran\")) }",
    );
    assert!(alts.iter().any(|a| a.contains("Josue Ramirez")), "{alts:?}");
}
