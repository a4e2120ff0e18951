//! Stage 6: map an [`Extraction`] to quads in the article's named graph. This is the
//! only module that mints IRIs and knows which vocabulary term says what.

use crate::ir::{EntityKind, EventClass, Extraction, Granularity, Modality, Status};
use crate::vocab::{DG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WIKIDATA, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

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
