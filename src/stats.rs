//! Read-only views over the store built from SPARQL (so they work on any graph that
//! uses the contract's terms): summary counts and the event-data table.

use crate::store::GraphStore;
use anyhow::Result;
use oxigraph::model::NamedNode;
use std::io::Write;

/// Solutions of a SELECT query as rows of the named columns, in order.
fn select(store: &GraphStore, q: &str, columns: &[&str]) -> Result<Vec<Vec<String>>> {
    Ok(store
        .select(q, &[])?
        .into_iter()
        .map(|mut row| {
            columns
                .iter()
                .map(|c| row.remove(*c).unwrap_or_default())
                .collect()
        })
        .collect())
}

fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

/// Prints articles, actors by class, events by class and the top actors by events.
pub fn stats(store: &GraphStore, out: &mut impl Write) -> Result<()> {
    let articles = select(
        store,
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }",
        &["n"],
    )?;
    writeln!(
        out,
        "articles: {}",
        articles.first().map(|r| r[0].as_str()).unwrap_or("0")
    )?;
    writeln!(out, "actors:")?;
    for r in select(store, "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?c { dg:Person dg:Organization dg:Country dg:Place } ?x a ?c } GROUP BY ?c ORDER BY DESC(?n)", &["c", "n"])? {
        writeln!(out, "  {:<14} {}", local(&r[0]), r[1])?;
    }
    writeln!(out, "events:")?;
    for r in select(store, "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . ?c rdfs:subClassOf* dg:Event . FILTER(?c != dg:Event || NOT EXISTS { ?e a ?d . ?d rdfs:subClassOf dg:Event }) } GROUP BY ?c ORDER BY DESC(?n)", &["c", "n"])? {
        writeln!(out, "  {:<14} {}", local(&r[0]), r[1])?;
    }
    writeln!(out, "top actors by events:")?;
    for r in select(store, "SELECT ?label (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:participant ?x . ?x rdfs:label ?label } GROUP BY ?x ?label ORDER BY DESC(?n) ?label LIMIT 10", &["label", "n"])? {
        writeln!(out, "  {:<30} {}", r[0], r[1])?;
    }
    Ok(())
}

/// Writes the event-data table: one CSV row per event (RFC 4180 quoting).
pub fn events_csv(store: &GraphStore, graph: Option<&NamedNode>, out: impl Write) -> Result<()> {
    let scope = graph
        .map(|g| format!("GRAPH <{}>", g.as_str()))
        .unwrap_or_default();
    let q = format!(
        r#"SELECT ?e (SAMPLE(?d) AS ?date) (SAMPLE(?cls) AS ?type) (SAMPLE(?pt) AS ?plover) (SAMPLE(?cc) AS ?cameo)
             (GROUP_CONCAT(DISTINCT ?pl; separator="; ") AS ?participants)
             (GROUP_CONCAT(DISTINCT ?code; separator="; ") AS ?codes)
             (SAMPLE(?placeLabel) AS ?place) (SAMPLE(?mod) AS ?modality) (SAMPLE(?u) AS ?url) (SAMPLE(?ev) AS ?evidence)
           WHERE {{
             {scope} {{ ?e a ?cls . ?cls rdfs:subClassOf* dg:Event .
               FILTER(?cls != dg:Event || NOT EXISTS {{ ?e a ?sub . ?sub rdfs:subClassOf dg:Event }}) }}
             OPTIONAL {{ ?e dg:date ?d }} OPTIONAL {{ ?e dg:ploverType ?pt }} OPTIONAL {{ ?e dg:cameoCode ?cc }}
             OPTIONAL {{ ?e dg:participant ?p . ?p rdfs:label ?pl OPTIONAL {{ ?p dg:countryCode ?code }} }}
             OPTIONAL {{ ?e dg:place/rdfs:label ?placeLabel }} OPTIONAL {{ ?e dg:modality ?mod }}
             OPTIONAL {{ ?e prov:wasDerivedFrom/schema:url ?u }} OPTIONAL {{ ?e dg:evidence ?ev }}
           }} GROUP BY ?e ORDER BY ?date ?e"#
    );
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "event",
        "date",
        "type",
        "plover_type",
        "cameo_code",
        "participants",
        "country_codes",
        "place",
        "modality",
        "article_url",
        "evidence",
    ])?;
    let columns = [
        "e",
        "date",
        "type",
        "plover",
        "cameo",
        "participants",
        "codes",
        "place",
        "modality",
        "url",
        "evidence",
    ];
    for r in select(store, &q, &columns)? {
        let mut r = r;
        r[2] = local(&r[2]).to_string();
        r[8] = if r[8].is_empty() {
            String::new()
        } else {
            local(&r[8]).to_string()
        };
        w.write_record(&r)?;
    }
    w.flush()?;
    Ok(())
}
