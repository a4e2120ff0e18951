//! The sample article through the real binary: one query per row of EXPECTED.md.

mod common;

use common::{seed, Seeded};

fn seeded() -> Seeded {
    Seeded::new(&[&seed()])
}

fn has(rows: &[String], needles: &[&str]) -> bool {
    rows.iter().any(|r| needles.iter().all(|n| r.contains(n)))
}

#[test]
fn article_metadata() {
    let s = seeded();
    let rows = s.query("SELECT ?h ?d ?pub ?url WHERE { ?a a schema:NewsArticle ; schema:headline ?h ; schema:datePublished ?d ; schema:publisher/rdfs:label ?pub ; schema:url ?url }");
    assert!(
        has(
            &rows,
            &[
                "Ex-US officials held secrets talks",
                "2024-11-25",
                "Fox News",
                "foxnews.com/world/ex-us-officials"
            ]
        ),
        "{rows:?}"
    );
    let contrib = s.query("SELECT ?c WHERE { ?a schema:contributor/rdfs:label ?c }");
    assert!(has(&contrib, &["Associated Press"]), "{contrib:?}");
}

#[test]
fn people_with_positions_and_statuses() {
    let s = seeded();
    let rows = s.query(
        "SELECT ?n ?t ?aff ?st WHERE { ?p a dg:Person ; rdfs:label ?n ; dg:holdsPosition ?x . ?x dg:title ?t ; dg:status ?st . OPTIONAL { ?x dg:affiliation/rdfs:label ?aff } }",
    );
    for want in [
        ["Sergey Lavrov", "Foreign Minister", "Russia", "Current"],
        ["Richard Haass", "diplomat", "", "Former"],
        [
            "Richard Haass",
            "President",
            "Council on Foreign Relations",
            "Outgoing",
        ],
        ["Charles Kupchan", "official", "White House", "Former"],
        ["Charles Kupchan", "official", "State Department", "Former"],
        ["Thomas Graham", "official", "White House", "Former"],
        ["Thomas Graham", "official", "State Department", "Former"],
        [
            "Rebekah Koffler",
            "defense intelligence officer",
            "",
            "Former",
        ],
        ["Volodymyr Zelenskyy", "President", "Ukraine", "Current"],
        ["Petr Pavel", "President", "Czech Republic", "Current"],
    ] {
        assert!(has(&rows, &want), "missing {want:?} in {rows:#?}");
    }
    let members = s.query("SELECT ?n WHERE { ?p dg:memberOf/rdfs:label \"Council on Foreign Relations\" ; rdfs:label ?n }");
    for who in ["Haass", "Kupchan", "Graham"] {
        assert!(has(&members, &[who]), "{who} not a CFR member: {members:?}");
    }
    let putin = s.query(
        "SELECT ?n WHERE { ?p a dg:Person ; rdfs:label ?n . FILTER(CONTAINS(?n, \"Putin\")) }",
    );
    assert!(!putin.is_empty(), "Putin is not recognized");
    let biden = s.query(
        "SELECT ?n WHERE { ?p a dg:Person ; rdfs:label ?n . FILTER(CONTAINS(?n, \"Biden\")) }",
    );
    assert!(
        biden.is_empty(),
        "'the Biden administration' is not a person mention: {biden:?}"
    );
}

#[test]
fn organizations_countries_and_places() {
    let s = seeded();
    let orgs = s.query("SELECT ?n WHERE { ?o a dg:Organization ; rdfs:label ?n }");
    for o in [
        "Council on Foreign Relations",
        "NBC News",
        "Fox News",
        "Fox News Digital",
        "NATO",
        "Associated Press",
        "Kremlin",
        "White House",
        "State Department",
        "Biden administration",
    ] {
        assert!(has(&orgs, &[o]), "missing organization {o}: {orgs:?}");
    }
    let countries =
        s.query("SELECT ?n ?code WHERE { ?c a dg:Country ; rdfs:label ?n ; dg:countryCode ?code }");
    for (c, code) in [
        ("United States", "USA"),
        ("Russia", "RUS"),
        ("Ukraine", "UKR"),
        ("Bulgaria", "BGR"),
        ("Czech Republic", "CZE"),
        ("Lithuania", "LTU"),
    ] {
        assert!(
            has(&countries, &[c, code]),
            "missing country {c}: {countries:?}"
        );
    }
    let places = s.query("SELECT ?n WHERE { ?p a dg:Place ; rdfs:label ?n }");
    for p in ["New York", "Lviv", "Prague", "Vilnius", "Crimea"] {
        assert!(has(&places, &[p]), "missing place {p}: {places:?}");
    }
    let vilnius =
        s.query("SELECT ?c WHERE { ?p rdfs:label \"Vilnius\" ; dg:locatedIn/rdfs:label ?c }");
    assert!(has(&vilnius, &["Lithuania"]), "{vilnius:?}");
    let russia_alt = s.query("SELECT ?a WHERE { ?c dg:countryCode \"RUS\" ; skos:altLabel ?a }");
    assert!(has(&russia_alt, &["Russian"]), "{russia_alt:?}");
}

#[test]
fn lavrov_met_the_former_officials_in_new_york_in_april() {
    let s = seeded();
    let rows = s.query(
        "SELECT DISTINCT ?n ?pl ?d WHERE { ?e a dg:Meeting ; dg:participant ?l , ?x . ?l rdfs:label ?ll . FILTER(CONTAINS(?ll, \"Lavrov\")) ?x rdfs:label ?n . FILTER(?x != ?l) OPTIONAL { ?e dg:place/rdfs:label ?pl } OPTIONAL { ?e dg:date ?d } }",
    );
    for who in ["Haass", "Kupchan", "Graham"] {
        assert!(
            has(&rows, &[who, "New York", "2024-04"]),
            "{who}: {rows:#?}"
        );
    }
    let first = s.query("SELECT ?r WHERE { ?e a dg:Meeting ; dg:evidence ?ev ; dg:reportedBy/rdfs:label ?r . FILTER(STRSTARTS(?ev, \"Former U.S. national security officials\")) }");
    assert!(
        has(&first, &["NBC News"]),
        "event 1 reported by NBC News: {first:?}"
    );
}

#[test]
fn every_event_of_the_sample() {
    let s = seeded();
    let strike = s.query("SELECT ?src ?pl WHERE { ?e a dg:MilitaryAction ; dg:participant/rdfs:label ?src ; dg:place/rdfs:label ?pl }");
    assert!(has(&strike, &["Russia", "Lviv"]), "{strike:?}");
    let koffler = s.query("SELECT ?to ?q WHERE { ?e a dg:Statement ; dg:speaker/rdfs:label \"Rebekah Koffler\" ; dg:addressee/rdfs:label ?to ; dg:quote ?q }");
    assert!(
        has(
            &koffler,
            &["Fox News Digital", "My intelligence analysis indicates"]
        ),
        "{koffler:?}"
    );
    let visit = s.query("SELECT ?dest ?d WHERE { ?e a dg:Visit ; dg:source/rdfs:label \"Volodymyr Zelenskyy\" ; dg:target/rdfs:label ?dest ; dg:date ?d }");
    assert!(
        has(&visit, &["Bulgaria", "2024-11-21"]) && has(&visit, &["Czech Republic"]),
        "{visit:?}"
    );
    let pavel =
        s.query("SELECT ?e WHERE { ?e a dg:Statement ; dg:speaker/rdfs:label \"Petr Pavel\" }");
    assert_eq!(pavel.len(), 1, "{pavel:?}");
    let zelenskyy = s.query("SELECT ?pl WHERE { ?e a dg:Statement ; dg:speaker/rdfs:label \"Volodymyr Zelenskyy\" ; dg:place/rdfs:label ?pl }");
    assert!(has(&zelenskyy, &["Prague"]), "{zelenskyy:?}");
    let summit = s.query("SELECT ?pl ?d ?m WHERE { ?e a dg:Summit ; dg:participant/rdfs:label \"NATO\" ; dg:place/rdfs:label ?pl ; dg:date ?d ; dg:modality ?m }");
    assert!(
        has(&summit, &["Vilnius", "2024-12-02", "Planned"]),
        "{summit:?}"
    );
    let classes = s.query("SELECT DISTINCT ?c WHERE { ?e a ?c ; prov:wasDerivedFrom ?a ; dg:evidence ?ev ; dg:cameoCode ?code }");
    for c in ["Meeting", "Visit", "Statement", "Summit", "MilitaryAction"] {
        assert!(
            has(&classes, &[c]),
            "no dg:{c} with provenance: {classes:?}"
        );
    }
}

#[test]
fn reingest_is_idempotent_and_turtle_round_trips() {
    let s = seeded();
    let count =
        |s: &Seeded| s.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0].clone();
    let before = count(&s);
    common::ok(&["ingest", "--store", &s.store, &seed().display().to_string()]);
    assert_eq!(before, count(&s), "re-ingest changed the quad count");

    let ttl = common::ok(&["export", "--store", &s.store, "--format", "turtle"]);
    let nq = common::ok(&["export", "--store", &s.store, "--format", "nquads"]);
    let triples: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(&ttl)
        .collect::<Result<_, _>>()
        .expect("exported Turtle parses");
    let quads: Vec<oxigraph::model::Quad> =
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
            .for_slice(&nq)
            .collect::<Result<_, _>>()
            .expect("exported N-Quads parse");
    let distinct: std::collections::HashSet<oxigraph::model::Triple> =
        quads.into_iter().map(Into::into).collect();
    assert!(triples.len() > 50);
    assert_eq!(triples.len(), distinct.len(), "Turtle and N-Quads differ");
    assert!(ttl.contains("@prefix dg: <https://w3id.org/diplograph/ontology#>"));
}
