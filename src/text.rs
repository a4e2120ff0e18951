//! Stage 2: segment an article's text into paragraphs, sentences and tokens, keeping
//! byte offsets so later stages can point back into the text.

use crate::ir::Sentence;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "md", "st", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "sen", "rep", "gov", "prof", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "amb",
    "pres", "gens", "messrs", "ft", "mt", "approx", "est", "fig", "al", "brig", "cpl", "cdr",
];

/// Splits `text` (paragraphs separated by blank lines) into sentences.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut offset = 0;
    for (paragraph, para) in text.split("\n\n").enumerate() {
        let para_start = offset;
        offset += para.len() + 2;
        for (s, e) in sentence_spans(para)
            .into_iter()
            .flat_map(|(s, e)| cap_length(para, s, e))
        {
            let raw = &para[s..e];
            let trimmed_start = s + (raw.len() - raw.trim_start().len());
            let trimmed_end = e - (raw.len() - raw.trim_end().len());
            if trimmed_start >= trimmed_end {
                continue;
            }
            let sentence_text = para[trimmed_start..trimmed_end].replace('\n', " ");
            let all_caps = is_all_caps(&sentence_text);
            sentences.push(Sentence {
                paragraph,
                start: para_start + trimmed_start,
                end: para_start + trimmed_end,
                text: sentence_text,
                all_caps,
            });
        }
    }
    sentences
}

/// Longest sentence, in bytes, that later stages see: a run-on text with no sentence
/// punctuation (a scraped page, a 10 MB line) is cut at spaces so that the work per
/// sentence stays bounded.
pub const MAX_SENTENCE: usize = 2000;

fn cap_length(para: &str, mut s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while e - s > MAX_SENTENCE {
        let mut cut = s + MAX_SENTENCE;
        while !para.is_char_boundary(cut) {
            cut -= 1;
        }
        let at = para[s..cut]
            .rfind(' ')
            .map(|i| s + i + 1)
            .filter(|&i| i > s)
            .unwrap_or(cut);
        out.push((s, at));
        s = at;
    }
    out.push((s, e));
    out
}

/// True when a line has letters and none of them is lower case (a headline or kicker).
pub fn is_all_caps(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 4 && !s.chars().any(|c| c.is_lowercase())
}

fn sentence_spans(para: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Swallow closing quotes and brackets after the terminator.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | ']') {
                j += 1;
            }
            let followed_by_space = j < chars.len() && chars[j].1.is_whitespace();
            if followed_by_space {
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let next = chars.get(k).map(|x| x.1);
                let starts_new = next.is_some_and(|n| {
                    n.is_uppercase()
                        || n.is_ascii_digit()
                        || matches!(n, '“' | '"' | '‘' | '(' | '—' | '–')
                });
                if starts_new && !(c == '.' && is_abbreviation_before(para, pos)) {
                    let end = if j < chars.len() {
                        chars[j].0
                    } else {
                        para.len()
                    };
                    spans.push((start, end));
                    start = end;
                    i = j;
                    continue;
                }
            }
            let _ = pos;
        }
        i += 1;
    }
    if start < para.len() {
        spans.push((start, para.len()));
    }
    spans
}

/// Is the word ending at the period at `dot` an abbreviation or an initial?
fn is_abbreviation_before(para: &str, dot: usize) -> bool {
    let before = &para[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"'))
        .map(|i| i + before[i..].chars().next().unwrap().len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Initials ("J.") and dotted acronyms ("U.S", "U.N") do not end sentences.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    if word.contains('.') {
        return word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
    }
    // (An honorific's period, "Smt. Sushma Swaraj", "Mme. Lagarde", neither.)
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
        || crate::names::is_honorific(&format!("{word}."))
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner hyphens, apostrophes and dots: "Jean-Yves", "O'Brien", "U.S.").
    Word,
    /// Digits.
    Number,
    /// The possessive clitic "'s" / "’s" or a bare possessive apostrophe.
    Possessive,
    /// Any other character.
    Punct,
}

/// A token: a span of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset in the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, sentence: &'a str) -> &'a str {
        &sentence[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits a sentence into tokens.
pub fn tokenize(s: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map(|x| x.0).unwrap_or(s.len());
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                let next_alnum = chars.get(j + 1).is_some_and(|x| x.1.is_alphanumeric());
                if cj.is_alphanumeric() || ((cj == '-' || cj == '.' || cj == '‐') && next_alnum) {
                    j += 1;
                } else if is_apostrophe(cj) && next_alnum {
                    // Stop before a possessive "'s" at a word end.
                    let is_possessive =
                        matches!(chars.get(j + 1).map(|x| x.1), Some('s') | Some('S'))
                            && !chars.get(j + 2).is_some_and(|x| x.1.is_alphanumeric());
                    if is_possessive {
                        break;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            // Keep the trailing dot of dotted acronyms ("U.S.").
            let word = &s[chars[start].0..end_of(j)];
            if j < chars.len() && chars[j].1 == '.' && word.contains('.') && word.len() <= 8 {
                j += 1;
            }
            let all_digits = s[chars[start].0..end_of(j)]
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
            tokens.push(Token {
                start: chars[start].0,
                end: end_of(j),
                kind: if all_digits {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
            });
            i = j;
            continue;
        }
        if is_apostrophe(c) {
            let s_next = matches!(chars.get(i + 1).map(|x| x.1), Some('s') | Some('S'))
                && !chars.get(i + 2).is_some_and(|x| x.1.is_alphanumeric());
            let after_word = tokens
                .last()
                .is_some_and(|t: &Token| t.end == chars[i].0 && t.kind == TokenKind::Word);
            if after_word && s_next {
                tokens.push(Token {
                    start: chars[i].0,
                    end: end_of(i + 2),
                    kind: TokenKind::Possessive,
                });
                i += 2;
                continue;
            }
            let followed_by_space = chars.get(i + 1).is_none_or(|x| !x.1.is_alphanumeric());
            if after_word && followed_by_space && s[..chars[i].0].ends_with('s') {
                tokens.push(Token {
                    start: chars[i].0,
                    end: end_of(i + 1),
                    kind: TokenKind::Possessive,
                });
                i += 1;
                continue;
            }
        }
        tokens.push(Token {
            start: chars[i].0,
            end: end_of(i + 1),
            kind: TokenKind::Punct,
        });
        i += 1;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect::<Vec<_>>()
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let text = "Mr. Lavrov met U.S. officials. “We talked,” he said. Dr. J. Smith left! Minister Smt. Sushma Swaraj came.\n\nNew paragraph.";
        let s = segment(text);
        let got: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "Mr. Lavrov met U.S. officials.",
                "“We talked,” he said.",
                "Dr. J. Smith left!",
                "Minister Smt. Sushma Swaraj came.",
                "New paragraph."
            ]
        );
        assert_eq!(s[4].paragraph, 1);
        assert_eq!(&text[s[4].start..s[4].end], "New paragraph.");
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_sentences() {
        let text = "word ".repeat(3000) + "é".repeat(1500).as_str();
        let s = segment(&text);
        assert!(s.len() >= 4);
        assert!(s.iter().all(|x| x.text.len() <= MAX_SENTENCE));
        // Nothing is lost: the same letters, in the same order.
        let letters = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let joined: String = s.iter().map(|x| letters(&x.text)).collect();
        assert_eq!(joined, letters(&text));
    }

    #[test]
    fn headline_lines_are_marked_all_caps() {
        let s = segment("RUSSIAN MISSILE STRIKE KILLS 4 CIVILIANS IN LVIV");
        assert!(s[0].all_caps);
    }

    #[test]
    fn tokens_keep_names_acronyms_and_possessives() {
        assert_eq!(
            texts("Jean-Yves Le Drian’s U.S. trip, O'Brien's"),
            vec![
                "Jean-Yves",
                "Le",
                "Drian",
                "’s",
                "U.S.",
                "trip",
                ",",
                "O'Brien",
                "'s"
            ]
        );
        assert_eq!(
            texts("NBC News’ report"),
            vec!["NBC", "News", "’", "report"]
        );
    }
}
