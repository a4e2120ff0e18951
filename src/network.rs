//! Actor networks, built from SPARQL over the store (never from the extractor), so they
//! work on any graph that uses the contract's terms: who deals with whom, drawn with
//! Graphviz or exported for Gephi and web libraries, with the figures behind the picture.

use crate::store::GraphStore;
use anyhow::{anyhow, bail, Context, Result};
use oxigraph::model::{Literal, Term};
use petgraph::dot::{Config, Dot};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::Write;

/// An actor in the network.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Node {
    /// The actor's IRI.
    pub id: String,
    /// Canonical label.
    pub label: String,
    /// "person", "organization" or "country".
    pub kind: String,
    /// Number of (filtered) events the actor takes part in.
    pub events: usize,
}

/// The interactions between two actors, by kind ("met" x 2, "visited" x 1).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Link {
    /// Count per interaction kind.
    pub kinds: BTreeMap<String, usize>,
    /// Total count.
    pub weight: usize,
}

/// Which events and actors to keep.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep the ego network of actors with this label or alias (case-insensitive).
    pub actor: Option<String>,
    /// Ego network radius.
    pub depth: usize,
    /// Keep events dated on or after this (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Keep events dated on or before this.
    pub until: Option<String>,
    /// Keep only these event kinds (class names or PLOVER types, case-insensitive).
    pub types: Vec<String>,
    /// Drop links lighter than this.
    pub min_weight: usize,
    /// Add position and membership links (person -> country or organization).
    pub with_positions: bool,
}

/// The actor network.
pub type Network = UnGraph<Node, Link>;

struct EventRow {
    classes: BTreeSet<String>,
    date: Option<String>,
    plover: Option<String>,
    participants: BTreeSet<String>,
    sources: BTreeSet<String>,
    targets: BTreeSet<String>,
}

fn select(
    store: &GraphStore,
    q: &str,
    bindings: &[(&str, Term)],
) -> Result<Vec<crate::store::Row>> {
    store.select(q, bindings)
}

fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

/// The interaction a class stands for, as an edge label.
fn interaction(class: &str, plover: Option<&str>) -> String {
    match class {
        "Meeting" => "met".into(),
        "PhoneCall" => "called".into(),
        "Visit" => "visited".into(),
        "Summit" => "at summit with".into(),
        "Statement" => "statement to".into(),
        "Agreement" => "agreed with".into(),
        "MilitaryAction" => "attacked".into(),
        _ => plover
            .map(str::to_lowercase)
            .unwrap_or_else(|| "event".into()),
    }
}

fn type_matches(types: &[String], class: &str, plover: Option<&str>) -> bool {
    if types.is_empty() {
        return true;
    }
    let aliases: &[&str] = match class {
        "PhoneCall" => &["phonecall", "call"],
        "MilitaryAction" => &["militaryaction", "military"],
        _ => &[],
    };
    types.iter().any(|t| {
        let t = t.to_lowercase();
        t == class.to_lowercase()
            || aliases.contains(&t.as_str())
            || plover.is_some_and(|p| p.to_lowercase() == t)
    })
}

fn date_in_range(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    if since.is_none() && until.is_none() {
        return true;
    }
    let Some(d) = date else { return false };
    // Compare on the common prefix length so "2024-04" is within "2024".."2024-12-31".
    let ge = |a: &str, b: &str| {
        let n = a.len().min(b.len());
        a[..n] >= b[..n]
    };
    since.is_none_or(|s| ge(d, s)) && until.is_none_or(|u| ge(u, d))
}

/// Builds the network from the store.
pub fn build(store: &GraphStore, filter: &Filter) -> Result<Network> {
    let mut events: BTreeMap<String, EventRow> = BTreeMap::new();
    let rows = select(
        store,
        "SELECT ?e ?cls ?d ?plover ?role ?x WHERE {
           ?e a ?cls . FILTER(?cls IN (dg:Meeting, dg:PhoneCall, dg:Visit, dg:Summit, dg:Statement, dg:Agreement, dg:MilitaryAction, dg:Event))
           VALUES ?role { dg:participant dg:source dg:target } ?e ?role ?x .
           OPTIONAL { ?e dg:date ?d } OPTIONAL { ?e dg:ploverType ?plover } }",
        &[],
    )?;
    for r in rows {
        let ev = events.entry(r["e"].clone()).or_insert_with(|| EventRow {
            classes: BTreeSet::new(),
            date: None,
            plover: None,
            participants: BTreeSet::new(),
            sources: BTreeSet::new(),
            targets: BTreeSet::new(),
        });
        ev.classes.insert(local(&r["cls"]).to_string());
        if let Some(d) = r.get("d") {
            ev.date = Some(d.clone());
        }
        if let Some(p) = r.get("plover") {
            ev.plover = Some(p.clone());
        }
        let x = r["x"].clone();
        match local(&r["role"]) {
            "source" => ev.sources.insert(x),
            "target" => ev.targets.insert(x),
            _ => ev.participants.insert(x),
        };
    }
    let mut info: HashMap<String, (String, String)> = HashMap::new();
    for r in select(
        store,
        "SELECT ?x ?type (MIN(?l) AS ?label) WHERE { ?x a ?type . VALUES ?type { dg:Person dg:Organization dg:Country } OPTIONAL { ?x rdfs:label ?l } } GROUP BY ?x ?type",
        &[],
    )? {
        let kind = local(&r["type"]).to_lowercase();
        let label = r.get("label").cloned().unwrap_or_else(|| local(&r["x"]).to_string());
        let entry = info.entry(r["x"].clone()).or_insert((label.clone(), kind.clone()));
        // A person or organization that is also typed otherwise keeps the narrower kind.
        if kind == "person" || (kind == "organization" && entry.1 == "country") {
            *entry = (label, kind);
        }
    }
    let mut graph = Network::new_undirected();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    let mut node = |graph: &mut Network, iri: &str| -> Option<NodeIndex> {
        let (label, kind) = info.get(iri)?.clone();
        Some(*index.entry(iri.to_string()).or_insert_with(|| {
            graph.add_node(Node {
                id: iri.to_string(),
                label,
                kind,
                events: 0,
            })
        }))
    };
    let link = |graph: &mut Network, a: NodeIndex, b: NodeIndex, kind: &str| {
        if a == b {
            return;
        }
        let e = match graph.find_edge(a, b) {
            Some(e) => e,
            None => graph.add_edge(a, b, Link::default()),
        };
        let l = &mut graph[e];
        *l.kinds.entry(kind.to_string()).or_default() += 1;
        l.weight += 1;
    };
    for ev in events.values() {
        let class = ev
            .classes
            .iter()
            .find(|c| c.as_str() != "Event")
            .cloned()
            .unwrap_or_else(|| "Event".into());
        let plover = ev.plover.as_deref();
        if !type_matches(&filter.types, &class, plover)
            || !date_in_range(
                ev.date.as_deref(),
                filter.since.as_deref(),
                filter.until.as_deref(),
            )
        {
            continue;
        }
        let kind = interaction(&class, plover);
        let members: Vec<NodeIndex> = ev
            .participants
            .iter()
            .filter_map(|p| node(&mut graph, p))
            .collect();
        for &m in &members {
            graph[m].events += 1;
        }
        if !ev.sources.is_empty() && !ev.targets.is_empty() {
            for s in &ev.sources {
                for t in &ev.targets {
                    if let (Some(a), Some(b)) = (node(&mut graph, s), node(&mut graph, t)) {
                        link(&mut graph, a, b, &kind);
                    }
                }
            }
        } else if class != "Statement" {
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    link(&mut graph, a, b, &kind);
                }
            }
        }
    }
    if filter.with_positions {
        for r in select(store, "SELECT DISTINCT ?p ?title ?aff WHERE { ?p dg:holdsPosition ?pos . ?pos dg:title ?title ; dg:affiliation ?aff }", &[])? {
            if let (Some(a), Some(b)) = (node(&mut graph, &r["p"]), node(&mut graph, &r["aff"])) {
                link(&mut graph, a, b, &format!("position: {}", r["title"]));
            }
        }
        for r in select(
            store,
            "SELECT DISTINCT ?p ?o WHERE { ?p dg:memberOf ?o }",
            &[],
        )? {
            if let (Some(a), Some(b)) = (node(&mut graph, &r["p"]), node(&mut graph, &r["o"])) {
                link(&mut graph, a, b, "member of");
            }
        }
    }
    graph.retain_edges(|g, e| g[e].weight >= filter.min_weight.max(1));
    if let Some(name) = &filter.actor {
        let matches = select(
            store,
            "SELECT DISTINCT ?x ?name WHERE { ?x rdfs:label|skos:altLabel ?l . FILTER(LCASE(STR(?l)) = LCASE(STR(?name))) }",
            &[("name", Literal::new_simple_literal(name).into())],
        )?;
        let seeds: Vec<NodeIndex> = matches
            .iter()
            .filter_map(|r| index.get(&r["x"]).copied())
            .collect();
        if seeds.is_empty() {
            bail!("no actor in the network is named {name:?} (labels and aliases are matched without regard to case)");
        }
        let keep = within(&graph, &seeds, filter.depth);
        graph.retain_nodes(|_, n| keep.contains(&n));
        return Ok(graph);
    }
    // Without an ego filter, drop actors with no link left (a statement with no addressee).
    graph.retain_nodes(|g, n| g.neighbors(n).next().is_some());
    Ok(graph)
}

/// Nodes within `depth` hops of `seeds`.
fn within(graph: &Network, seeds: &[NodeIndex], depth: usize) -> HashSet<NodeIndex> {
    let mut seen: HashSet<NodeIndex> = seeds.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = seeds.iter().map(|&s| (s, 0)).collect();
    while let Some((n, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for m in graph.neighbors(n) {
            if seen.insert(m) {
                queue.push_back((m, d + 1));
            }
        }
    }
    seen
}

/// Escapes text for a double-quoted DOT string.
pub fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "person" => ("ellipse", "#cfe2ff"),
        "organization" => ("box", "#ffe5b4"),
        _ => ("hexagon", "#d4edda"),
    }
}

fn edge_label(l: &Link) -> String {
    l.kinds
        .iter()
        .map(|(k, n)| {
            if *n > 1 {
                format!("{k} ×{n}")
            } else {
                k.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Links past which the network is laid out by force rather than by rank.
const LARGE_NETWORK_LINKS: usize = 400;

/// Writes the network as DOT: petgraph's writer with escaped attributes, inside a
/// graph that also holds a legend of the node kinds.
pub fn write_dot(graph: &Network, out: &mut impl Write) -> Result<()> {
    let edge_attrs = |_: &Network, e: petgraph::graph::EdgeReference<'_, Link>| {
        let l = e.weight();
        format!(
            "label = \"{}\", penwidth = {:.1}",
            dot_escape(&edge_label(l)),
            1.0 + (l.weight as f64).ln() * 1.5
        )
    };
    let node_attrs = |_: &Network, (_, n): (NodeIndex, &Node)| {
        let (shape, color) = style(&n.kind);
        format!(
            "label = \"{}\", shape = {shape}, style = filled, fillcolor = \"{color}\"",
            dot_escape(&n.label)
        )
    };
    let dot = Dot::with_attr_getters(
        graph,
        &[
            Config::NodeNoLabel,
            Config::EdgeNoLabel,
            Config::GraphContentOnly,
        ],
        &edge_attrs,
        &node_attrs,
    );
    writeln!(out, "graph diplograph {{")?;
    // Graphviz's hierarchical layout with routed splines takes minutes past a few hundred
    // links (1,800 links of the fixtures: over two minutes); a large network is laid out
    // by force (neato) with straight links, which takes a second or two.
    let layout = if graph.edge_count() > LARGE_NETWORK_LINKS {
        "layout = neato, splines = false"
    } else {
        "splines = true"
    };
    writeln!(
        out,
        "    graph [overlap = false, {layout}, fontname = \"Helvetica\"];"
    )?;
    writeln!(out, "    node [fontname = \"Helvetica\", fontsize = 11];")?;
    writeln!(
        out,
        "    edge [fontname = \"Helvetica\", fontsize = 9, color = \"#555555\"];"
    )?;
    writeln!(out, "    subgraph cluster_legend {{")?;
    writeln!(out, "        label = \"Legend\"; style = dashed;")?;
    for kind in ["person", "organization", "country"] {
        let (shape, color) = style(kind);
        writeln!(out, "        legend_{kind} [label = \"{kind}\", shape = {shape}, style = filled, fillcolor = \"{color}\"];")?;
    }
    writeln!(out, "    }}")?;
    write!(out, "{dot:?}")?;
    writeln!(out, "}}")?;
    Ok(())
}

/// Renders DOT with Graphviz (`dot -T<format>`).
pub fn render(graph: &Network, format: &str, out: &mut impl Write) -> Result<()> {
    let mut dot_text = Vec::new();
    write_dot(graph, &mut dot_text)?;
    let mut child = std::process::Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => anyhow!(
                "Graphviz is not installed (no `dot` program): install the Debian package graphviz (apt-get install graphviz), or use --format dot"
            ),
            _ => anyhow!("cannot run Graphviz `dot`: {e}"),
        })?;
    child
        .stdin
        .take()
        .context("dot's stdin")?
        .write_all(&dot_text)?;
    let output = child.wait_with_output()?;
    if !output.status.success() {
        bail!(
            "Graphviz `dot` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    out.write_all(&output.stdout)?;
    Ok(())
}

/// Escapes text for XML content and attributes (and drops characters XML 1.0 forbids).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes GraphML (for Gephi and yEd).
pub fn write_graphml(graph: &Network, out: &mut impl Write) -> Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
    )?;
    // (id, applies to, name, type) of every attribute the nodes and edges carry.
    const KEYS: [(&str, &str, &str, &str); 6] = [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("iri", "node", "iri", "string"),
        ("events", "node", "events", "int"),
        ("interactions", "edge", "label", "string"),
        ("weight", "edge", "weight", "double"),
    ];
    for (id, target, name, ty) in KEYS {
        writeln!(
            out,
            r#"  <key id="{id}" for="{target}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="diplograph" edgedefault="undirected">"#)?;
    for i in graph.node_indices() {
        let n = &graph[i];
        writeln!(
            out,
            r#"    <node id="n{}"><data key="label">{}</data><data key="kind">{}</data><data key="iri">{}</data><data key="events">{}</data></node>"#,
            i.index(),
            xml_escape(&n.label),
            n.kind,
            xml_escape(&n.id),
            n.events
        )?;
    }
    for e in graph.edge_references() {
        writeln!(
            out,
            r#"    <edge source="n{}" target="n{}"><data key="interactions">{}</data><data key="weight">{}</data></edge>"#,
            e.source().index(),
            e.target().index(),
            xml_escape(&edge_label(e.weight())),
            e.weight().weight
        )?;
    }
    writeln!(out, "  </graph>\n</graphml>")?;
    Ok(())
}

#[derive(Serialize)]
struct JsonLink<'a> {
    source: &'a str,
    target: &'a str,
    weight: usize,
    kinds: &'a BTreeMap<String, usize>,
}

/// Writes `{"nodes": [...], "links": [...]}` for web drawing libraries.
pub fn write_json(graph: &Network, out: &mut impl Write) -> Result<()> {
    let nodes: Vec<&Node> = graph.node_weights().collect();
    let links: Vec<JsonLink> = graph
        .edge_references()
        .map(|e| JsonLink {
            source: &graph[e.source()].id,
            target: &graph[e.target()].id,
            weight: e.weight().weight,
            kinds: &e.weight().kinds,
        })
        .collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &serde_json::json!({ "nodes": nodes, "links": links }),
    )?;
    writeln!(out)?;
    Ok(())
}

/// Network figures of one actor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorFigures {
    /// Label.
    pub actor: String,
    /// Kind.
    pub kind: String,
    /// Distinct neighbours.
    pub degree: usize,
    /// Sum of link weights.
    pub weighted_degree: usize,
    /// Betweenness centrality (unnormalized, unweighted shortest paths).
    pub betweenness: f64,
    /// Connected component (1 = the largest).
    pub component: usize,
    /// Events the actor takes part in.
    pub events: usize,
    /// IRI.
    pub iri: String,
}

/// Betweenness centrality of every node (Brandes' algorithm, unweighted, undirected).
pub fn betweenness(graph: &Network) -> Vec<f64> {
    let n = graph.node_count();
    let mut cb = vec![0.0; n];
    for s in graph.node_indices() {
        let mut stack = Vec::new();
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![-1i64; n];
        sigma[s.index()] = 1.0;
        dist[s.index()] = 0;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for w in graph.neighbors(v) {
                if dist[w.index()] < 0 {
                    dist[w.index()] = dist[v.index()] + 1;
                    queue.push_back(w);
                }
                if dist[w.index()] == dist[v.index()] + 1 {
                    sigma[w.index()] += sigma[v.index()];
                    preds[w.index()].push(v.index());
                }
            }
        }
        let mut delta = vec![0.0; n];
        while let Some(w) = stack.pop() {
            for &v in &preds[w.index()] {
                delta[v] += sigma[v] / sigma[w.index()] * (1.0 + delta[w.index()]);
            }
            if w != s {
                cb[w.index()] += delta[w.index()];
            }
        }
    }
    // Each undirected path was counted from both ends.
    cb.iter().map(|x| x / 2.0).collect()
}

/// Degree, weighted degree, betweenness, component and events of every actor, the
/// top brokers first.
pub fn figures(graph: &Network) -> Vec<ActorFigures> {
    let between = betweenness(graph);
    let mut uf = UnionFind::new(graph.node_count());
    for e in graph.edge_references() {
        uf.union(e.source().index(), e.target().index());
    }
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for i in 0..graph.node_count() {
        *sizes.entry(uf.find(i)).or_default() += 1;
    }
    let mut order: Vec<(usize, usize)> = sizes.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let component: HashMap<usize, usize> = order
        .iter()
        .enumerate()
        .map(|(i, (root, _))| (*root, i + 1))
        .collect();
    let mut out: Vec<ActorFigures> = graph
        .node_indices()
        .map(|i| {
            let n = &graph[i];
            ActorFigures {
                actor: n.label.clone(),
                kind: n.kind.clone(),
                degree: graph.neighbors(i).count(),
                weighted_degree: graph.edges(i).map(|e| e.weight().weight).sum(),
                betweenness: between[i.index()],
                component: component[&uf.find(i.index())],
                events: n.events,
                iri: n.id.clone(),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.betweenness
            .total_cmp(&a.betweenness)
            .then(b.weighted_degree.cmp(&a.weighted_degree))
            .then(a.actor.cmp(&b.actor))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(label: &str) -> Node {
        Node {
            id: format!("http://x/{label}"),
            label: label.into(),
            kind: "person".into(),
            events: 1,
        }
    }

    fn link() -> Link {
        Link {
            kinds: BTreeMap::from([("met".to_string(), 1)]),
            weight: 1,
        }
    }

    #[test]
    fn betweenness_matches_hand_computed_values() {
        // A star a-b, a-c, a-d plus a path d-e: a lies on 3+2+... paths.
        let mut g = Network::new_undirected();
        let [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(|l| g.add_node(node(l)));
        for (x, y) in [(a, b), (a, c), (a, d), (d, e)] {
            g.add_edge(x, y, link());
        }
        let cb = betweenness(&g);
        // a: pairs (b,c) (b,d) (c,d) (b,e) (c,e) -> 5; d: pairs (a,e) (b,e) (c,e) -> 3.
        assert_eq!(cb[a.index()], 5.0);
        assert_eq!(cb[d.index()], 3.0);
        assert_eq!(cb[b.index()], 0.0);
        assert_eq!(cb[e.index()], 0.0);
        // Two shortest paths b-c via x and via y share the load: 0.5 each.
        let mut g = Network::new_undirected();
        let [b, x, y, c] = ["b", "x", "y", "c"].map(|l| g.add_node(node(l)));
        for (p, q) in [(b, x), (b, y), (x, c), (y, c)] {
            g.add_edge(p, q, link());
        }
        let cb = betweenness(&g);
        assert_eq!(cb[x.index()], 0.5);
        assert_eq!(cb[y.index()], 0.5);
    }

    #[test]
    fn components_are_numbered_by_size() {
        let mut g = Network::new_undirected();
        let [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(|l| g.add_node(node(l)));
        g.add_edge(a, b, link());
        g.add_edge(b, c, link());
        g.add_edge(d, e, link());
        let f = figures(&g);
        let comp = |name: &str| f.iter().find(|x| x.actor == name).unwrap().component;
        assert_eq!(comp("a"), 1);
        assert_eq!(comp("c"), 1);
        assert_eq!(comp("d"), 2);
        assert_eq!(f[0].actor, "b", "the broker comes first");
    }

    #[test]
    fn escaping_keeps_dot_and_xml_valid() {
        assert_eq!(dot_escape(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(xml_escape("<a & 'b'>"), "&lt;a &amp; &apos;b&apos;&gt;");
        assert_eq!(xml_escape("x\u{1}y"), "xy");
    }

    #[test]
    fn dates_filter_on_their_precision() {
        assert!(date_in_range(
            Some("2024-04"),
            Some("2024-01-01"),
            Some("2024-12-31")
        ));
        assert!(!date_in_range(Some("2023-12-31"), Some("2024"), None));
        assert!(!date_in_range(None, Some("2024"), None));
        assert!(date_in_range(None, None, None));
    }

    #[test]
    fn a_large_network_is_laid_out_by_force_and_a_small_one_by_rank() {
        let link = || Link {
            kinds: BTreeMap::from([("meeting".to_string(), 1)]),
            weight: 1,
        };
        let dot_of = |n: usize| {
            let mut g = Network::default();
            let nodes: Vec<NodeIndex> =
                (0..n).map(|i| g.add_node(node(&format!("p{i}")))).collect();
            for (i, &a) in nodes.iter().enumerate() {
                for &b in &nodes[i + 1..] {
                    g.add_edge(a, b, link());
                }
            }
            let mut out = Vec::new();
            write_dot(&g, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        // 5 people: 10 links; 30 people: 435 links.
        assert!(dot_of(5).contains("splines = true") && !dot_of(5).contains("neato"));
        assert!(dot_of(30).contains("layout = neato, splines = false"));
    }
}
