//! Evaluation: NN.txt + NN.gold.json pairs are ingested into a temporary store, read
//! back through the contract's terms with SPARQL, and scored per category (persons,
//! positions, events, person pairs from meetings and calls, event places) the way
//! `shared/tools/score.py` scores them.

use crate::ingest::{ingest, Observer};
use crate::pipeline::Extractor;
use crate::rdf::Minter;
use crate::read::ReadError;
use crate::store::GraphStore;
use anyhow::{anyhow, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// A gold annotation (the schema of `shared/seed/article.gold.json`).
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// Article id.
    pub id: String,
    /// URL: the key that ties gold to the stored article.
    pub url: String,
    /// People.
    pub persons: Vec<GoldPerson>,
    /// Events.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// A gold person.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPerson {
    /// Canonical name.
    pub name: String,
    /// Other names.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Positions.
    #[serde(default)]
    pub positions: Vec<GoldPosition>,
}

/// A gold position.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPosition {
    /// Title as written.
    pub title: String,
}

/// A gold event.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// meeting, call, visit, summit, statement, agreement, military, other, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// Participant names.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Place name.
    pub place: Option<String>,
}

/// Precision, recall and F1 with the counts behind them.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Score {
    /// True positives.
    pub tp: usize,
    /// Predicted.
    pub pred: usize,
    /// Gold.
    pub gold: usize,
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl Score {
    /// Adds counts and recomputes the ratios.
    pub fn add(&mut self, tp: usize, pred: usize, gold: usize) {
        self.tp += tp;
        self.pred += pred;
        self.gold += gold;
        self.p = if self.pred > 0 {
            self.tp as f64 / self.pred as f64
        } else if self.gold == 0 {
            1.0
        } else {
            0.0
        };
        self.r = if self.gold > 0 {
            self.tp as f64 / self.gold as f64
        } else {
            1.0
        };
        self.f1 = if self.p + self.r > 0.0 {
            2.0 * self.p * self.r / (self.p + self.r)
        } else {
            0.0
        };
    }
}

/// Scores per category, in total and per article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Totals.
    pub total: BTreeMap<String, Score>,
    /// Per article id.
    pub articles: BTreeMap<String, BTreeMap<String, Score>>,
}

/// Normalizes a name the way score.py does.
pub fn norm(s: &str) -> String {
    let folded: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let lower = folded.to_lowercase().replace("'s ", " ");
    let cleaned: String = lower
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' ' {
                c
            } else {
                ' '
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "mr" | "mrs" | "ms" | "dr"))
        .collect::<Vec<_>>()
        .join(" ")
}

struct Names {
    keys: HashMap<String, String>,
    surnames: HashMap<String, HashSet<String>>,
}

impl Names {
    fn new(persons: &[GoldPerson]) -> Self {
        let mut keys = HashMap::new();
        let mut surnames: HashMap<String, HashSet<String>> = HashMap::new();
        for p in persons {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                keys.insert(norm(n), p.name.clone());
            }
            if let Some(last) = norm(&p.name).split_whitespace().last() {
                surnames
                    .entry(last.to_string())
                    .or_default()
                    .insert(p.name.clone());
            }
        }
        Self { keys, surnames }
    }

    fn resolve(&self, name: &str) -> String {
        let n = norm(name);
        if let Some(g) = self.keys.get(&n) {
            return g.clone();
        }
        let toks: Vec<&str> = n.split_whitespace().collect();
        if let Some(last) = toks.last() {
            if let Some(set) = self.surnames.get(*last).filter(|s| s.len() == 1) {
                let gold = set.iter().next().unwrap().clone();
                let gn = norm(&gold);
                let gtoks: Vec<&str> = gn.split_whitespace().collect();
                if toks.len() == 1
                    || gtoks.len() == 1
                    || toks[0].chars().next() == gtoks[0].chars().next()
                {
                    return gold;
                }
            }
        }
        format!("?{n}")
    }
}

fn title_head(t: &str) -> String {
    norm(t)
        .split_whitespace()
        .rfind(|w| !matches!(*w, "of" | "for" | "and"))
        .unwrap_or("")
        .to_string()
}

const EVENT_CLASSES: &[(&str, &str)] = &[
    ("Meeting", "meeting"),
    ("PhoneCall", "call"),
    ("Visit", "visit"),
    ("Summit", "summit"),
    ("Statement", "statement"),
    ("Agreement", "agreement"),
    ("MilitaryAction", "military"),
];

fn compatible(gold: &str) -> &'static [&'static str] {
    match gold {
        "meeting" => &["meeting", "summit"],
        "call" => &["call", "meeting"],
        "visit" => &["visit", "meeting"],
        "summit" | "conference" => &["summit", "meeting"],
        "statement" => &["statement"],
        "agreement" => &["agreement"],
        "military" => &["military"],
        _ => &[],
    }
}

fn rows(store: &GraphStore, q: &str) -> Result<Vec<crate::store::Row>> {
    store.select(q, &[])
}

/// Largest one-to-one matching of gold events to predicted events of a compatible type
/// sharing a participant (augmenting paths).
fn max_matching(gold: &[(String, HashSet<String>)], pred: &[(String, HashSet<String>)]) -> usize {
    let edges: Vec<Vec<usize>> = gold
        .iter()
        .map(|(gt, gp)| {
            pred.iter()
                .enumerate()
                .filter(|(_, (pt, pp))| {
                    compatible(gt).contains(&pt.as_str()) && !gp.is_disjoint(pp)
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let mut owner: HashMap<usize, usize> = HashMap::new();
    fn augment(
        i: usize,
        edges: &[Vec<usize>],
        seen: &mut HashSet<usize>,
        owner: &mut HashMap<usize, usize>,
    ) -> bool {
        for &e in &edges[i] {
            if seen.insert(e) {
                let free = match owner.get(&e) {
                    None => true,
                    Some(&o) => augment(o, edges, seen, owner),
                };
                if free {
                    owner.insert(e, i);
                    return true;
                }
            }
        }
        false
    }
    (0..gold.len())
        .filter(|&i| augment(i, &edges, &mut HashSet::new(), &mut owner))
        .count()
}

fn pairs(events: &[(String, HashSet<String>)]) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for (t, ps) in events {
        if matches!(t.as_str(), "meeting" | "call" | "summit" | "conference") {
            let mut ps: Vec<&String> = ps.iter().filter(|p| !p.starts_with('?')).collect();
            ps.sort();
            for i in 0..ps.len() {
                for j in i + 1..ps.len() {
                    out.insert((ps[i].clone(), ps[j].clone()));
                }
            }
        }
    }
    out
}

struct Silent;

impl Observer for Silent {
    fn start(&self, _: usize) {}
    fn advance(&self, _: usize) {}
    fn error(&self, e: &ReadError) {
        eprintln!("diplograph: {e}");
    }
    fn warning(&self, w: &str) {
        eprintln!("diplograph: warning: {w}");
    }
}

/// Evaluates the pairs in `dir`.
pub fn evaluate(dir: &Path, extractor: &Extractor, minter: &Minter) -> Result<Report> {
    let mut golds = Vec::new();
    let mut texts = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if name.ends_with(".gold.json") {
            let text = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            let gold: Gold = serde_json::from_str(&text)
                .with_context(|| format!("{}: not a gold file", p.display()))?;
            golds.push(gold);
        } else if name.ends_with(".txt") {
            texts.push(p);
        }
    }
    let mut report = Report::default();
    let coded = dir.join("coded.ndjson");
    if coded.exists() {
        for (k, score) in crate::plover_eval::evaluate_plover(&coded, extractor)? {
            report.total.insert(k, score);
        }
    }
    if golds.is_empty() {
        if coded.exists() {
            return Ok(report);
        }
        return Err(anyhow!(
            "{}: no NN.gold.json files and no coded.ndjson",
            dir.display()
        ));
    }
    let store = GraphStore::in_memory()?;
    ingest(&texts, &store, extractor, minter, false, &Silent)?;
    let graphs: HashMap<String, String> = rows(
        &store,
        "SELECT ?g ?url WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:url ?url } }",
    )?
    .into_iter()
    .map(|r| (r["url"].trim().to_string(), r["g"].clone()))
    .collect();
    let values: String = EVENT_CLASSES
        .iter()
        .map(|(c, t)| format!("(dg:{c} \"{t}\") "))
        .collect();
    for gold in &golds {
        let names = Names::new(&gold.persons);
        let gold_people: HashSet<String> = gold.persons.iter().map(|p| p.name.clone()).collect();
        let mut art: BTreeMap<String, Score> = BTreeMap::new();
        let (rp, rpos, rev, rpl) = match graphs.get(gold.url.trim()) {
            None => Default::default(),
            Some(g) => {
                let g = format!("GRAPH <{g}>");
                (
                    rows(&store, &format!("SELECT DISTINCT ?p ?l WHERE {{ {g} {{ ?p a dg:Person }} ?p rdfs:label ?l }}"))?,
                    rows(&store, &format!("SELECT DISTINCT ?l ?t WHERE {{ {g} {{ ?p dg:holdsPosition ?pos . ?pos dg:title ?t }} ?p rdfs:label ?l }}"))?,
                    rows(&store, &format!("SELECT ?e ?type ?pl WHERE {{ {g} {{ ?e a ?c ; dg:participant ?x }} ?x rdfs:label ?pl . ?x a dg:Person . VALUES (?c ?type) {{ {values} }} }}"))?,
                    rows(&store, &format!("SELECT DISTINCT ?l WHERE {{ {g} {{ ?e dg:place ?x }} ?x rdfs:label ?l }}"))?,
                )
            }
        };
        let mut add = |cat: &str, tp: usize, pred: usize, gl: usize| {
            art.entry(cat.to_string()).or_default().add(tp, pred, gl);
            report
                .total
                .entry(cat.to_string())
                .or_default()
                .add(tp, pred, gl);
        };
        let pred_people: HashSet<String> = rp.iter().map(|r| names.resolve(&r["l"])).collect();
        add(
            "persons",
            pred_people.intersection(&gold_people).count(),
            pred_people.len(),
            gold_people.len(),
        );
        let pred_pos: HashSet<(String, String)> = rpos
            .iter()
            .map(|r| (names.resolve(&r["l"]), title_head(&r["t"])))
            .collect();
        let gold_pos: HashSet<(String, String)> = gold
            .persons
            .iter()
            .flat_map(|p| {
                p.positions
                    .iter()
                    .map(move |x| (p.name.clone(), title_head(&x.title)))
            })
            .collect();
        add(
            "positions",
            pred_pos.intersection(&gold_pos).count(),
            pred_pos.len(),
            gold_pos.len(),
        );
        let mut ev: BTreeMap<String, (String, HashSet<String>)> = BTreeMap::new();
        for r in &rev {
            let e = ev
                .entry(r["e"].clone())
                .or_insert_with(|| (r["type"].clone(), HashSet::new()));
            e.1.insert(names.resolve(&r["pl"]));
        }
        let pred_evs: Vec<(String, HashSet<String>)> = ev.into_values().collect();
        let gold_evs: Vec<(String, HashSet<String>)> = gold
            .events
            .iter()
            .map(|e| {
                (
                    e.kind.clone(),
                    e.participants
                        .iter()
                        .filter(|p| gold_people.contains(*p))
                        .cloned()
                        .collect::<HashSet<_>>(),
                )
            })
            .filter(|(t, p)| !p.is_empty() && t != "other")
            .collect();
        add(
            "events",
            max_matching(&gold_evs, &pred_evs),
            pred_evs.len(),
            gold_evs.len(),
        );
        let (pp, gp) = (pairs(&pred_evs), pairs(&gold_evs));
        add("pairs", pp.intersection(&gp).count(), pp.len(), gp.len());
        let gold_pl: HashSet<String> = gold
            .events
            .iter()
            .filter_map(|e| e.place.as_deref())
            .map(norm)
            .collect();
        let pred_pl: HashSet<String> = rpl.iter().map(|r| norm(&r["l"])).collect();
        add(
            "places",
            pred_pl.intersection(&gold_pl).count(),
            pred_pl.len(),
            gold_pl.len(),
        );
        report.articles.insert(gold.id.clone(), art);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_matches_score_py() {
        assert_eq!(norm("Mr. Sergey Lavrov"), "sergey lavrov");
        assert_eq!(norm("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(norm("the Kremlin's"), "kremlin s");
    }

    #[test]
    fn surnames_resolve_to_the_one_gold_person() {
        let names = Names::new(&[GoldPerson {
            name: "Sergey Lavrov".into(),
            aliases: vec![],
            positions: vec![],
        }]);
        assert_eq!(names.resolve("Lavrov"), "Sergey Lavrov");
        assert_eq!(names.resolve("Sergei Lavrov"), "Sergey Lavrov");
        assert_eq!(
            names.resolve("Anna Lavrov").as_str(),
            "Sergey Lavrov"
                .to_string()
                .as_str()
                .get(0..0)
                .map(|_| "?anna lavrov")
                .unwrap()
        );
    }

    #[test]
    fn matching_is_one_to_one() {
        let set = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<HashSet<_>>();
        let gold = vec![
            ("meeting".to_string(), set(&["A"])),
            ("meeting".to_string(), set(&["A"])),
        ];
        let pred = vec![("meeting".to_string(), set(&["A", "B"]))];
        assert_eq!(max_matching(&gold, &pred), 1);
        let pred = vec![("statement".to_string(), set(&["A"]))];
        assert_eq!(max_matching(&gold, &pred), 0);
    }
}
