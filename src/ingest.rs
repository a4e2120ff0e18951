//! Ingest: read -> extract -> map -> store, streaming over the inputs in batches.
//! Reading and extraction run in parallel (rayon); each batch of whole article graphs
//! is written in one transaction, so memory stays bounded and a crash never leaves a
//! half-written article.

use crate::ir::Extraction;
use crate::pipeline::Extractor;
use crate::rdf::{to_quads, Minter};
use crate::read::{expand_paths, read_input, Input, ReadError};
use crate::remote::RemoteStore;
use crate::store::GraphStore;
use anyhow::Result;
use oxigraph::model::{NamedNode, Quad};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

/// Inputs per batch: large enough to keep both cores busy, small enough to bound memory.
const BATCH: usize = 64;

/// What an ingest did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    /// Articles stored.
    pub articles: usize,
    /// Sentences analysed.
    pub sentences: usize,
    /// Quads written.
    pub triples: usize,
    /// Events extracted.
    pub events: usize,
    /// Inputs or records skipped as bad.
    pub skipped: usize,
    /// Wall-clock seconds.
    pub seconds: f64,
}

/// Where ingested article graphs go: the embedded store or a remote one.
pub trait GraphSink: Sync {
    /// Replaces each article's named graph with its quads.
    fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<()>;
    /// Makes what was written durable.
    fn flush(&self) -> Result<()>;
}

impl GraphSink for GraphStore {
    fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<()> {
        GraphStore::replace_graphs(self, graphs)
    }
    fn flush(&self) -> Result<()> {
        GraphStore::flush(self)
    }
}

impl GraphSink for RemoteStore {
    fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<()> {
        RemoteStore::replace_graphs(self, graphs)
    }
    fn flush(&self) -> Result<()> {
        Ok(())
    }
}

/// Callbacks so the caller decides how to report (progress bar, messages).
pub trait Observer: Sync {
    /// The number of inputs is known.
    fn start(&self, inputs: usize);
    /// One more input is done.
    fn advance(&self, n: usize);
    /// A bad input or record (already formatted with file and line).
    fn error(&self, e: &ReadError);
    /// A warning about an input that was still read.
    fn warning(&self, w: &str);
}

/// Ingests `paths` into `store`. With `strict`, stops at the first bad input (what was
/// written before stays, whole). Returns the summary; the caller decides the exit code
/// from `skipped`.
pub fn ingest(
    paths: &[PathBuf],
    store: &dyn GraphSink,
    extractor: &Extractor,
    minter: &Minter,
    strict: bool,
    observer: &dyn Observer,
) -> Result<Summary> {
    let started = Instant::now();
    let (inputs, missing) = expand_paths(paths);
    let mut summary = Summary::default();
    for e in &missing {
        observer.error(e);
        summary.skipped += 1;
    }
    if strict && !missing.is_empty() {
        summary.seconds = started.elapsed().as_secs_f64();
        return Ok(summary);
    }
    observer.start(inputs.len());
    for batch in inputs.chunks(BATCH) {
        let results: Vec<_> = batch
            .par_iter()
            .map(|input: &Input| {
                let outcome = read_input(input);
                let extracted: Vec<(Extraction, _)> = outcome
                    .articles
                    .iter()
                    .map(|a| {
                        let x = extractor.extract(a);
                        let quads = to_quads(&x, minter);
                        (x, quads)
                    })
                    .collect();
                (outcome.errors, outcome.warnings, extracted)
            })
            .collect();
        let mut graphs = Vec::new();
        let mut stop = false;
        for (errors, warnings, extracted) in results {
            for w in &warnings {
                observer.warning(w);
            }
            for e in &errors {
                observer.error(e);
                summary.skipped += 1;
            }
            if strict && !errors.is_empty() {
                stop = true;
                break;
            }
            for (x, (graph, quads)) in extracted {
                summary.articles += 1;
                summary.events += x.events.len();
                summary.sentences += x.article.sentences;
                summary.triples += quads.len();
                graphs.push((graph, quads));
            }
        }
        store.replace_graphs(&graphs)?;
        observer.advance(batch.len());
        if stop {
            break;
        }
    }
    store.flush()?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
