//! Stage 1: read articles from files, directories, JSON Lines and standard input.
//!
//! Two layouts are understood: the plain-text layout of the sample article (optional
//! `•` date line, headline, outlet, body paragraphs, closing URL line; each part
//! optional) and JSON Lines records with `title`, `date`, `source`, `url`, `text`.

use crate::dates;
use crate::ir::Article;
use serde::Deserialize;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A problem with one input (a file, or one line of a JSON Lines file).
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    /// `path` or `path:line`.
    pub origin: String,
    /// What is wrong, in words for the user.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

impl std::error::Error for ReadError {}

/// One input named on the command line, after directories are expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Input {
    /// How the input is named in messages.
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Expands command-line paths: directories are walked recursively for `*.txt` and
/// `*.jsonl` files (sorted, so runs are reproducible); `-` is standard input. A path
/// that does not exist is reported, and the others are still returned.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<Input>, Vec<ReadError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk_dir(path, &mut inputs, &mut errors);
        } else if path.exists() {
            inputs.push(Input::File(path.clone()));
        } else {
            errors.push(ReadError {
                origin: path.display().to_string(),
                message: "no such file or directory".into(),
            });
        }
    }
    (inputs, errors)
}

fn walk_dir(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<ReadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(ReadError {
                origin: dir.display().to_string(),
                message: format!("cannot read directory: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_dir(&path, inputs, errors);
        } else if is_article_file(&path) {
            inputs.push(Input::File(path));
        }
    }
}

fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt") | Some("jsonl")
    )
}

/// What reading one input gave: the good articles, the bad records, and warnings.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    /// Articles read successfully.
    pub articles: Vec<Article>,
    /// Records or files that could not be read.
    pub errors: Vec<ReadError>,
    /// Problems that did not stop reading (for example invalid UTF-8, decoded lossily).
    pub warnings: Vec<String>,
}

/// One thing read from an input.
#[derive(Debug)]
pub enum Record {
    /// A good article.
    Article(Box<Article>),
    /// A bad file or record.
    Error(ReadError),
    /// A problem that did not stop reading.
    Warning(String),
}

/// Reads every article of one input.
pub fn read_input(input: &Input) -> ReadOutcome {
    let mut outcome = ReadOutcome::default();
    for_each_record(input, &mut |r| {
        match r {
            Record::Article(a) => outcome.articles.push(*a),
            Record::Error(e) => outcome.errors.push(e),
            Record::Warning(w) => outcome.warnings.push(w),
        }
        true
    });
    outcome
}

/// Streams the records of one input to `f`, one JSON Lines record at a time (so a
/// large feed never sits in memory whole); `f` returns false to stop early.
pub fn for_each_record(input: &Input, f: &mut dyn FnMut(Record) -> bool) {
    let name = input.name();
    let reader: Box<dyn Read> = match input {
        Input::File(path) => match std::fs::File::open(path) {
            Ok(file) => Box::new(file),
            Err(e) => {
                f(Record::Error(ReadError {
                    origin: name,
                    message: format!("cannot read: {e}"),
                }));
                return;
            }
        },
        Input::Stdin => Box::new(std::io::stdin()),
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    let jsonl = match input {
        Input::File(p) => p.extension().and_then(|e| e.to_str()) == Some("jsonl"),
        Input::Stdin => {
            use std::io::BufRead;
            let head = reader.fill_buf().map(|b| b.to_vec()).unwrap_or_default();
            head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
        }
    };
    let layout = if jsonl {
        Layout::JsonLines
    } else {
        Layout::Text
    };
    read_records(&mut reader, &name, layout, f);
}

/// The two layouts an input can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One article in the plain-text layout.
    Text,
    /// One JSON object per line.
    JsonLines,
}

/// Streams the records read from `reader` (named `name` in messages) to `f`; `f`
/// returns false to stop early. This is the whole of reading once a file is open.
pub fn read_records(
    reader: &mut dyn std::io::BufRead,
    name: &str,
    layout: Layout,
    f: &mut dyn FnMut(Record) -> bool,
) {
    let decode =
        |bytes: Vec<u8>, origin: &str, f: &mut dyn FnMut(Record) -> bool| -> Option<String> {
            match String::from_utf8(bytes) {
                Ok(t) => Some(t),
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    let go = f(Record::Warning(format!(
                        "{origin}: invalid UTF-8 at byte {at}; bad bytes were replaced with U+FFFD"
                    )));
                    go.then(|| String::from_utf8_lossy(e.as_bytes()).into_owned())
                }
            }
        };
    if layout == Layout::Text {
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes) {
            f(Record::Error(ReadError {
                origin: name.to_string(),
                message: format!("cannot read: {e}"),
            }));
            return;
        }
        let Some(text) = decode(bytes, name, f) else {
            return;
        };
        f(match parse_text_article(&text, name) {
            Ok(a) => Record::Article(Box::new(a)),
            Err(e) => Record::Error(e),
        });
        return;
    }
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) => {
                f(Record::Error(ReadError {
                    origin: format!("{name}:{number}"),
                    message: format!("cannot read: {e}"),
                }));
                return;
            }
        }
        let origin = format!("{name}:{number}");
        let Some(text) = decode(std::mem::take(&mut line), &origin, f) else {
            return;
        };
        if text.trim().is_empty() {
            continue;
        }
        let go = f(match parse_json_record(text.trim_end(), &origin) {
            Ok(a) => Record::Article(Box::new(a)),
            Err(e) => Record::Error(e),
        });
        if !go {
            return;
        }
    }
}

#[derive(Deserialize)]
struct JsonRecord {
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
    text: Option<String>,
}

/// Parses one JSON Lines record.
pub fn parse_json_record(line: &str, origin: &str) -> Result<Article, ReadError> {
    let err = |message: String| ReadError {
        origin: origin.to_string(),
        message,
    };
    let rec: JsonRecord =
        serde_json::from_str(line).map_err(|e| err(format!("invalid JSON: {e}")))?;
    let text = rec
        .text
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| err("record has no \"text\" field (or it is empty)".into()))?;
    let date = match rec.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(
            dates::parse_publication_date(d)
                .ok_or_else(|| {
                    err(format!(
                        "cannot read date {d:?} (expected e.g. 2024-11-25 or 11/25/2024)"
                    ))
                })?
                .to_string(),
        ),
    };
    Ok(Article {
        origin: origin.to_string(),
        title: rec
            .title
            .map(|t| normalize_spaces(&t))
            .filter(|t| !t.is_empty()),
        date,
        source: rec
            .source
            .map(|t| normalize_spaces(&t))
            .filter(|t| !t.is_empty()),
        url: rec
            .url
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        text: normalize_body(&text),
    })
}

/// Parses the plain-text layout.
pub fn parse_text_article(raw: &str, origin: &str) -> Result<Article, ReadError> {
    let text = normalize_body(raw);
    let mut paras: Vec<String> = text
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    if paras.is_empty() {
        return Err(ReadError {
            origin: origin.to_string(),
            message: "empty article (no text)".into(),
        });
    }
    let mut article = Article {
        origin: origin.to_string(),
        ..Article::default()
    };
    // Closing URL line.
    if let Some(last) = paras.last() {
        let last_line = last.lines().last().unwrap_or("").trim();
        if is_url(last_line) {
            article.url = Some(last_line.to_string());
            let rest: Vec<&str> = last.lines().collect();
            let rest = rest[..rest.len() - 1].join("\n");
            paras.pop();
            if !rest.trim().is_empty() {
                paras.push(rest.trim().to_string());
            }
        }
    }
    // Date line: "• 11/25/2024" (the bullet is optional when the line is only a date).
    if let Some(first) = paras.first() {
        let line = first.lines().next().unwrap_or("");
        let stripped = line.trim_start_matches(['•', '*', '·']).trim();
        if let Some(d) = dates::parse_publication_date(stripped) {
            article.date = Some(d.to_string());
            let rest: Vec<&str> = first.lines().skip(1).collect();
            let rest = rest.join("\n");
            paras.remove(0);
            if !rest.trim().is_empty() {
                paras.insert(0, rest.trim().to_string());
            }
        } else if line.trim_start().starts_with('•') {
            return Err(ReadError {
                origin: format!("{origin}:1"),
                message: format!("cannot read the date line {:?}", line.trim()),
            });
        }
    }
    // Headline, then outlet: short single lines without closing punctuation.
    if paras.len() > 1 && is_heading(&paras[0], 250) {
        article.title = Some(paras.remove(0));
        if paras.len() > 1 && is_outlet_line(&paras[0]) {
            article.source = Some(paras.remove(0));
        }
    }
    // "READOUT", "ANALYSIS": a kicker above the story labels it; it is no text.
    while paras.len() > 1 && OUTLET_KICKERS.contains(&paras[0].trim().to_lowercase().as_str()) {
        paras.remove(0);
    }
    article.text = paras.join("\n\n");
    if article.text.trim().is_empty() {
        return Err(ReadError {
            origin: origin.to_string(),
            message: "article has no body text".into(),
        });
    }
    Ok(article)
}

fn is_url(line: &str) -> bool {
    (line.starts_with("http://") || line.starts_with("https://"))
        && !line.contains(char::is_whitespace)
}

fn is_heading(para: &str, max_len: usize) -> bool {
    // A closing quote ends a quoted sentence ("... we will win.\"") but may also end a
    // headline on a quoted word (Moon "perplexed").
    let body = para.trim_end_matches(['"', '”', '’', '\'']);
    let quoted_sentence = body.len() < para.len() && body.ends_with(['.', '!', '?', ',']);
    !para.contains('\n')
        && para.chars().count() <= max_len
        && !para.ends_with('.')
        && !quoted_sentence
}

/// One-word lines above a story that label it rather than name its outlet.
const OUTLET_KICKERS: &[&str] = &[
    "analysis",
    "exclusive",
    "opinion",
    "update",
    "updated",
    "breaking",
    "readout",
    "editorial",
    "commentary",
    "feature",
    "interview",
];

fn is_outlet_line(para: &str) -> bool {
    is_heading(para, 80)
        && para.split_whitespace().count() <= 8
        // "Reuters", "The Associated Press", and lower-case brands of one word
        // ("bdnews24.com", "euronews").
        && (para.chars().next().is_some_and(char::is_uppercase)
            || (!para.contains(' ')
                && para.chars().next().is_some_and(char::is_alphabetic)
                && !OUTLET_KICKERS.contains(&para.to_lowercase().as_str())))
        && !para.contains(['“', '"', ':'])
}

/// Normalizes whitespace the way every later stage expects: `\r\n` to `\n`,
/// non-breaking and other Unicode spaces to plain spaces, trailing spaces removed,
/// and runs of blank lines collapsed to one paragraph break.
pub fn normalize_body(raw: &str) -> String {
    let cleaned: String = raw
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| match c {
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{2002}'
            | '\u{2003}' | '\t' => ' ',
            '\u{FEFF}' | '\u{200B}' => '\u{0}',
            c => c,
        })
        .filter(|&c| c != '\u{0}')
        .collect();
    let mut out = String::with_capacity(cleaned.len());
    let mut blank_run = 0;
    for line in cleaned.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line.trim_start());
    }
    out
}

fn normalize_spaces(s: &str) -> String {
    normalize_body(s).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_LIKE: &str = "• 11/25/2024\n\nEx-US officials held talks: report\n\nFox News\n\nLavrov met Haass.\u{00A0}\n\nSecond paragraph.\n\nhttps://example.com/a";

    #[test]
    fn reads_the_full_text_layout() {
        let a = parse_text_article(SEED_LIKE, "x.txt").unwrap();
        assert_eq!(a.date.as_deref(), Some("2024-11-25"));
        assert_eq!(
            a.title.as_deref(),
            Some("Ex-US officials held talks: report")
        );
        assert_eq!(a.source.as_deref(), Some("Fox News"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(a.text, "Lavrov met Haass.\n\nSecond paragraph.");
    }

    #[test]
    fn an_outlet_may_be_a_lower_case_brand_of_one_word() {
        let text = "• 15 March 2020\n\nLeaders pledge joint fight\n\nbdnews24.com\n\nDhaka, Mar 15 (bdnews24.com) -- Hasina joined.\n\nhttps://example.com/b";
        let a = parse_text_article(text, "x.txt").unwrap();
        assert_eq!(a.source.as_deref(), Some("bdnews24.com"));
        assert!(a.text.starts_with("Dhaka, Mar 15"));
    }

    #[test]
    fn a_kicker_above_the_story_is_no_text() {
        let text = "• 29 May 2017\n\nMacron receives Putin\n\nÉlysée\n\nREADOUT\n\nVERSAILLES, 29 May 2017 — Macron received Putin.\n\nhttps://example.com/c";
        let a = parse_text_article(text, "x.txt").unwrap();
        assert!(a.text.starts_with("VERSAILLES"), "{:?}", a.text);
    }

    #[test]
    fn a_headline_may_end_on_a_quoted_word_but_a_quoted_sentence_is_text() {
        let text = "• May 25, 2018\n\nTrump calls off summit; Moon \"perplexed\"\n\nKyodo News\n\nTOKYO, May 25 Kyodo - Trump wrote.\n\nhttps://example.com/d";
        let a = parse_text_article(text, "x.txt").unwrap();
        assert_eq!(a.source.as_deref(), Some("Kyodo News"));
        assert!(a.text.starts_with("TOKYO"), "{:?}", a.text);
        // (A guard: a sentence ending in a period after its quote is text too.)
        let text = "\"We will not retreat,\" Zelenskyy said.\n\nHe spoke in Kyiv.";
        let a = parse_text_article(text, "x.txt").unwrap();
        assert_eq!(a.title, None);
        let text = "\"We will not retreat.\"\n\nHe spoke in Kyiv.";
        let a = parse_text_article(text, "x.txt").unwrap();
        assert_eq!(a.title, None);
    }

    #[test]
    fn every_part_but_the_body_is_optional() {
        let a = parse_text_article("Lavrov met Haass in New York.", "x.txt").unwrap();
        assert_eq!(a.title, None);
        assert_eq!(a.date, None);
        assert_eq!(a.url, None);
        assert_eq!(a.text, "Lavrov met Haass in New York.");
    }

    #[test]
    fn empty_text_is_an_error_naming_the_file() {
        let e = parse_text_article("  \n\n ", "empty.txt").unwrap_err();
        assert_eq!(e.origin, "empty.txt");
    }

    #[test]
    fn bad_bullet_date_names_the_line() {
        let e = parse_text_article("• 31/31/2024\n\nTitle\n\nBody.", "d.txt").unwrap_err();
        assert_eq!(e.origin, "d.txt:1");
    }

    #[test]
    fn json_records_need_text_and_a_valid_date() {
        let ok = parse_json_record(r#"{"title":"T","date":"2024-11-25","text":"Body."}"#, "f:1");
        assert_eq!(ok.unwrap().date.as_deref(), Some("2024-11-25"));
        let no_text = parse_json_record(r#"{"title":"T"}"#, "f:2").unwrap_err();
        assert!(no_text.message.contains("text"));
        let bad_date = parse_json_record(r#"{"date":"soon","text":"B."}"#, "f:3").unwrap_err();
        assert!(bad_date.message.contains("date"));
        let broken = parse_json_record(r#"{"text": "#, "f:4").unwrap_err();
        assert!(broken.message.contains("invalid JSON"));
    }

    #[test]
    fn normalize_collapses_blank_runs_and_nbsp() {
        assert_eq!(normalize_body("a\u{00A0}b \r\n\r\n\r\n c"), "a b\n\nc");
    }
}
