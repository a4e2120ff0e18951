//! Command-line arguments (clap derive). The contract (`CONTRACT.md`) fixes the names.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// diplograph: turn news articles about diplomacy into an RDF knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "diplograph", version, about, long_about = None)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every command that opens a store.
#[derive(Debug, Args, Clone)]
pub struct StoreArgs {
    /// The embedded Oxigraph store (a directory, created on first use).
    #[arg(long, env = "DIPLOGRAPH_STORE", default_value = "./diplograph.db")]
    pub store: PathBuf,
}

/// A remote SPARQL 1.1 store to use instead of the embedded one.
#[derive(Debug, Args, Clone)]
pub struct EndpointArgs {
    /// Remote SPARQL store (e.g. http://127.0.0.1:7878 for Oxigraph server): queries to
    /// URL/query, updates to URL/update, graphs to URL/store. Credentials come from
    /// $DIPLOGRAPH_ENDPOINT_AUTH (user:password).
    #[arg(long, env = "DIPLOGRAPH_ENDPOINT")]
    pub endpoint: Option<String>,
}

/// Options shared by the commands that extract.
#[derive(Debug, Args, Clone)]
pub struct ExtractArgs {
    /// Base IRI for people, events, articles and other resources.
    #[arg(long, default_value = crate::vocab::DEFAULT_BASE)]
    pub base: String,
    /// Extra gazetteer file(s) (TSV with one of the built-in headers; see README).
    #[arg(long = "gazetteer", value_name = "FILE")]
    pub gazetteers: Vec<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles, extract, and store each in its own named graph.
    Ingest {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        remote: EndpointArgs,
        #[command(flatten)]
        extract: ExtractArgs,
        /// Files, directories (recursively: *.txt and *.jsonl), or - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Stop at the first bad input instead of skipping it.
        #[arg(long)]
        strict: bool,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Print what would be stored, without a store.
    Extract {
        #[command(flatten)]
        extract: ExtractArgs,
        /// Files, directories, or - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Turtle)]
        format: ExtractFormat,
    },
    /// Run a SPARQL query over the union of all graphs.
    Query {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        remote: EndpointArgs,
        /// The query text (or use --file).
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        query: Option<String>,
        /// Read the query from a file.
        #[arg(long)]
        file: Option<PathBuf>,
        /// Output format (default: table on a terminal, tsv otherwise; turtle for graphs).
        #[arg(long, value_enum)]
        format: Option<QueryFormat>,
    },
    /// Run a SPARQL update.
    Update {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        remote: EndpointArgs,
        /// The update text (or use --file).
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        update: Option<String>,
        /// Read the update from a file.
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// Write the store in an RDF format (or the event table).
    Export {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        remote: EndpointArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Turtle)]
        format: ExportFormat,
        /// Only this named graph (an article's IRI).
        #[arg(long)]
        graph: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Counts: articles, actors by class, events by class, top actors.
    Stats {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Draw the actor network (built from the store by SPARQL).
    Graph {
        #[command(flatten)]
        store: StoreArgs,
        /// Output format (svg and png run Graphviz `dot`).
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
        #[command(flatten)]
        filter: FilterArgs,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Network figures per actor: degree, weighted degree, betweenness, component.
    Network {
        #[command(flatten)]
        store: StoreArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = NetworkFormat::Table)]
        format: NetworkFormat,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Score extraction on NN.txt + NN.gold.json pairs.
    Eval {
        /// Directory holding the pairs.
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
        format: TableOrJson,
        /// Fail (exit 1) when a category's F1 is below a threshold, e.g. --min persons=0.9.
        #[arg(long = "min", value_name = "CATEGORY=F1")]
        min: Vec<String>,
        #[command(flatten)]
        extract: ExtractArgs,
    },
}

/// Formats of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    /// Turtle (union of the article graphs).
    Turtle,
    /// TriG (one named graph per article).
    Trig,
    /// N-Quads.
    Nquads,
    /// The intermediate representation, as JSON.
    Json,
}

/// Formats of `query`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum QueryFormat {
    /// An aligned table for terminals.
    Table,
    /// SPARQL 1.1 CSV results.
    Csv,
    /// SPARQL 1.1 TSV results.
    Tsv,
    /// SPARQL 1.1 JSON results.
    Json,
    /// SPARQL 1.1 XML results.
    Xml,
    /// Turtle (CONSTRUCT and DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT and DESCRIBE).
    Ntriples,
}

/// Formats of `export`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// Turtle: the union of all graphs.
    Turtle,
    /// TriG: every named graph.
    Trig,
    /// N-Quads: every named graph.
    Nquads,
    /// N-Triples: the union of all graphs.
    Ntriples,
    /// RDF/XML: the union of all graphs.
    Rdfxml,
    /// JSON-LD: the union of all graphs.
    Jsonld,
    /// The event-data table (CSV, one row per event).
    EventsCsv,
}

/// Table or JSON.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TableOrJson {
    /// Aligned text.
    Table,
    /// JSON.
    Json,
}

/// Filters of the actor network.
#[derive(Debug, Args, Clone)]
pub struct FilterArgs {
    /// Keep the ego network of this actor (label or alias, case-insensitive).
    #[arg(long)]
    pub actor: Option<String>,
    /// Radius of the ego network.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Keep events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Keep events dated on or before this.
    #[arg(long)]
    pub until: Option<String>,
    /// Keep these event kinds (meeting, call, visit, summit, statement, agreement, military, event, or a PLOVER type).
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Drop links with fewer interactions than this.
    #[arg(long, default_value_t = 1)]
    pub min_weight: usize,
    /// Add links: positions (person -> country or organization, and memberships).
    #[arg(long = "with", value_enum, value_delimiter = ',')]
    pub with: Vec<WithLinks>,
}

/// Extra links in the network.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum WithLinks {
    /// Position and membership links.
    Positions,
}

/// Formats of `graph`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum GraphFormat {
    /// Graphviz DOT.
    Dot,
    /// SVG, rendered by Graphviz.
    Svg,
    /// PNG, rendered by Graphviz.
    Png,
    /// GraphML (Gephi, yEd).
    Graphml,
    /// JSON nodes and links.
    Json,
}

/// Formats of `network`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum NetworkFormat {
    /// Aligned text.
    Table,
    /// CSV.
    Csv,
    /// JSON.
    Json,
}
