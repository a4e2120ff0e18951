//! A remote SPARQL 1.1 store instead of the embedded one: the Graph Store HTTP
//! Protocol for article graphs (a PUT per graph, so re-ingest stays idempotent) and the
//! SPARQL 1.1 Protocol for queries and updates. Works with Oxigraph server, Apache Jena
//! Fuseki, GraphDB and Virtuoso; results are parsed and written by oxigraph's own
//! parsers and serializers.

use crate::store::{QueryError, ONTOLOGY_TTL};
use crate::vocab::ONTOLOGY_GRAPH;
use anyhow::{anyhow, bail, Context, Result};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QueryTripleIter};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::time::Duration;

/// Environment variable with `user:password` for HTTP basic authentication.
pub const AUTH_ENV: &str = "DIPLOGRAPH_ENDPOINT_AUTH";
/// Environment variable naming the Graph Store path under the endpoint (default `store`,
/// Oxigraph's; Fuseki's is `data`).
pub const GSP_ENV: &str = "DIPLOGRAPH_ENDPOINT_GSP";

/// A remote store reached over HTTP.
pub struct RemoteStore {
    agent: ureq::Agent,
    base: String,
    gsp: String,
    auth: Option<String>,
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn base64(input: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

impl RemoteStore {
    /// A client for the service at `endpoint` (`http://host:7878`): queries go to
    /// `/query`, updates to `/update`, graphs to `/store` (see [`GSP_ENV`]).
    pub fn new(endpoint: &str) -> Result<Self> {
        if !endpoint.starts_with("http://") && !endpoint.starts_with("https://") {
            bail!("--endpoint {endpoint:?} is not an http(s) URL");
        }
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(300)))
            .http_status_as_error(false)
            .build()
            .into();
        let auth = std::env::var(AUTH_ENV)
            .ok()
            .filter(|a| !a.is_empty())
            .map(|a| format!("Basic {}", base64(a.as_bytes())));
        Ok(Self {
            agent,
            base: endpoint.trim_end_matches('/').to_string(),
            gsp: std::env::var(GSP_ENV).unwrap_or_else(|_| "store".into()),
            auth,
        })
    }

    fn graph_url(&self, graph: Option<&str>) -> String {
        match graph {
            Some(g) => format!("{}/{}?graph={}", self.base, self.gsp, percent_encode(g)),
            None => format!("{}/{}", self.base, self.gsp),
        }
    }

    fn check(
        &self,
        what: &str,
        url: &str,
        response: ureq::http::Response<ureq::Body>,
    ) -> Result<ureq::http::Response<ureq::Body>> {
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(response);
        }
        let body = response.into_body().read_to_string().unwrap_or_default();
        match status {
            401 | 403 => {
                bail!("{what} {url}: HTTP {status}: not authorized; set {AUTH_ENV}=user:password")
            }
            _ => bail!("{what} {url}: HTTP {status}: {}", body.trim()),
        }
    }

    fn with_auth<B>(&self, req: ureq::RequestBuilder<B>) -> ureq::RequestBuilder<B> {
        match &self.auth {
            Some(a) => req.header("Authorization", a),
            None => req,
        }
    }

    /// Replaces one named graph with `triples` (HTTP PUT: atomic on the server).
    fn put_graph(&self, graph: &str, body: Vec<u8>) -> Result<()> {
        let url = self.graph_url(Some(graph));
        let req = self
            .with_auth(self.agent.put(&url))
            .header("Content-Type", "application/n-triples");
        let response = req.send(&body[..]).map_err(|e| anyhow!("PUT {url}: {e}"))?;
        self.check("PUT", &url, response)?;
        Ok(())
    }

    /// Loads the ontology into its graph on the server.
    pub fn ensure_ontology(&self) -> Result<()> {
        let triples: Vec<Triple> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(ONTOLOGY_TTL)
            .map(|q| q.map(Triple::from))
            .collect::<Result<_, _>>()?;
        self.put_graph(ONTOLOGY_GRAPH, ntriples(triples.iter())?)
    }

    /// Replaces each article's graph.
    pub fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<()> {
        for (graph, quads) in graphs {
            let triples: Vec<Triple> = quads.iter().cloned().map(Triple::from).collect();
            self.put_graph(graph.as_str(), ntriples(triples.iter())?)?;
        }
        Ok(())
    }

    /// The object of `predicate` stored for each of `subjects` in a named graph other
    /// than `writing`, the first one the server returns (one query per hundred subjects).
    pub fn stored_values(
        &self,
        subjects: &[NamedOrBlankNode],
        predicate: &NamedNode,
        writing: &[NamedNode],
    ) -> Result<HashMap<NamedOrBlankNode, Term>> {
        let writing: HashSet<&str> = writing.iter().map(NamedNode::as_str).collect();
        let iris: Vec<&NamedNode> = subjects
            .iter()
            .filter_map(|s| match s {
                NamedOrBlankNode::NamedNode(n) => Some(n),
                _ => None,
            })
            .collect();
        let mut out = HashMap::new();
        for chunk in iris.chunks(100) {
            // IRIs print in their N-Triples form, which SPARQL reads as they are.
            let values: Vec<String> = chunk.iter().map(|n| n.to_string()).collect();
            let sparql = format!(
                "SELECT ?s ?o ?g WHERE {{ VALUES ?s {{ {} }} GRAPH ?g {{ ?s {predicate} ?o }} }}",
                values.join(" ")
            );
            let QueryResults::Solutions(rows) = self.query(&sparql)? else {
                bail!("the server answered a SELECT with something else");
            };
            for row in rows {
                let row = row?;
                let (Some(Term::NamedNode(s)), Some(o), Some(Term::NamedNode(g))) =
                    (row.get("s"), row.get("o"), row.get("g"))
                else {
                    continue;
                };
                if !writing.contains(g.as_str()) {
                    out.entry(NamedOrBlankNode::NamedNode(s.clone()))
                        .or_insert_with(|| o.clone());
                }
            }
        }
        Ok(out)
    }

    /// SPARQL 1.1 Protocol query (POST, `application/sparql-query`).
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, QueryError> {
        let url = format!("{}/query", self.base);
        let req = self
            .with_auth(self.agent.post(&url))
            .header("Content-Type", "application/sparql-query")
            .header(
                "Accept",
                "application/sparql-results+json, application/n-triples;q=0.9",
            );
        let response = req
            .send(sparql)
            .map_err(|e| QueryError::Evaluation(format!("POST {url}: {e}")))?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let mut body = Vec::new();
        response
            .into_body()
            .into_reader()
            .read_to_end(&mut body)
            .map_err(|e| QueryError::Evaluation(format!("{url}: {e}")))?;
        if status == 400 {
            return Err(QueryError::Syntax(
                String::from_utf8_lossy(&body).trim().to_string(),
            ));
        }
        if !(200..300).contains(&status) {
            return Err(QueryError::Evaluation(format!(
                "{url}: HTTP {status}: {}",
                String::from_utf8_lossy(&body).trim()
            )));
        }
        if content_type.contains("n-triples") {
            let triples: Vec<Result<Triple, QueryEvaluationError>> =
                RdfParser::from_format(RdfFormat::NTriples)
                    .for_slice(&body)
                    .map(|q| {
                        q.map(Triple::from)
                            .map_err(|e| QueryEvaluationError::Service(Box::new(e)))
                    })
                    .collect();
            return Ok(QueryResults::Graph(QueryTripleIter::new(
                triples.into_iter(),
            )));
        }
        let parsed = QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_reader(std::io::Cursor::new(body))
            .map_err(|e| QueryError::Evaluation(format!("{url}: unreadable results: {e}")))?;
        Ok(parsed.into())
    }

    /// SPARQL 1.1 Protocol update (POST, `application/sparql-update`).
    pub fn update(&self, sparql: &str) -> Result<(), QueryError> {
        let url = format!("{}/update", self.base);
        let req = self
            .with_auth(self.agent.post(&url))
            .header("Content-Type", "application/sparql-update");
        let response = req
            .send(sparql)
            .map_err(|e| QueryError::Evaluation(format!("POST {url}: {e}")))?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(());
        }
        let body = response.into_body().read_to_string().unwrap_or_default();
        Err(if status == 400 {
            QueryError::Syntax(body.trim().to_string())
        } else {
            QueryError::Evaluation(format!("{url}: HTTP {status}: {}", body.trim()))
        })
    }

    /// Writes the remote dataset (or one graph) in `format`, like the embedded export.
    pub fn export(
        &self,
        format: RdfFormat,
        graph: Option<&NamedNode>,
        out: impl Write,
    ) -> Result<()> {
        let url = self.graph_url(graph.map(NamedNode::as_str));
        let accept = if graph.is_some() {
            "application/n-triples"
        } else {
            "application/n-quads"
        };
        let req = self
            .with_auth(self.agent.get(&url))
            .header("Accept", accept);
        let response = req.call().map_err(|e| anyhow!("GET {url}: {e}"))?;
        let response = self.check("GET", &url, response)?;
        let reader = response.into_body().into_reader();
        let input = if graph.is_some() {
            RdfFormat::NTriples
        } else {
            RdfFormat::NQuads
        };
        let mut writer = crate::store::serializer(format)?.for_writer(out);
        let mut seen: HashSet<Triple> = HashSet::new();
        for q in RdfParser::from_format(input).for_reader(reader) {
            let mut q = q.with_context(|| format!("GET {url}: unreadable data"))?;
            if let Some(g) = graph {
                q.graph_name = g.clone().into();
            }
            if format.supports_datasets() {
                writer.serialize_quad(&q)?;
            } else {
                let t = Triple::from(q);
                if seen.insert(t.clone()) {
                    writer.serialize_triple(&t)?;
                }
            }
        }
        writer.finish()?;
        Ok(())
    }
}

fn ntriples<'a>(triples: impl Iterator<Item = &'a Triple>) -> Result<Vec<u8>> {
    let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    for t in triples {
        w.serialize_triple(t)?;
    }
    Ok(w.finish()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_percent_encoding() {
        assert_eq!(base64(b"user:pass"), "dXNlcjpwYXNz");
        assert_eq!(base64(b"a"), "YQ==");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(
            percent_encode("https://x/a b#c"),
            "https%3A%2F%2Fx%2Fa%20b%23c"
        );
    }
}
