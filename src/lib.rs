//! diplograph: turns news articles about diplomacy into an RDF knowledge graph.
//!
//! The pipeline, in the order data flows (see ARCHITECTURE.md):
//! [`read`] -> [`text`] -> [`recognize`] -> [`resolve`] -> [`positions`] / [`events`]
//! -> [`rdf`] -> [`store`] -> queries, exports and views ([`stats`], [`eval`]).
//! Every stage passes the plain serde structs of [`ir`]; [`pipeline`] runs one
//! article through the stages and [`ingest`] streams many into the store.

pub mod cli;
pub mod dates;
pub mod eval;
pub mod events;
pub mod gazetteer;
pub mod ingest;
pub mod ir;
pub mod names;
pub mod network;
pub mod pipeline;
pub mod plover_eval;
pub mod positions;
pub mod quotes;
pub mod rdf;
pub mod read;
pub mod recognize;
pub mod remote;
pub mod resolve;
pub mod stats;
pub mod store;
pub mod text;
pub mod vocab;
