//! Gazetteers and lexicons: the data under `ontology/` (countries, places,
//! organizations, people, position titles, status modifiers), loaded once per run and
//! compiled into one aho-corasick automaton that every article shares.
//!
//! Every fact about a specific actor lives in these files, never in code. The files
//! are tab-separated with a header line; `-` is an empty cell and `|` separates values.
//! Users add entries with `--gazetteer FILE` (any of the same layouts, told apart by
//! the header line).

use crate::ir::{EntityKind, Status};
use crate::names::{normalize_key, plural_forms};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::path::Path;

const COUNTRIES: &str = include_str!("../ontology/gazetteer/countries.tsv");
const PLACES: &str = include_str!("../ontology/gazetteer/places.tsv");
const ORGANIZATIONS: &str = include_str!("../ontology/gazetteer/organizations.tsv");
const PEOPLE: &str = include_str!("../ontology/gazetteer/people.tsv");
const TITLES: &str = include_str!("../ontology/lexicon/titles.tsv");
const STATUS: &str = include_str!("../ontology/lexicon/status.tsv");
const FAMILY_FIRST: &str = include_str!("../ontology/lexicon/family_first.tsv");
const VENUES: &str = include_str!("../ontology/lexicon/venues.tsv");

const COUNTRY_HEADER: &str = "name\talpha2\talpha3\twikidata\tkind\tvariants\tdemonyms";
const PLACE_HEADER: &str = "name\tcountry\tkind\twikidata\tvariants";
const ORG_HEADER: &str = "name\tkind\tcountry\twikidata\tvariants";
const PEOPLE_HEADER: &str = "name\tvariants\twikidata\tcountry";
/// The people layout before the country column (still read).
const PEOPLE_HEADER_V1: &str = "name\tvariants\twikidata";
const TITLE_HEADER: &str = "surface\ttitle\tkind";
const STATUS_HEADER: &str = "surface\tstatus";
const FAMILY_FIRST_HEADER: &str = "surname\ttradition";
const VENUE_HEADER: &str = "head\tkind";

/// A known actor or place.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Person, organization, country or place.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Identity key (alpha-3 code for countries, normalized name otherwise).
    pub key: String,
    /// Sub-kind from the file ("state", "capital", "media", "government", ...).
    pub subkind: Option<String>,
    /// Alpha-3 code of the country it belongs to (or is, for countries).
    pub country: Option<String>,
    /// Wikidata id.
    pub wikidata: Option<String>,
}

/// A position title from the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleEntry {
    /// Canonical title ("Foreign Minister").
    pub title: String,
    /// Kind ("head-of-state", "minister", "diplomat", "official", ...).
    pub kind: String,
}

/// What a matched surface string stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// The name of an entry.
    Name(usize),
    /// A demonym of a country entry ("Russian").
    Demonym(usize),
    /// A title (index into `titles`); `plural` for "officials".
    Title {
        /// Index into [`Gazetteer::titles`].
        index: usize,
        /// Matched in the plural.
        plural: bool,
    },
    /// A status modifier ("former").
    Status(Status),
    /// The surname alone of a known person ("Putin"): weak evidence, used only when
    /// nothing else in the gazetteer has that surface.
    Surname(usize),
}

/// A surface string and what it means.
#[derive(Debug, Clone)]
struct Surface {
    text: String,
    sense: Sense,
}

/// A gazetteer match in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset in the sentence.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// Meaning.
    pub sense: Sense,
}

/// All gazetteers and lexicons, compiled.
#[derive(Debug)]
pub struct Gazetteer {
    /// Known actors and places.
    pub entries: Vec<Entry>,
    /// Position titles.
    pub titles: Vec<TitleEntry>,
    surfaces: Vec<Surface>,
    automaton: AhoCorasick,
    by_country_code: HashMap<String, usize>,
    by_key: HashMap<(EntityKind, String), usize>,
    title_by_name: HashMap<String, usize>,
    capitals: HashMap<String, usize>,
    /// Last words of venue names ("Temple", "Airport"), each as a word list.
    venue_heads: Vec<Vec<String>>,
    /// The final word of each of `venue_heads`.
    venue_last_words: std::collections::HashSet<String>,
}

impl Gazetteer {
    /// Loads the built-in data plus the user's extra files.
    pub fn load(extra: &[&Path]) -> Result<Self> {
        let mut b = Builder::default();
        b.add_file(COUNTRIES, "ontology/gazetteer/countries.tsv")?;
        b.add_file(PLACES, "ontology/gazetteer/places.tsv")?;
        b.add_file(ORGANIZATIONS, "ontology/gazetteer/organizations.tsv")?;
        b.add_file(PEOPLE, "ontology/gazetteer/people.tsv")?;
        b.add_file(TITLES, "ontology/lexicon/titles.tsv")?;
        b.add_file(STATUS, "ontology/lexicon/status.tsv")?;
        b.add_file(FAMILY_FIRST, "ontology/lexicon/family_first.tsv")?;
        b.add_file(VENUES, "ontology/lexicon/venues.tsv")?;
        for path in extra {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read gazetteer {}", path.display()))?;
            b.add_file(&text, &path.display().to_string())?;
        }
        b.build()
    }

    /// The built-in data only.
    pub fn builtin() -> Result<Self> {
        Self::load(&[])
    }

    /// Every match in `sentence`, leftmost-longest, at word boundaries, with names
    /// matched case-sensitively unless `all_caps` (titles and modifiers never are).
    pub fn find(&self, sentence: &str, all_caps: bool) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.automaton.find_iter(sentence) {
            let (start, end) = (m.start(), m.end());
            let surface = &self.surfaces[m.pattern().as_usize()];
            // Affixes ("ex-", "-elect") attach to the neighbouring word.
            let before = sentence[..start].chars().next_back();
            let after = sentence[end..].chars().next();
            let open_before = surface.text.starts_with('-');
            let open_after = surface.text.ends_with('-');
            if (!open_before && before.is_some_and(char::is_alphanumeric))
                || (!open_after && after.is_some_and(char::is_alphanumeric))
            {
                continue;
            }
            let text = &sentence[start..end];
            let case_ok = match surface.sense {
                Sense::Surname(_) => text == surface.text,
                Sense::Title { .. } | Sense::Status(_) => true,
                _ => all_caps || text == surface.text,
            };
            if case_ok {
                hits.push(Hit {
                    start,
                    end,
                    sense: surface.sense,
                });
            }
        }
        hits
    }

    /// The country entry with this alpha-3 code.
    pub fn country(&self, alpha3: &str) -> Option<usize> {
        self.by_country_code.get(alpha3).copied()
    }

    /// The entry of this kind with this identity key.
    pub fn by_key(&self, kind: EntityKind, key: &str) -> Option<usize> {
        self.by_key.get(&(kind, key.to_string())).copied()
    }

    /// How many words of `words` (ending at its end) form a venue noun ("Air Force Base"
    /// is three), if any.
    pub fn venue_head_len(&self, words: &[&str]) -> Option<usize> {
        // Most words end no venue name: one hash lookup rules them out.
        if !words
            .last()
            .is_some_and(|w| self.venue_last_words.contains(*w))
        {
            return None;
        }
        self.venue_heads
            .iter()
            .filter(|h| h.len() <= words.len() && words[words.len() - h.len()..] == h[..])
            .map(Vec::len)
            .max()
    }

    /// The (first listed) capital of the country with this alpha-3 code.
    pub fn capital(&self, alpha3: &str) -> Option<usize> {
        self.capitals.get(alpha3).copied()
    }

    /// The lexicon entry of a canonical title ("Foreign Minister").
    pub fn title_by_name(&self, title: &str) -> Option<usize> {
        self.title_by_name.get(title).copied()
    }
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    titles: Vec<TitleEntry>,
    title_index: HashMap<String, usize>,
    surfaces: Vec<Surface>,
    seen: HashMap<String, usize>,
    surnames: Vec<(String, usize)>,
    family_first: std::collections::HashSet<String>,
    person_names: Vec<(String, usize)>,
    venue_heads: Vec<Vec<String>>,
}

fn cell(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty() && s != "-").then(|| s.to_string())
}

fn multi(s: &str) -> Vec<String> {
    cell(s)
        .map(|v| {
            v.split('|')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

impl Builder {
    fn add_file(&mut self, text: &str, name: &str) -> Result<()> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let Some((_, header)) = lines.next() else {
            bail!("{name}: empty gazetteer file");
        };
        let header = header.trim_end();
        let columns = header.split('\t').count();
        for (i, line) in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() != columns {
                bail!(
                    "{name}:{}: expected {columns} tab-separated fields (header: {header:?}), found {}",
                    i + 1,
                    fields.len()
                );
            }
            let at = || format!("{name}:{}", i + 1);
            match header {
                COUNTRY_HEADER => self.add_country(&fields),
                PLACE_HEADER => self.add_place(&fields),
                ORG_HEADER => self.add_org(&fields),
                PEOPLE_HEADER | PEOPLE_HEADER_V1 => self.add_person(&fields),
                TITLE_HEADER => self.add_title(&fields),
                STATUS_HEADER => self.add_status(&fields).with_context(at)?,
                FAMILY_FIRST_HEADER => {
                    self.family_first.insert(fields[0].trim().to_string());
                }
                VENUE_HEADER => self
                    .venue_heads
                    .push(fields[0].split_whitespace().map(str::to_string).collect()),
                _ => bail!(
                    "{name}:1: unknown header {header:?}; expected one of:\n  {COUNTRY_HEADER}\n  {PLACE_HEADER}\n  {ORG_HEADER}\n  {PEOPLE_HEADER}\n  {TITLE_HEADER}\n  {STATUS_HEADER}\n  {FAMILY_FIRST_HEADER}\n  {VENUE_HEADER}"
                ),
            }
        }
        Ok(())
    }

    fn push_entry(&mut self, entry: Entry) -> usize {
        // A later file may repeat an entry (a user's gazetteer adding variants): merge.
        let id = format!("{:?}/{}", entry.kind, entry.key);
        if let Some(&i) = self.seen.get(&id) {
            return i;
        }
        self.entries.push(entry);
        self.seen.insert(id, self.entries.len() - 1);
        self.entries.len() - 1
    }

    fn surface(&mut self, text: &str, sense: Sense) {
        let text = text.trim();
        if !text.is_empty() {
            self.surfaces.push(Surface {
                text: text.to_string(),
                sense,
            });
        }
    }

    fn add_country(&mut self, f: &[&str]) {
        let name = f[0].trim().to_string();
        let alpha3 = cell(f[2]);
        let i = self.push_entry(Entry {
            kind: EntityKind::Country,
            key: alpha3.clone().unwrap_or_else(|| normalize_key(&name)),
            name: name.clone(),
            subkind: cell(f[4]),
            country: alpha3,
            wikidata: cell(f[3]),
        });
        self.surface(&name, Sense::Name(i));
        for v in multi(f[5]) {
            self.surface(&v, Sense::Name(i));
        }
        for d in multi(f[6]) {
            self.surface(&d, Sense::Demonym(i));
        }
    }

    fn add_place(&mut self, f: &[&str]) {
        let name = f[0].trim().to_string();
        let i = self.push_entry(Entry {
            kind: EntityKind::Place,
            key: normalize_key(&name),
            name: name.clone(),
            subkind: cell(f[2]),
            country: cell(f[1]),
            wikidata: cell(f[3]),
        });
        self.surface(&name, Sense::Name(i));
        for v in multi(f[4]) {
            self.surface(&v, Sense::Name(i));
        }
    }

    fn add_org(&mut self, f: &[&str]) {
        let name = f[0].trim().to_string();
        let i = self.push_entry(Entry {
            kind: EntityKind::Organization,
            key: normalize_key(&name),
            name: name.clone(),
            subkind: cell(f[1]),
            country: cell(f[2]),
            wikidata: cell(f[3]),
        });
        self.surface(&name, Sense::Name(i));
        // "The Associated Press" is also written "the Associated Press" and "Associated Press".
        if let Some(rest) = name.strip_prefix("The ") {
            self.surface(rest, Sense::Name(i));
        }
        for v in multi(f[4]) {
            self.surface(&v, Sense::Name(i));
        }
    }

    fn add_person(&mut self, f: &[&str]) {
        let name = f[0].trim().to_string();
        let i = self.push_entry(Entry {
            kind: EntityKind::Person,
            key: normalize_key(&name),
            name: name.clone(),
            subkind: None,
            // The country the person serves (or served), when the file says.
            country: f.get(3).and_then(|c| cell(c)),
            wikidata: cell(f[2]),
        });
        self.surface(&name, Sense::Name(i));
        let variants = multi(f[1]);
        for v in &variants {
            self.surface(v, Sense::Name(i));
        }
        for full in std::iter::once(&name).chain(&variants) {
            self.person_names.push((full.clone(), i));
        }
    }

    fn add_title(&mut self, f: &[&str]) {
        let surface = f[0].trim().to_lowercase();
        let title = f[1].trim().to_string();
        let kind = f[2].trim().to_string();
        let index = *self.title_index.entry(title.clone()).or_insert_with(|| {
            self.titles.push(TitleEntry { title, kind });
            self.titles.len() - 1
        });
        for plural in plural_forms(&surface) {
            self.surface(
                &plural,
                Sense::Title {
                    index,
                    plural: true,
                },
            );
        }
        self.surface(
            &surface,
            Sense::Title {
                index,
                plural: false,
            },
        );
    }

    fn add_status(&mut self, f: &[&str]) -> Result<()> {
        let status = match f[1].trim() {
            "current" => Status::Current,
            "former" => Status::Former,
            "outgoing" => Status::Outgoing,
            "incoming" => Status::Incoming,
            "acting" => Status::Acting,
            "elect" => Status::Elect,
            other => bail!(
                "unknown status {other:?} (current, former, outgoing, incoming, acting, elect)"
            ),
        };
        self.surface(&f[0].trim().to_lowercase(), Sense::Status(status));
        Ok(())
    }

    fn build(mut self) -> Result<Gazetteer> {
        // The surname of each known person: the first word for family-name-first names
        // ("Xi Jinping", "Moon Jae-in"), else the last ("Putin").
        for (full, i) in std::mem::take(&mut self.person_names) {
            let words: Vec<&str> = full.split_whitespace().collect();
            if words.len() < 2 {
                continue;
            }
            if self.family_first.contains(words[0]) && words.len() <= 3 {
                self.surnames.push((words[0].to_string(), i));
            } else if words[words.len() - 1].chars().count() >= 4 {
                self.surnames.push((words[words.len() - 1].to_string(), i));
            }
        }
        // Surnames go in last, and only when unambiguous: no other surface has the same
        // text and no second person shares the surname.
        let taken: std::collections::HashSet<String> = self
            .surfaces
            .iter()
            .map(|s| s.text.to_lowercase())
            .collect();
        let mut owners: HashMap<String, Vec<usize>> = HashMap::new();
        for (surname, i) in &self.surnames {
            let list = owners.entry(surname.clone()).or_default();
            if !list.contains(i) {
                list.push(*i);
            }
        }
        let mut surnames: Vec<_> = owners
            .into_iter()
            .filter(|(s, o)| o.len() == 1 && !taken.contains(&s.to_lowercase()))
            .collect();
        surnames.sort();
        for (surname, owner) in surnames {
            self.surface(&surname, Sense::Surname(owner[0]));
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(self.surfaces.iter().map(|s| s.text.as_str()))
            .context("cannot compile the gazetteer automaton")?;
        let mut capitals = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind == EntityKind::Place && e.subkind.as_deref() == Some("capital") {
                if let Some(c) = &e.country {
                    capitals.entry(c.clone()).or_insert(i);
                }
            }
        }
        let mut by_country_code = HashMap::new();
        let mut by_key = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind == EntityKind::Country {
                if let Some(c) = &e.country {
                    by_country_code.insert(c.clone(), i);
                }
            }
            by_key.insert((e.kind, e.key.clone()), i);
        }
        Ok(Gazetteer {
            entries: self.entries,
            titles: self.titles,
            surfaces: self.surfaces,
            automaton,
            by_country_code,
            by_key,
            title_by_name: self.title_index,
            capitals,
            venue_last_words: self
                .venue_heads
                .iter()
                .filter_map(|h| h.last().cloned())
                .collect(),
            venue_heads: self.venue_heads,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz() -> Gazetteer {
        Gazetteer::builtin().expect("built-in gazetteers load")
    }

    fn names(g: &Gazetteer, s: &str, caps: bool) -> Vec<String> {
        g.find(s, caps)
            .iter()
            .map(|h| match h.sense {
                Sense::Name(i) | Sense::Demonym(i) | Sense::Surname(i) => g.entries[i].name.clone(),
                Sense::Title { index, .. } => format!("title:{}", g.titles[index].title),
                Sense::Status(s) => format!("status:{s:?}"),
            })
            .collect()
    }

    #[test]
    fn builtin_files_load_and_know_the_basics() {
        let g = gaz();
        let rus = g.country("RUS").expect("Russia");
        assert_eq!(g.entries[rus].name, "Russia");
        assert_eq!(g.entries[rus].wikidata.as_deref(), Some("Q159"));
        assert!(g.entries.len() > 400);
    }

    #[test]
    fn matches_names_demonyms_titles_and_modifiers() {
        let g = gaz();
        let got = names(
            &g,
            "former Russian Foreign Minister met NATO officials in Prague",
            false,
        );
        assert_eq!(
            got,
            vec![
                "status:Former",
                "Russia",
                "title:Foreign Minister",
                "NATO",
                "title:official",
                "Prague"
            ]
        );
    }

    #[test]
    fn names_are_case_sensitive_except_in_headlines() {
        let g = gaz();
        assert!(names(&g, "tell us about china", false).is_empty());
        assert_eq!(names(&g, "STRIKE IN LVIV", true), vec!["Lviv"]);
    }

    #[test]
    fn user_gazetteer_with_unknown_header_is_refused() {
        let mut b = Builder::default();
        let err = b.add_file("foo\tbar\nx\ty\n", "mine.tsv").unwrap_err();
        assert!(err.to_string().contains("unknown header"));
        let err = b
            .add_file("name\tvariants\twikidata\nonly-one-field\n", "mine.tsv")
            .unwrap_err();
        assert!(err.to_string().contains("mine.tsv:2"));
    }
}
