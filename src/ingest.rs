//! Ingest: read -> extract -> map -> store, streaming over the inputs in batches.
//! Reading and extraction run in parallel (rayon); each batch of whole article graphs
//! is written in one transaction, so memory stays bounded and a crash never leaves a
//! half-written article.

use crate::ir::Article;
use crate::ir::Extraction;
use crate::pipeline::Extractor;
use crate::rdf::{
    label_predicate, labelled_subjects, settle_labels, to_quads, Minter, StoredLabels,
};
use crate::read::{expand_paths, for_each_record, ReadError, Record};
use crate::remote::RemoteStore;
use crate::store::GraphStore;
use anyhow::Result;
use oxigraph::model::{NamedNode, NamedOrBlankNode, Quad};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

/// Articles per batch: enough to keep both cores busy and writes efficient, few enough
/// that memory stays bounded whatever the corpus size. `DIPLOGRAPH_BATCH` overrides it.
const BATCH: usize = 256;

fn batch_size() -> usize {
    std::env::var("DIPLOGRAPH_BATCH")
        .ok()
        .and_then(|b| b.parse().ok())
        .filter(|&b| b > 0)
        .unwrap_or(BATCH)
}

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
    /// The `rdfs:label` stored for each of `subjects` in a graph other than `writing`.
    fn stored_labels(
        &self,
        subjects: &[NamedOrBlankNode],
        writing: &[NamedNode],
    ) -> Result<StoredLabels>;
    /// Makes what was written durable.
    fn flush(&self) -> Result<()>;
}

impl GraphSink for GraphStore {
    fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<()> {
        GraphStore::replace_graphs(self, graphs)
    }
    fn stored_labels(
        &self,
        subjects: &[NamedOrBlankNode],
        writing: &[NamedNode],
    ) -> Result<StoredLabels> {
        GraphStore::stored_values(self, subjects, &label_predicate(), writing)
    }
    fn flush(&self) -> Result<()> {
        GraphStore::flush(self)
    }
}

impl GraphSink for RemoteStore {
    fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<()> {
        RemoteStore::replace_graphs(self, graphs)
    }
    fn stored_labels(
        &self,
        subjects: &[NamedOrBlankNode],
        writing: &[NamedNode],
    ) -> Result<StoredLabels> {
        RemoteStore::stored_values(self, subjects, &label_predicate(), writing)
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
    let batch = batch_size();
    let mut pending: Vec<Article> = Vec::with_capacity(batch);
    let mut failure: Option<anyhow::Error> = None;
    let mut stop = false;
    for input in &inputs {
        for_each_record(input, &mut |record| {
            match record {
                Record::Article(a) => {
                    pending.push(*a);
                    if pending.len() >= batch {
                        if let Err(e) =
                            write_batch(&mut pending, store, extractor, minter, &mut summary)
                        {
                            failure = Some(e);
                            return false;
                        }
                    }
                }
                Record::Warning(w) => observer.warning(&w),
                Record::Error(e) => {
                    observer.error(&e);
                    summary.skipped += 1;
                    if strict {
                        stop = true;
                        return false;
                    }
                }
            }
            true
        });
        if let Some(e) = failure.take() {
            return Err(e);
        }
        observer.advance(1);
        if stop {
            break;
        }
    }
    // Whatever was read before a --strict stop is whole and good: store it too.
    write_batch(&mut pending, store, extractor, minter, &mut summary)?;
    store.flush()?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Extracts a batch of articles in parallel and writes their graphs in one transaction.
fn write_batch(
    pending: &mut Vec<Article>,
    store: &dyn GraphSink,
    extractor: &Extractor,
    minter: &Minter,
    summary: &mut Summary,
) -> Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let extracted: Vec<(Extraction, (NamedNode, Vec<Quad>))> = pending
        .par_iter()
        .map(|a| {
            let x = extractor.extract(a);
            let quads = to_quads(&x, minter);
            (x, quads)
        })
        .collect();
    pending.clear();
    let mut graphs = Vec::with_capacity(extracted.len());
    for (x, graph) in extracted {
        summary.articles += 1;
        summary.events += x.events.len();
        summary.sentences += x.article.sentences;
        graphs.push(graph);
    }
    let writing: Vec<NamedNode> = graphs.iter().map(|(g, _)| g.clone()).collect();
    let stored = store.stored_labels(&labelled_subjects(&graphs), &writing)?;
    settle_labels(&mut graphs, &stored);
    // Counted after settling, which may add alternative labels.
    summary.triples += graphs.iter().map(|(_, quads)| quads.len()).sum::<usize>();
    store.replace_graphs(&graphs)
}
