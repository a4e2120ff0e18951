//! The command line: clap arguments -> library calls, output formats and exit codes.

pub mod args;
pub mod output;

use crate::eval::evaluate;
use crate::ingest::{ingest, Observer};
use crate::network;
use crate::pipeline::Extractor;
use crate::rdf::{to_quads, Minter};
use crate::read::{expand_paths, for_each_record, ReadError, Record};
use crate::remote::RemoteStore;
use crate::stats::stats;
use crate::store::{self, rdf_format, Access, GraphStore, QueryError};
use anyhow::{anyhow, Context, Result};
use args::{
    Cli, Command, ExportFormat, ExtractArgs, ExtractFormat, FilterArgs, GraphFormat, NetworkFormat,
    QueryFormat, TableOrJson, WithLinks,
};
use indicatif::{ProgressBar, ProgressStyle};
use oxigraph::model::NamedNode;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Exit status: bad input was skipped (the rest was done).
pub const EXIT_BAD_INPUT: i32 = 1;
/// Exit status: a usage or SPARQL syntax error.
pub const EXIT_USAGE: i32 = 2;

/// An error with the exit status it should produce.
#[derive(Debug)]
pub struct Failure {
    /// Exit status.
    pub code: i32,
    /// The error.
    pub error: anyhow::Error,
}

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure {
            code: 1,
            error: e.into(),
        }
    }
}

fn usage(e: impl std::fmt::Display) -> Failure {
    Failure {
        code: EXIT_USAGE,
        error: anyhow!("{e}"),
    }
}

/// Runs a parsed command line; returns the exit status.
pub fn run(cli: Cli) -> Result<i32, Failure> {
    match cli.command {
        Command::Ingest {
            store,
            remote,
            extract,
            paths,
            strict,
            quiet,
        } => cmd_ingest(
            &store.store,
            remote.endpoint.as_deref(),
            &extract,
            &paths,
            strict,
            quiet,
        ),
        Command::Extract {
            extract,
            paths,
            format,
        } => cmd_extract(&extract, &paths, format),
        Command::Query {
            store,
            remote,
            query,
            file,
            format,
        } => {
            let text = text_or_file(query, file)?;
            let results = match &remote.endpoint {
                Some(url) => RemoteStore::new(url)?.query(&text),
                None => GraphStore::open(&store.store, Access::ReadOnly)?.query(&text),
            }
            .map_err(query_failure)?;
            let format = format.unwrap_or(if std::io::stdout().is_terminal() {
                QueryFormat::Table
            } else {
                QueryFormat::Tsv
            });
            let stdout = std::io::stdout();
            output::write_results(results, format, BufWriter::new(stdout.lock()))?;
            Ok(0)
        }
        Command::Update {
            store,
            remote,
            update,
            file,
        } => {
            let text = text_or_file(update, file)?;
            if let Some(url) = &remote.endpoint {
                RemoteStore::new(url)?
                    .update(&text)
                    .map_err(query_failure)?;
                eprintln!("update applied at {url}");
                return Ok(0);
            }
            let store = GraphStore::open(&store.store, Access::ReadWrite)?;
            store.update(&text).map_err(query_failure)?;
            store.flush()?;
            eprintln!(
                "update applied; the store holds {} quads",
                store.quad_count()?
            );
            Ok(0)
        }
        Command::Export {
            store,
            remote,
            format,
            graph,
            output,
        } => {
            let graph = graph
                .map(|g| {
                    NamedNode::new(&g)
                        .map_err(|e| usage(format!("--graph {g:?} is not an IRI: {e}")))
                })
                .transpose()?;
            let out = output_writer(output.as_deref())?;
            if let Some(url) = &remote.endpoint {
                let name = format!("{format:?}").to_lowercase();
                let rdf = rdf_format(&name).ok_or_else(|| {
                    usage(format!("--format {name} is not available with --endpoint"))
                })?;
                RemoteStore::new(url)?.export(rdf, graph.as_ref(), out)?;
                return Ok(0);
            }
            let store = GraphStore::open(&store.store, Access::ReadOnly)?;
            if format == ExportFormat::EventsCsv {
                crate::stats::events_csv(&store, graph.as_ref(), out)?;
            } else {
                let name = format!("{format:?}").to_lowercase();
                let rdf =
                    rdf_format(&name).ok_or_else(|| usage(format!("unknown format {name}")))?;
                store.export(rdf, graph.as_ref(), out)?;
            }
            Ok(0)
        }
        Command::Stats { store } => {
            let store = GraphStore::open(&store.store, Access::ReadOnly)?;
            let mut out = std::io::stdout().lock();
            stats(&store, &mut out)?;
            Ok(0)
        }
        Command::Graph {
            store,
            format,
            filter,
            output,
        } => {
            let store = GraphStore::open(&store.store, Access::ReadOnly)?;
            let graph = network::build(&store, &filter_of(&filter)?)?;
            let mut out = output_writer(output.as_deref())?;
            match format {
                GraphFormat::Dot => network::write_dot(&graph, &mut out)?,
                GraphFormat::Svg => network::render(&graph, "svg", &mut out)?,
                GraphFormat::Png => network::render(&graph, "png", &mut out)?,
                GraphFormat::Graphml => network::write_graphml(&graph, &mut out)?,
                GraphFormat::Json => network::write_json(&graph, &mut out)?,
            }
            out.flush()?;
            Ok(0)
        }
        Command::Network {
            store,
            format,
            filter,
        } => {
            let store = GraphStore::open(&store.store, Access::ReadOnly)?;
            let graph = network::build(&store, &filter_of(&filter)?)?;
            let figures = network::figures(&graph);
            let mut out = BufWriter::new(std::io::stdout().lock());
            match format {
                NetworkFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &figures)?;
                    writeln!(out)?;
                }
                NetworkFormat::Csv => {
                    let mut w = csv::Writer::from_writer(&mut out);
                    for f in &figures {
                        w.serialize(f)?;
                    }
                    w.flush()?;
                }
                NetworkFormat::Table => {
                    let header: Vec<String> = [
                        "actor",
                        "kind",
                        "degree",
                        "weighted",
                        "betweenness",
                        "component",
                        "events",
                    ]
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                    let rows: Vec<Vec<String>> = figures
                        .iter()
                        .map(|f| {
                            vec![
                                f.actor.clone(),
                                f.kind.clone(),
                                f.degree.to_string(),
                                f.weighted_degree.to_string(),
                                format!("{:.2}", f.betweenness),
                                f.component.to_string(),
                                f.events.to_string(),
                            ]
                        })
                        .collect();
                    output::write_table(&header, &rows, &mut out)?;
                }
            }
            out.flush()?;
            Ok(0)
        }
        Command::Eval {
            dir,
            format,
            min,
            extract,
        } => cmd_eval(&dir, format, &min, &extract),
    }
}

fn query_failure(e: QueryError) -> Failure {
    match e {
        QueryError::Syntax(_) => usage(e),
        QueryError::Evaluation(_) => Failure {
            code: 1,
            error: anyhow!("{e}"),
        },
    }
}

fn text_or_file(text: Option<String>, file: Option<PathBuf>) -> Result<String, Failure> {
    match (text, file) {
        (Some(t), _) => Ok(t),
        (None, Some(f)) => {
            Ok(std::fs::read_to_string(&f)
                .with_context(|| format!("cannot read {}", f.display()))?)
        }
        (None, None) => Err(usage("give the SPARQL text or --file FILE")),
    }
}

fn extractor_for(args: &ExtractArgs) -> Result<(Extractor, Minter)> {
    let paths: Vec<&Path> = args.gazetteers.iter().map(PathBuf::as_path).collect();
    Ok((Extractor::new(&paths)?, Minter::new(&args.base)?))
}

/// Reports ingest progress on a terminal and errors always.
struct Reporter {
    bar: Option<ProgressBar>,
}

impl Observer for Reporter {
    fn start(&self, inputs: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(inputs as u64);
        }
    }
    fn advance(&self, n: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
    }
    fn error(&self, e: &ReadError) {
        let msg = format!("diplograph: skipped {e}");
        match &self.bar {
            Some(bar) => bar.println(msg),
            None => eprintln!("{msg}"),
        }
    }
    fn warning(&self, w: &str) {
        let msg = format!("diplograph: warning: {w}");
        match &self.bar {
            Some(bar) => bar.println(msg),
            None => eprintln!("{msg}"),
        }
    }
}

fn cmd_ingest(
    store_path: &Path,
    endpoint: Option<&str>,
    extract: &ExtractArgs,
    paths: &[PathBuf],
    strict: bool,
    quiet: bool,
) -> Result<i32, Failure> {
    let (extractor, minter) = extractor_for(extract)?;
    let (local, remote) = match endpoint {
        Some(url) => {
            let remote = RemoteStore::new(url)?;
            remote.ensure_ontology()?;
            (None, Some(remote))
        }
        None => (Some(GraphStore::open(store_path, Access::ReadWrite)?), None),
    };
    let sink: &dyn crate::ingest::GraphSink = match (&local, &remote) {
        (Some(l), _) => l,
        (_, Some(r)) => r,
        _ => unreachable!("one of the two is set"),
    };
    let target = endpoint
        .map(str::to_string)
        .unwrap_or_else(|| store_path.display().to_string());
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} files  {per_sec}  ETA {eta}")
                .expect("valid template"),
        );
        bar
    });
    let reporter = Reporter { bar };
    let summary = ingest(paths, sink, &extractor, &minter, strict, &reporter)?;
    if let Some(bar) = &reporter.bar {
        bar.finish_and_clear();
    }
    if !quiet {
        eprintln!(
            "ingested {} article{} ({} sentences, {} triples, {} events) into {} in {:.2}s{}",
            summary.articles,
            if summary.articles == 1 { "" } else { "s" },
            summary.sentences,
            summary.triples,
            summary.events,
            target,
            summary.seconds,
            if summary.skipped > 0 {
                format!(
                    "; skipped {} bad input{}",
                    summary.skipped,
                    if summary.skipped == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            }
        );
    }
    Ok(if summary.skipped > 0 {
        EXIT_BAD_INPUT
    } else {
        0
    })
}

fn cmd_extract(
    extract: &ExtractArgs,
    paths: &[PathBuf],
    format: ExtractFormat,
) -> Result<i32, Failure> {
    let (extractor, minter) = extractor_for(extract)?;
    let (inputs, missing) = expand_paths(paths);
    let mut failed = !missing.is_empty();
    for e in &missing {
        eprintln!("diplograph: skipped {e}");
    }
    let out = BufWriter::new(std::io::stdout().lock());
    // Streams: each article is extracted and written before the next is read, so a
    // corpus of any size runs in the memory of one article.
    let rdf = match format {
        ExtractFormat::Json => None,
        ExtractFormat::Turtle => rdf_format("turtle"),
        ExtractFormat::Trig => rdf_format("trig"),
        ExtractFormat::Nquads => rdf_format("nquads"),
    };
    let mut sink = match rdf {
        None => ExtractSink::Json { out, items: 0 },
        Some(f) => ExtractSink::Rdf {
            writer: Box::new(store::serializer(f)?.for_writer(out)),
            datasets: f.supports_datasets(),
        },
    };
    let mut error: Option<anyhow::Error> = None;
    for input in &inputs {
        for_each_record(input, &mut |record| match record {
            Record::Article(article) => {
                let x = extractor.extract(&article);
                match sink.write(&x, &minter) {
                    Ok(()) => true,
                    Err(e) => {
                        error = Some(e);
                        false
                    }
                }
            }
            Record::Error(e) => {
                eprintln!("diplograph: skipped {e}");
                failed = true;
                true
            }
            Record::Warning(w) => {
                eprintln!("diplograph: warning: {w}");
                true
            }
        });
        if let Some(e) = error.take() {
            return Err(e.into());
        }
    }
    sink.finish()?;
    Ok(if failed { EXIT_BAD_INPUT } else { 0 })
}

/// Where `extract` writes, one article at a time.
enum ExtractSink<W: Write> {
    /// A JSON array of `Extraction`s.
    Json { out: W, items: usize },
    /// An RDF serializer; graph formats (Turtle) get the triples.
    Rdf {
        writer: Box<oxigraph::io::WriterQuadSerializer<W>>,
        datasets: bool,
    },
}

impl<W: Write> ExtractSink<W> {
    fn write(&mut self, x: &crate::ir::Extraction, minter: &Minter) -> Result<()> {
        match self {
            Self::Json { out, items } => {
                out.write_all(if *items == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer_pretty(&mut *out, x)?;
                *items += 1;
            }
            Self::Rdf { writer, datasets } => {
                // Each quad once per article; a triple two articles share (an actor's
                // label) is written once per article in Turtle, which RDF reads as one.
                let (_, quads) = to_quads(x, minter);
                let mut seen = std::collections::HashSet::with_capacity(quads.len());
                for q in quads.iter().filter(|q| seen.insert(*q)) {
                    if *datasets {
                        writer.serialize_quad(q)?;
                    } else {
                        writer.serialize_triple(oxigraph::model::TripleRef::from(q.as_ref()))?;
                    }
                }
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        match self {
            Self::Json { mut out, items } => {
                out.write_all(if items == 0 { b"[]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Self::Rdf { writer, .. } => {
                writer.finish()?.flush()?;
            }
        }
        Ok(())
    }
}

fn cmd_eval(
    dir: &Path,
    format: TableOrJson,
    min: &[String],
    extract: &ExtractArgs,
) -> Result<i32, Failure> {
    let mut thresholds = Vec::new();
    for m in min {
        let (k, v) = m
            .split_once('=')
            .ok_or_else(|| usage(format!("--min {m:?}: expected CATEGORY=F1")))?;
        let v: f64 = v
            .parse()
            .map_err(|_| usage(format!("--min {m:?}: {v:?} is not a number")))?;
        thresholds.push((k.to_string(), v));
    }
    let (extractor, minter) = extractor_for(extract)?;
    let report = evaluate(dir, &extractor, &minter)?;
    let mut out = std::io::stdout().lock();
    match format {
        TableOrJson::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        TableOrJson::Table => {
            let header: Vec<String> = ["category", "P", "R", "F1", "tp", "predicted", "gold"]
                .iter()
                .map(|s| s.to_string())
                .collect();
            let rows: Vec<Vec<String>> = report
                .total
                .iter()
                .map(|(k, s)| {
                    vec![
                        k.clone(),
                        format!("{:.2}", s.p),
                        format!("{:.2}", s.r),
                        format!("{:.2}", s.f1),
                        s.tp.to_string(),
                        s.pred.to_string(),
                        s.gold.to_string(),
                    ]
                })
                .collect();
            output::write_table(&header, &rows, &mut out)?;
        }
    }
    let mut short = Vec::new();
    for (k, v) in &thresholds {
        let f1 = report.total.get(k).map(|s| s.f1);
        match f1 {
            None => {
                return Err(usage(format!(
                    "--min {k}: no such category (persons, positions, events, pairs, places)"
                )))
            }
            Some(f) if f < *v => short.push(format!("{k} F1 {f:.2} < {v}")),
            _ => {}
        }
    }
    if !short.is_empty() {
        eprintln!("diplograph: below threshold: {}", short.join(", "));
        return Ok(1);
    }
    Ok(0)
}

fn filter_of(args: &FilterArgs) -> Result<network::Filter, Failure> {
    for d in args.since.iter().chain(&args.until) {
        let ok = matches!(d.len(), 4 | 7 | 10) && d.chars().all(|c| c.is_ascii_digit() || c == '-');
        if !ok {
            return Err(usage(format!(
                "{d:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
            )));
        }
    }
    Ok(network::Filter {
        actor: args.actor.clone(),
        depth: args.depth,
        since: args.since.clone(),
        until: args.until.clone(),
        types: args.types.clone(),
        min_weight: args.min_weight,
        with_positions: args.with.contains(&WithLinks::Positions),
    })
}

/// Where `--output` points (a new file), or standard output; buffered either way.
fn output_writer(path: Option<&Path>) -> Result<BufWriter<Box<dyn Write>>> {
    let out: Box<dyn Write> = match path {
        Some(p) => Box::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    Ok(BufWriter::new(out))
}
