//! Writing query results: the standard SPARQL result formats through oxigraph's own
//! serializers, RDF for graph results, and an aligned table for terminals.

use crate::vocab::PREFIXES;
use anyhow::Result;
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;

use super::args::QueryFormat;

/// Writes `results` in `format` to `out`.
pub fn write_results(
    results: QueryResults<'_>,
    format: QueryFormat,
    mut out: impl Write,
) -> Result<()> {
    let standard = match format {
        QueryFormat::Json => Some(QueryResultsFormat::Json),
        QueryFormat::Xml => Some(QueryResultsFormat::Xml),
        QueryFormat::Csv => Some(QueryResultsFormat::Csv),
        QueryFormat::Tsv => Some(QueryResultsFormat::Tsv),
        _ => None,
    };
    match results {
        QueryResults::Solutions(solutions) => {
            if let Some(f) = standard {
                let mut w = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut out, solutions.variables().to_vec())?;
                for s in solutions {
                    w.serialize(&s?)?;
                }
                w.finish()?;
            } else {
                let vars: Vec<String> = solutions
                    .variables()
                    .iter()
                    .map(|v| v.as_str().to_string())
                    .collect();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s?;
                    rows.push(
                        vars.iter()
                            .map(|v| s.get(v.as_str()).map(display_term).unwrap_or_default())
                            .collect(),
                    );
                }
                write_table(&vars, &rows, &mut out)?;
            }
        }
        QueryResults::Boolean(b) => {
            if let Some(f) = standard {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            } else {
                writeln!(out, "{b}")?;
            }
        }
        QueryResults::Graph(triples) => {
            let rdf = if format == QueryFormat::Ntriples {
                RdfFormat::NTriples
            } else {
                RdfFormat::Turtle
            };
            let mut w = crate::store::serializer(rdf)?.for_writer(&mut out);
            for t in triples {
                w.serialize_triple(&t?)?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A term as a person reads it: IRIs shortened with the contract's prefixes, literals
/// as their text.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => compact(n.as_str()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// `https://w3id.org/diplograph/ontology#Meeting` -> `dg:Meeting`.
pub fn compact(iri: &str) -> String {
    for (p, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            if !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            {
                return format!("{p}:{local}");
            }
        }
    }
    iri.to_string()
}

/// Writes rows as an aligned table with a header rule. Cells are cut to one line.
pub fn write_table(header: &[String], rows: &[Vec<String>], out: &mut impl Write) -> Result<()> {
    let clean = |s: &str| -> String {
        let one_line: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if one_line.chars().count() > 80 {
            let cut: String = one_line.chars().take(77).collect();
            format!("{cut}...")
        } else {
            one_line
        }
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c}{}", " ".repeat(widths[i] - c.chars().count())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in &rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compacts_known_namespaces_only() {
        assert_eq!(
            compact("https://w3id.org/diplograph/ontology#Meeting"),
            "dg:Meeting"
        );
        assert_eq!(compact("http://example.com/x"), "http://example.com/x");
    }

    #[test]
    fn table_aligns_columns() {
        let mut out = Vec::new();
        write_table(
            &["a".into(), "bb".into()],
            &[vec!["xyz".into(), "1".into()]],
            &mut out,
        )
        .unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(s, "a    bb\n---  --\nxyz  1\n(1 row)\n");
    }
}
