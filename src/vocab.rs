//! The vocabulary's namespaces and the contract's terms, as IRIs.

/// The project's ontology namespace.
pub const DG: &str = "https://w3id.org/diplograph/ontology#";
/// The default base for resource IRIs (people, events, articles, ...).
pub const DEFAULT_BASE: &str = "https://w3id.org/diplograph/id/";
/// The named graph holding the ontology itself.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/diplograph/ontology";
/// schema.org.
pub const SCHEMA: &str = "http://schema.org/";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// RDF Schema.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// Wikidata entities.
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// Prefixes written in Turtle and TriG output, as the contract lists them.
pub const PREFIXES: &[(&str, &str)] = &[
    ("dg", DG),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("skos", SKOS),
    ("rdfs", RDFS),
    ("rdf", RDF),
    ("owl", OWL),
    ("xsd", XSD),
    ("wd", WIKIDATA),
];

/// The SPARQL prologue declaring [`PREFIXES`], for queries the tool writes itself.
pub fn sparql_prefixes() -> String {
    PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect()
}
