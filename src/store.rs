//! Stage 7: the embedded Oxigraph store. One named graph per article, replaced whole in
//! one transaction; the ontology in its own graph; queries over the union of graphs.

use crate::vocab::{ONTOLOGY_GRAPH, PREFIXES};
use anyhow::{anyhow, bail, Context, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, Triple,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator, Variable};
use oxigraph::store::Store;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The ontology, loaded into every store.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/diplograph.ttl");

/// An open store.
pub struct GraphStore {
    store: Store,
    path: Option<PathBuf>,
    /// Held for the store's lifetime: exclusive for a writer, shared for readers.
    _lock: Option<std::fs::File>,
}

/// Batches with at least this many quads go through the bulk loader.
const BULK_THRESHOLD: usize = 50_000;

/// The lock file inside a store directory. RocksDB forbids a second writer but not a
/// reader beside a writer (undefined behaviour), so diplograph processes coordinate
/// here: writers take it exclusively, readers shared.
const LOCK_FILE: &str = "diplograph.lock";

fn take_lock(path: &Path, exclusive: bool) -> Result<std::fs::File> {
    std::fs::create_dir_all(path)
        .with_context(|| format!("cannot create the store directory {}", path.display()))?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path.join(LOCK_FILE))
        .with_context(|| format!("cannot open {}", path.join(LOCK_FILE).display()))?;
    let taken = if exclusive {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    match taken {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => bail!(
            "the store {} is in use by another diplograph process ({}); wait for it to finish, or work on a copy",
            path.display(),
            if exclusive { "reading or writing it" } else { "writing it" }
        ),
        Err(std::fs::TryLockError::Error(e)) => Err(anyhow!("cannot lock the store {}: {e}", path.display())),
    }
}

/// How to open a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read and write (takes the store's lock).
    ReadWrite,
    /// Read only: may run while another process writes.
    ReadOnly,
}

#[cfg(feature = "rocksdb")]
fn explain_open_error(path: &Path, e: impl std::fmt::Display) -> anyhow::Error {
    let msg = e.to_string();
    if msg.contains("LOCK")
        || msg.contains("lock")
        || msg.contains("Resource temporarily unavailable")
    {
        anyhow!(
            "the store {} is in use by another diplograph process (it holds the write lock); wait for it to finish, or query a copy",
            path.display()
        )
    } else {
        anyhow!("cannot open the store {}: {msg}", path.display())
    }
}

/// Opens oxigraph's RocksDB store at `path`.
#[cfg(feature = "rocksdb")]
fn open_on_disk(path: &Path, read_only: bool) -> Result<Store> {
    let opened = if read_only {
        Store::open_read_only(path)
    } else {
        Store::open(path)
    };
    opened.map_err(|e| explain_open_error(path, e))
}

/// Builds without the `rocksdb` feature (the fuzz targets) have no on-disk store.
#[cfg(not(feature = "rocksdb"))]
fn open_on_disk(path: &Path, _read_only: bool) -> Result<Store> {
    bail!(
        "cannot open {}: this diplograph was built without the `rocksdb` feature, so it has no on-disk store",
        path.display()
    )
}

impl GraphStore {
    /// Opens (creating if needed) the on-disk store at `path`.
    pub fn open(path: &Path, access: Access) -> Result<Self> {
        let exists = path.join("CURRENT").exists();
        if path.exists() && !path.is_dir() {
            bail!(
                "the store path {} is a file, not a store directory",
                path.display()
            );
        }
        if path.is_dir()
            && !exists
            && std::fs::read_dir(path)
                .map(|d| d.filter_map(|e| e.ok()).any(|e| e.file_name() != LOCK_FILE))
                .unwrap_or(false)
        {
            bail!(
                "{} is a non-empty directory that is not a diplograph store; pass --store with a new or existing store directory",
                path.display()
            );
        }
        let lock = take_lock(path, access == Access::ReadWrite || !exists)?;
        let store = open_on_disk(path, access == Access::ReadOnly && exists)?;
        let this = Self {
            store,
            path: Some(path.to_path_buf()),
            _lock: Some(lock),
        };
        if access == Access::ReadWrite || !exists {
            this.ensure_ontology()?;
        }
        Ok(this)
    }

    /// A temporary in-memory store (for `extract`, `eval` and tests).
    pub fn in_memory() -> Result<Self> {
        let this = Self {
            store: Store::new()?,
            path: None,
            _lock: None,
        };
        this.ensure_ontology()?;
        Ok(this)
    }

    /// Loads (or reloads) the ontology into its named graph in one transaction.
    fn ensure_ontology(&self) -> Result<()> {
        let graph = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH);
        let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(graph)
            .for_slice(ONTOLOGY_TTL)
            .collect::<Result<_, _>>()
            .context("the built-in ontology does not parse")?;
        let current = self
            .store
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .count();
        if current == quads.len() {
            return Ok(());
        }
        let mut t = self.store.start_transaction()?;
        t.clear_graph(graph)?;
        t.extend(quads.iter());
        t.commit()?;
        Ok(())
    }

    /// Replaces the named graph `graph` with `quads`, atomically: readers see the old
    /// graph or the new one, never a mix, and a crash leaves one of the two.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<()> {
        let mut t = self.store.start_transaction()?;
        t.clear_graph(graph)?;
        t.extend(quads.iter());
        t.commit()?;
        Ok(())
    }

    /// Replaces several article graphs in one transaction.
    ///
    /// Graphs already in the store are first removed in one transaction (a crash then
    /// leaves those articles absent, never half-written); the new graphs are written by
    /// oxigraph's bulk loader, whose commit is atomic and several times faster than a
    /// transaction for this many quads.
    pub fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<()> {
        let mut stale = Vec::new();
        for (graph, _) in graphs {
            if self.store.contains_named_graph(graph)? {
                stale.push(graph);
            }
        }
        if !stale.is_empty() {
            let mut t = self.store.start_transaction()?;
            for graph in stale {
                t.remove_named_graph(graph)?;
            }
            t.commit()?;
        }
        let quads: usize = graphs.iter().map(|(_, q)| q.len()).sum();
        if self.path.is_none() || quads < BULK_THRESHOLD {
            // Small batches (and the in-memory store): one transaction is cheaper than
            // the bulk loader's fixed cost.
            let mut t = self.store.start_transaction()?;
            for (_, quads) in graphs {
                t.extend(quads.iter());
            }
            t.commit()?;
            return Ok(());
        }
        let mut loader = self
            .store
            .bulk_loader()
            // Bounds the loader's own sort buffers; RocksDB's memory comes on top of it
            // and grows with the store (README "Speed").
            .with_max_memory_size_in_megabytes(128);
        loader.load_quads(graphs.iter().flat_map(|(_, quads)| quads.iter().cloned()))?;
        loader.commit()?;
        Ok(())
    }

    /// The object of `predicate` stored for each of `subjects` in any graph but
    /// `writing` (the graphs about to be replaced), the first one found.
    pub fn stored_values(
        &self,
        subjects: &[NamedOrBlankNode],
        predicate: &NamedNode,
        writing: &[NamedNode],
    ) -> Result<HashMap<NamedOrBlankNode, Term>> {
        let writing: HashSet<&NamedNode> = writing.iter().collect();
        let mut out = HashMap::new();
        for subject in subjects {
            let quads = self.store.quads_for_pattern(
                Some(subject.as_ref()),
                Some(predicate.as_ref()),
                None,
                None,
            );
            for q in quads {
                let q = q?;
                let elsewhere = match &q.graph_name {
                    GraphName::NamedNode(g) => !writing.contains(g),
                    _ => true,
                };
                if elsewhere {
                    out.insert(subject.clone(), q.object);
                    break;
                }
            }
        }
        Ok(out)
    }

    /// Parses and evaluates a SPARQL query over the union of all graphs.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, QueryError> {
        self.query_with(sparql, &[])
    }

    /// Like [`GraphStore::query`], with variables bound to terms before evaluation, so
    /// that user text reaches the query as a value and never as SPARQL source.
    pub fn query_with(
        &self,
        sparql: &str,
        bindings: &[(&str, Term)],
    ) -> Result<QueryResults<'static>, QueryError> {
        let mut prepared = SparqlEvaluator::new()
            .parse_query(sparql)
            .map_err(|e| QueryError::Syntax(e.to_string()))?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        for (name, term) in bindings {
            let variable = Variable::new(*name).map_err(|e| QueryError::Syntax(e.to_string()))?;
            prepared = prepared.substitute_variable(variable, term.clone());
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| QueryError::Evaluation(e.to_string()))
    }

    /// Runs a SELECT query, with the contract's prefixes declared and `bindings` bound,
    /// and returns its solutions as plain strings (IRIs and literal values).
    pub fn select(&self, sparql: &str, bindings: &[(&str, Term)]) -> Result<Vec<Row>> {
        let sparql = format!("{}{sparql}", crate::vocab::sparql_prefixes());
        let QueryResults::Solutions(solutions) = self
            .query_with(&sparql, bindings)
            .map_err(|e| anyhow!("{e}"))?
        else {
            bail!("expected a SELECT query");
        };
        let mut rows = Vec::new();
        for solution in solutions {
            rows.push(
                solution?
                    .iter()
                    .map(|(v, t)| {
                        let value = match t {
                            Term::NamedNode(n) => n.as_str().to_string(),
                            Term::Literal(l) => l.value().to_string(),
                            other => other.to_string(),
                        };
                        (v.as_str().to_string(), value)
                    })
                    .collect(),
            );
        }
        Ok(rows)
    }

    /// Parses and applies a SPARQL update.
    pub fn update(&self, sparql: &str) -> Result<(), QueryError> {
        let prepared = SparqlEvaluator::new()
            .parse_update(sparql)
            .map_err(|e| QueryError::Syntax(e.to_string()))?;
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| QueryError::Evaluation(e.to_string()))
    }

    /// Number of quads.
    pub fn quad_count(&self) -> Result<usize> {
        Ok(self.store.len()?)
    }

    /// Writes the store (or one graph) in `format` to `out`. Dataset formats keep the
    /// named graphs; graph formats write the union of all graphs, each triple once.
    pub fn export(
        &self,
        format: RdfFormat,
        graph: Option<&NamedNode>,
        out: impl Write,
    ) -> Result<()> {
        let mut writer = serializer(format)?.for_writer(out);
        match graph {
            Some(g) => {
                let name = GraphNameRef::NamedNode(g.as_ref());
                if !self.store.contains_named_graph(g.as_ref())? {
                    bail!("the store has no graph <{}>", g.as_str());
                }
                for q in self.store.quads_for_pattern(None, None, None, Some(name)) {
                    let q = q?;
                    if format.supports_datasets() {
                        writer.serialize_quad(&q)?;
                    } else {
                        writer.serialize_triple(&Triple::from(q))?;
                    }
                }
            }
            None if format.supports_datasets() => {
                for q in self.store.iter() {
                    writer.serialize_quad(&q?)?;
                }
            }
            None => {
                let union = "SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
                let prepared = SparqlEvaluator::new().parse_query(union)?;
                if let QueryResults::Solutions(solutions) =
                    prepared.on_store(&self.store).execute()?
                {
                    for solution in solutions {
                        let solution = solution?;
                        let (Some(s), Some(p), Some(o)) =
                            (solution.get("s"), solution.get("p"), solution.get("o"))
                        else {
                            continue;
                        };
                        let (Ok(s), oxigraph::model::Term::NamedNode(p)) = (
                            oxigraph::model::NamedOrBlankNode::try_from(s.clone()),
                            p.clone(),
                        ) else {
                            continue;
                        };
                        writer.serialize_triple(&Triple::new(s, p, o.clone()))?;
                    }
                }
            }
        }
        writer.finish()?;
        Ok(())
    }

    /// The named graphs that hold articles (every graph but the ontology's).
    pub fn article_graphs(&self) -> Result<Vec<NamedNode>> {
        let mut out = Vec::new();
        for g in self.store.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g? {
                if n.as_str() != ONTOLOGY_GRAPH {
                    out.push(n);
                }
            }
        }
        Ok(out)
    }

    /// Flushes to disk.
    pub fn flush(&self) -> Result<()> {
        #[cfg(feature = "rocksdb")]
        self.store.flush()?;
        Ok(())
    }
}

/// One solution of a SELECT query as plain strings: variable -> IRI or literal value.
pub type Row = HashMap<String, String>;

/// An RDF serializer for `format`, declaring the contract's prefixes where the format
/// has them (Turtle, TriG).
pub fn serializer(format: RdfFormat) -> Result<RdfSerializer> {
    let mut serializer = RdfSerializer::from_format(format);
    if matches!(format, RdfFormat::Turtle | RdfFormat::TriG) {
        for (prefix, iri) in PREFIXES {
            serializer = serializer.with_prefix(*prefix, *iri)?;
        }
    }
    Ok(serializer)
}

/// Returns `format` for an export format name.
pub fn rdf_format(name: &str) -> Option<RdfFormat> {
    Some(match name {
        "turtle" | "ttl" => RdfFormat::Turtle,
        "trig" => RdfFormat::TriG,
        "nquads" | "nq" => RdfFormat::NQuads,
        "ntriples" | "nt" => RdfFormat::NTriples,
        "rdfxml" | "xml" => RdfFormat::RdfXml,
        "jsonld" | "json-ld" => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        _ => return None,
    })
}

/// A SPARQL problem, told apart so the CLI can use the right exit status.
#[derive(Debug)]
pub enum QueryError {
    /// The text does not parse (message has the position).
    Syntax(String),
    /// It parses but evaluation failed.
    Evaluation(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::Syntax(m) => write!(f, "SPARQL syntax error: {m}"),
            QueryError::Evaluation(m) => write!(f, "SPARQL evaluation error: {m}"),
        }
    }
}

impl std::error::Error for QueryError {}
