//! Stage 6: map an [`Extraction`] to quads in the article's named graph. This is the
//! only module that mints IRIs and knows which vocabulary term says what.

use crate::ir::{EntityKind, EventClass, Extraction, Granularity, Modality, Status};
use crate::vocab::{DG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WIKIDATA, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// Mints IRIs under a base.
#[derive(Debug, Clone)]
pub struct Minter {
    base: String,
}

fn short_hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0x1f]);
    }
    h.finalize()
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Minter {
    /// A minter for `base` (which should end in `/` or `#`).
    pub fn new(base: &str) -> anyhow::Result<Self> {
        NamedNode::new(format!("{base}x"))
            .map_err(|e| anyhow::anyhow!("--base {base:?} is not a valid IRI: {e}"))?;
        Ok(Self {
            base: base.to_string(),
        })
    }

    fn iri(&self, path: &str, key: &str) -> NamedNode {
        // Keys are normalized names; anything an IRI cannot hold falls back to a hash.
        NamedNode::new(format!("{}{path}/{key}", self.base)).unwrap_or_else(|_| {
            NamedNode::new_unchecked(format!("{}{path}/{}", self.base, short_hash(&[key])))
        })
    }

    /// The IRI of an article (and of its named graph).
    pub fn article(&self, key: &str) -> NamedNode {
        self.iri("article", &short_hash(&[key]))
    }

    /// The IRI of an actor or place with this kind and identity key.
    pub fn entity(&self, kind: EntityKind, key: &str) -> NamedNode {
        let path = match kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
        };
        self.iri(path, key)
    }
}

fn dg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DG}{local}"))
}

fn term(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// Collects the quads of one graph.
struct Graph {
    name: GraphName,
    quads: Vec<Quad>,
}

impl Graph {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(s.clone()),
            p,
            o.into(),
            self.name.clone(),
        ));
    }
    fn string(&mut self, s: &NamedNode, p: NamedNode, v: &str) {
        self.add(s, p, Literal::new_simple_literal(v));
    }
}

/// The article's graph IRI and quads for one extraction.
pub fn to_quads(x: &Extraction, minter: &Minter) -> (NamedNode, Vec<Quad>) {
    let article = minter.article(&x.article.key);
    let mut g = Graph {
        name: GraphName::NamedNode(article.clone()),
        quads: Vec::new(),
    };
    let a = term(RDF, "type");
    let entity_iri: Vec<NamedNode> = x
        .entities
        .iter()
        .map(|e| minter.entity(e.kind, &e.key))
        .collect();

    // The article.
    g.add(&article, a.clone(), term(SCHEMA, "NewsArticle"));
    if let Some(h) = &x.article.headline {
        g.string(&article, term(SCHEMA, "headline"), h);
    }
    if let Some(d) = &x.article.date_published {
        g.add(
            &article,
            term(SCHEMA, "datePublished"),
            Literal::new_typed_literal(d, term(XSD, "date")),
        );
    }
    if let Some(url) = &x.article.url {
        match NamedNode::new(url) {
            Ok(iri) => g.add(&article, term(SCHEMA, "url"), iri),
            Err(_) => g.string(&article, dg("sourceUrl"), url),
        }
    }
    if let Some(p) = x.article.publisher {
        g.add(&article, term(SCHEMA, "publisher"), entity_iri[p].clone());
    }
    for &c in &x.article.contributors {
        g.add(&article, term(SCHEMA, "contributor"), entity_iri[c].clone());
    }

    // Actors and places.
    for (i, e) in x.entities.iter().enumerate() {
        let s = &entity_iri[i];
        let classes: &[&str] = match e.kind {
            EntityKind::Person => &["Person", "Actor"],
            EntityKind::Organization => &["Organization", "Actor"],
            EntityKind::Country => &["Country", "Actor", "Place"],
            EntityKind::Place => &["Place"],
        };
        for c in classes {
            g.add(s, a.clone(), dg(c));
        }
        g.string(s, term(RDFS, "label"), &e.label);
        for alt in &e.alt_labels {
            g.string(s, term(SKOS, "altLabel"), alt);
        }
        if let Some(code) = &e.country_code {
            g.string(s, dg("countryCode"), code);
        }
        if let Some(q) = &e.wikidata {
            if let Ok(wd) = NamedNode::new(format!("{WIKIDATA}{q}")) {
                g.add(s, term(OWL, "sameAs"), wd);
            }
        }
        if let Some(c) = e.located_in {
            let p = if e.kind == EntityKind::Place {
                "locatedIn"
            } else {
                "country"
            };
            g.add(s, dg(p), entity_iri[c].clone());
        }
        if let Some(k) = &e.subkind {
            g.string(s, dg("kind"), k);
        }
        g.add(s, dg("mentionedIn"), article.clone());
    }

    // Positions and memberships.
    for p in &x.positions {
        let holder = &x.entities[p.holder];
        let aff_key = p
            .affiliation
            .map(|i| x.entities[i].key.as_str())
            .unwrap_or("");
        let node = minter.iri(
            "position",
            &short_hash(&[&x.article.key, &holder.key, &p.title, aff_key]),
        );
        g.add(&entity_iri[p.holder], dg("holdsPosition"), node.clone());
        g.add(&node, a.clone(), dg("Position"));
        g.string(&node, dg("title"), &p.title);
        if let Some(af) = p.affiliation {
            g.add(&node, dg("affiliation"), entity_iri[af].clone());
        }
        g.add(&node, dg("status"), dg(status_name(p.status)));
        g.string(&node, dg("evidence"), &p.evidence);
        g.add(&node, term(PROV, "wasDerivedFrom"), article.clone());
    }
    for m in &x.memberships {
        g.add(
            &entity_iri[m.member],
            dg("memberOf"),
            entity_iri[m.organization].clone(),
        );
    }

    // Events.
    for (n, ev) in x.events.iter().enumerate() {
        let node = minter.iri("event", &format!("{}-{n}", short_hash(&[&x.article.key])));
        g.add(&node, a.clone(), dg(ev.class.name()));
        if ev.class != EventClass::Event {
            g.add(&node, a.clone(), dg("Event"));
        }
        for &p in &ev.participants {
            g.add(&node, dg("participant"), entity_iri[p].clone());
        }
        for &p in &ev.sources {
            g.add(&node, dg("source"), entity_iri[p].clone());
        }
        for &p in &ev.targets {
            g.add(&node, dg("target"), entity_iri[p].clone());
        }
        if let Some(sp) = ev.speaker {
            g.add(&node, dg("speaker"), entity_iri[sp].clone());
        }
        if let Some(ad) = ev.addressee {
            g.add(&node, dg("addressee"), entity_iri[ad].clone());
        }
        if let Some(q) = &ev.quote {
            g.string(&node, dg("quote"), q);
        }
        if let Some(pl) = ev.place {
            g.add(&node, dg("place"), entity_iri[pl].clone());
        }
        for &d in &ev.destinations {
            g.add(&node, dg("destination"), entity_iri[d].clone());
        }
        if let Some(d) = &ev.date {
            let datatype = match d.granularity {
                Granularity::Day | Granularity::Week => "date",
                Granularity::Month => "gYearMonth",
                Granularity::Year => "gYear",
            };
            g.add(
                &node,
                dg("date"),
                Literal::new_typed_literal(&d.value, term(XSD, datatype)),
            );
            if d.granularity == Granularity::Week {
                g.string(&node, dg("dateGranularity"), "week");
            }
            g.string(&node, dg("dateText"), &d.text);
        }
        if let Some(m) = ev.modality {
            g.add(&node, dg("modality"), dg(modality_name(m)));
        }
        if let Some(r) = ev.reported_by {
            g.add(&node, dg("reportedBy"), entity_iri[r].clone());
        }
        g.string(&node, dg("evidence"), &ev.evidence);
        g.string(&node, dg("trigger"), &ev.trigger);
        g.string(&node, dg("cameoCode"), &ev.cameo);
        if !ev.plover.is_empty() {
            g.string(&node, dg("ploverType"), &ev.plover);
        }
        g.add(&node, term(PROV, "wasDerivedFrom"), article.clone());
    }
    (article, g.quads)
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Current => "Current",
        Status::Former => "Former",
        Status::Outgoing => "Outgoing",
        Status::Incoming => "Incoming",
        Status::Acting => "Acting",
        Status::Elect => "Elect",
    }
}

fn modality_name(m: Modality) -> &'static str {
    match m {
        Modality::Planned => "Planned",
        Modality::Hypothetical => "Hypothetical",
        Modality::Negated => "Negated",
    }
}

/// Labels already in a store, by subject, from graphs other than those being written.
pub type StoredLabels = HashMap<NamedOrBlankNode, Term>;

/// The subjects given an `rdfs:label` in `graphs`: the ones whose stored label a sink
/// looks up before writing (see [`settle_labels`]).
pub fn labelled_subjects(graphs: &[(NamedNode, Vec<Quad>)]) -> Vec<NamedOrBlankNode> {
    let label = term(RDFS, "label");
    let mut seen = std::collections::HashSet::new();
    graphs
        .iter()
        .flat_map(|(_, quads)| quads.iter())
        .filter(|q| q.predicate == label && seen.insert(q.subject.clone()))
        .map(|q| q.subject.clone())
        .collect()
}

/// The predicate [`labelled_subjects`] reads, for a sink's lookup.
pub fn label_predicate() -> NamedNode {
    term(RDFS, "label")
}

/// One canonical `rdfs:label` per actor across articles: an article that spells a name
/// otherwise ("Francois Mitterrand" after "François Mitterrand", the same IRI) keeps the
/// label already stored, or the first one of its batch, and adds its own spelling as a
/// `skos:altLabel`.
pub fn settle_labels(graphs: &mut [(NamedNode, Vec<Quad>)], stored: &StoredLabels) {
    let label = term(RDFS, "label");
    let alt = term(SKOS, "altLabel");
    let mut canonical: HashMap<NamedOrBlankNode, Term> = stored.clone();
    for (_, quads) in graphs.iter_mut() {
        let mut extra = Vec::new();
        for q in quads.iter_mut().filter(|q| q.predicate == label) {
            let chosen = canonical
                .entry(q.subject.clone())
                .or_insert_with(|| q.object.clone());
            if *chosen != q.object {
                let own = std::mem::replace(&mut q.object, chosen.clone());
                extra.push(Quad::new(
                    q.subject.clone(),
                    alt.clone(),
                    own,
                    q.graph_name.clone(),
                ));
            }
        }
        if !extra.is_empty() {
            let present: std::collections::HashSet<Quad> = quads.iter().cloned().collect();
            let mut added = std::collections::HashSet::new();
            for q in extra {
                if !present.contains(&q) && added.insert(q.clone()) {
                    quads.push(q);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(graph: &str, who: &str, label: &str) -> (NamedNode, Vec<Quad>) {
        let g = NamedNode::new(graph).unwrap();
        let quad = Quad::new(
            NamedNode::new(who).unwrap(),
            label_predicate(),
            Literal::new_simple_literal(label),
            GraphName::NamedNode(g.clone()),
        );
        (g, vec![quad])
    }

    #[test]
    fn a_second_spelling_becomes_an_alternative_label() {
        let who = "http://example.com/p";
        let mut graphs = vec![
            labelled("http://example.com/a", who, "François Mitterrand"),
            labelled("http://example.com/b", who, "Francois Mitterrand"),
        ];
        settle_labels(&mut graphs, &StoredLabels::new());
        let labels: Vec<&Term> = graphs
            .iter()
            .flat_map(|(_, q)| q.iter())
            .filter(|q| q.predicate == label_predicate())
            .map(|q| &q.object)
            .collect();
        assert!(labels
            .iter()
            .all(|l| **l == Literal::new_simple_literal("François Mitterrand").into()));
        assert!(graphs[1]
            .1
            .iter()
            .any(|q| q.predicate.as_str().ends_with("altLabel")
                && q.object == Literal::new_simple_literal("Francois Mitterrand").into()));
        // A label already stored wins over the batch's first.
        let mut later = vec![labelled("http://example.com/c", who, "F. Mitterrand")];
        let stored = StoredLabels::from([(
            NamedOrBlankNode::from(NamedNode::new(who).unwrap()),
            Literal::new_simple_literal("François Mitterrand").into(),
        )]);
        settle_labels(&mut later, &stored);
        assert_eq!(
            later[0].1[0].object,
            Literal::new_simple_literal("François Mitterrand").into()
        );
    }
}
