//! Quotations: which parts of each sentence are inside quotation marks (curly or
//! straight, possibly running over several sentences of a paragraph), so that words in
//! a quote are not read as events or actors, and statements get their quoted words.

use crate::recognize::Analysed;

/// The quoted spans of every sentence of an article.
#[derive(Debug, Clone, Default)]
pub struct QuoteMap {
    /// `spans[s]`: byte ranges of sentence `s` inside quotation marks.
    spans: Vec<Vec<(usize, usize)>>,
    /// `texts[s]`: the quoted words of sentence `s`, joined.
    texts: Vec<String>,
    paragraphs: Vec<usize>,
}

impl QuoteMap {
    /// Finds the quotations of an article.
    pub fn new(sentences: &[Analysed]) -> Self {
        let mut map = QuoteMap::default();
        let mut open: Option<usize> = None;
        let mut paragraph = usize::MAX;
        for s in sentences {
            if s.sentence.paragraph != paragraph {
                paragraph = s.sentence.paragraph;
                open = None;
            }
            let text = &s.sentence.text;
            let mut spans = Vec::new();
            let open_before = open;
            let mut start = open.map(|_| 0);
            for (i, c) in text.char_indices() {
                let opening = c == '“' || (c == '"' && start.is_none());
                let closing = c == '”' || (c == '"' && start.is_some());
                if opening && start.is_none() {
                    start = Some(i + c.len_utf8());
                } else if closing {
                    if let Some(st) = start.take() {
                        spans.push((st, i));
                    }
                }
            }
            open = start;
            if let Some(st) = start {
                spans.push((st, text.len()));
            }
            // Short quotes are still a statement's quoted words ("called the embargo
            // \"ethically unacceptable\"")...
            let quoted: Vec<&str> = spans
                .iter()
                .map(|&(a, b)| text[a..b].trim())
                .filter(|q| !q.is_empty())
                .collect();
            map.texts
                .push(quoted.join(" … ").trim_end_matches(',').to_string());
            // ... but a closed quote of three words or fewer without punctuation is a term
            // the writer holds at a distance ("an \"informal summit\" in Wuhan"), not
            // someone's speech: its words may still name an event. (A quote carried over
            // from the sentence before, or still open, is speech.)
            let carried = open_before.is_some();
            let last = spans.len().saturating_sub(usize::from(start.is_some()));
            let spans: Vec<(usize, usize)> = spans
                .into_iter()
                .enumerate()
                .filter(|&(k, (a, b))| {
                    let q = &text[a..b];
                    k >= last
                        || (k == 0 && carried)
                        || q.split_whitespace().count() > 3
                        || q.contains(['.', ',', '!', '?', ';', ':'])
                })
                .map(|(_, span)| span)
                .collect();
            map.spans.push(spans);
            map.paragraphs.push(paragraph);
        }
        map
    }

    /// Is byte `at` of sentence `s` inside a quotation?
    pub fn inside(&self, s: usize, at: usize) -> bool {
        self.spans
            .get(s)
            .is_some_and(|sp| sp.iter().any(|&(a, b)| at >= a && at < b))
    }

    /// The quoted words a statement in sentence `s` reports: its own quote, else the
    /// quote of the sentence just before it in the same paragraph.
    pub fn quote_for(&self, s: usize) -> Option<String> {
        let own = self.texts.get(s).filter(|t| !t.is_empty());
        if let Some(t) = own {
            return Some(t.clone());
        }
        if s > 0 && self.paragraphs[s - 1] == self.paragraphs[s] {
            return self.texts.get(s - 1).filter(|t| !t.is_empty()).cloned();
        }
        None
    }
}
