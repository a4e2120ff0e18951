//! PLOVER typing on one-sentence reports: `coded.ndjson` lines (JSON Lines, named so
//! that `ingest fixtures/` does not read them as articles) with `text`, `date`,
//! `plover`, `source` and `target`, as event-data coders annotate them. Scores the share
//! of sentences where an extracted event has the right PLOVER type, and where the
//! coded source and target actors are among its participants.

use crate::eval::{norm, Score};
use crate::ir::{Article, EventClass, Extraction};
use crate::pipeline::Extractor;
use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::Path;

/// One coded sentence.
#[derive(Debug, Clone, Deserialize)]
pub struct CodedSentence {
    /// Identifier.
    pub id: String,
    /// Publication date.
    pub date: Option<String>,
    /// The sentence.
    pub text: String,
    /// The PLOVER category coded for its main event.
    pub plover: String,
    /// The acting actor, as named.
    pub source: Option<String>,
    /// The actor acted upon, as named.
    pub target: Option<String>,
}

/// The PLOVER type an event stands for: its own, or its class's.
pub fn event_type(class: EventClass, plover: &str) -> Option<String> {
    if !plover.is_empty() {
        return Some(plover.to_string());
    }
    match class {
        EventClass::Meeting | EventClass::PhoneCall | EventClass::Visit | EventClass::Summit => {
            Some("CONSULT".into())
        }
        EventClass::Agreement => Some("AGREE".into()),
        EventClass::MilitaryAction => Some("ASSAULT".into()),
        EventClass::Statement | EventClass::Event => None,
    }
}

/// Does an actor named `name` take part in an event of `x` of the right type?
fn actor_found(x: &Extraction, name: &str, want: &str) -> bool {
    let n = norm(name);
    x.events
        .iter()
        .filter(|e| event_type(e.class, &e.plover).as_deref() == Some(want))
        .flat_map(|e| e.participants.iter())
        .any(|&p| {
            let ent = &x.entities[p];
            std::iter::once(&ent.label).chain(&ent.alt_labels).any(|l| {
                let l = norm(l);
                l == n || n.ends_with(&format!(" {l}")) || l.ends_with(&format!(" {n}"))
            })
        })
}

/// Scores a `coded.ndjson` file: categories `plover` (type accuracy), `plover-source` and
/// `plover-target` (share of coded actors found on an event of the right type).
pub fn evaluate_plover(path: &Path, extractor: &Extractor) -> Result<Vec<(String, Score)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut typed = Score::default();
    let mut source = Score::default();
    let mut target = Score::default();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let coded: CodedSentence = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a coded sentence", path.display(), i + 1))?;
        let article = Article {
            origin: format!("{}:{}", path.display(), i + 1),
            date: coded.date.clone(),
            text: coded.text.clone(),
            ..Article::default()
        };
        let x = extractor.extract(&article);
        let right = x
            .events
            .iter()
            .any(|e| event_type(e.class, &e.plover).as_deref() == Some(coded.plover.as_str()));
        typed.add(usize::from(right), 1, 1);
        if let Some(s) = &coded.source {
            source.add(
                usize::from(right && actor_found(&x, s, &coded.plover)),
                1,
                1,
            );
        }
        if let Some(t) = &coded.target {
            target.add(
                usize::from(right && actor_found(&x, t, &coded.plover)),
                1,
                1,
            );
        }
    }
    Ok(vec![
        ("plover".into(), typed),
        ("plover-source".into(), source),
        ("plover-target".into(), target),
    ])
}
