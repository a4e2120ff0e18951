//! Stage 4: resolve mentions to entities. Within an article, surnames and partial
//! names join the full name they belong to ("Lavrov" -> "Sergey Lavrov"); across
//! articles, identity keys (gazetteer ids, normalized names) make the same actor get
//! the same IRI.

use crate::gazetteer::Gazetteer;
use crate::ir::{Entity, EntityKind};
use crate::names::{
    fold, is_capital_surname, is_honorific, normalize_key, title_case, title_head,
    FEMALE_HONORIFICS, ROYAL_RANKS,
};
use crate::recognize::{Analysed, Mention, MentionKind};
use crate::text::TokenKind;
use std::collections::{HashMap, HashSet};

/// The entities of an article and, for every mention, the entity it refers to.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// Entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// `links[s][m]`: the entity of mention `m` of sentence `s`.
    pub links: Vec<Vec<Option<usize>>>,
    /// How the article spells its places, for [`Resolution::label_as_written`].
    pub spellings: PlaceSpellings,
}

/// The spellings of places an article writes (outside all-capitals lines).
#[derive(Debug, Clone, Default)]
pub struct PlaceSpellings {
    /// Places whose label the article writes as it stands.
    label_written: HashSet<usize>,
    /// Each place's names as written standing alone, in order: not the first word of a
    /// longer name ("Peking", not the "Peking" of "Peking University").
    alone: HashMap<usize, Vec<String>>,
}

impl Resolution {
    /// Labels places as the article writes them when it never writes the gazetteer's
    /// spelling ([`label_places_as_written`]). Run last: the stages before match on the
    /// gazetteer's labels. (People keep the gazetteer's spelling: their aliases find them,
    /// and one spelling per person across a store beats whichever article came first.)
    pub fn label_as_written(&mut self, headline: Option<&str>) {
        label_places_as_written(&mut self.entities, &self.spellings, headline);
    }

    /// The entity mention `m` of sentence `s` refers to.
    pub fn entity(&self, s: usize, m: usize) -> Option<usize> {
        self.links.get(s).and_then(|l| l.get(m)).copied().flatten()
    }
}

impl Resolution {
    /// The entity for gazetteer entry `e` (with its country), added if the article does
    /// not have it yet: for entities found outside the sentences (dateline, outlet).
    pub fn intern_entry(&mut self, gaz: &Gazetteer, e: usize) -> usize {
        self.with_builder(gaz, |b| b.intern_entry(e))
    }

    /// The entity of this kind and key, added with `label` if missing.
    pub fn intern(&mut self, gaz: &Gazetteer, kind: EntityKind, key: String, label: &str) -> usize {
        self.with_builder(gaz, |b| b.intern(kind, key, label))
    }

    fn with_builder(&mut self, gaz: &Gazetteer, f: impl FnOnce(&mut Builder) -> usize) -> usize {
        let entities = std::mem::take(&mut self.entities);
        let by_key = entities
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.kind, e.key.clone()), i))
            .collect();
        let mut b = Builder {
            gaz,
            entities,
            by_key,
        };
        let i = f(&mut b);
        self.entities = b.entities;
        i
    }
}

struct Builder<'g> {
    gaz: &'g Gazetteer,
    entities: Vec<Entity>,
    by_key: HashMap<(EntityKind, String), usize>,
}

impl Builder<'_> {
    fn intern(&mut self, kind: EntityKind, key: String, label: &str) -> usize {
        if let Some(&i) = self.by_key.get(&(kind, key.clone())) {
            return i;
        }
        self.entities.push(Entity {
            kind,
            key: key.clone(),
            label: label.to_string(),
            alt_labels: Vec::new(),
            country_code: None,
            wikidata: None,
            located_in: None,
            subkind: None,
        });
        let i = self.entities.len() - 1;
        self.by_key.insert((kind, key), i);
        i
    }

    /// The entity for gazetteer entry `e`, with its country linked.
    fn intern_entry(&mut self, e: usize) -> usize {
        let entry = &self.gaz.entries[e];
        let (kind, key, name) = (entry.kind, entry.key.clone(), entry.name.clone());
        let fresh = !self.by_key.contains_key(&(kind, key.clone()));
        let i = self.intern(kind, key, &name);
        if fresh {
            let entry = &self.gaz.entries[e];
            self.entities[i].wikidata = entry.wikidata.clone();
            self.entities[i].subkind = entry.subkind.clone();
            if kind == EntityKind::Country {
                self.entities[i].country_code = entry.country.clone();
            } else if let Some(code) = entry.country.clone() {
                if let Some(c) = self.gaz.country(&code) {
                    let c = self.intern_entry(c);
                    self.entities[i].located_in = Some(c);
                }
            }
        }
        i
    }

    fn add_surface(&mut self, i: usize, surface: &str) {
        let e = &mut self.entities[i];
        let surface = surface.trim();
        if surface != e.label && !e.alt_labels.iter().any(|a| a == surface) {
            e.alt_labels.push(surface.to_string());
        }
    }
}

/// Whether mention `m`, an organization named after its building, means the building:
/// after "at", "in", "inside", "outside" or a verb of visiting ("at the White House",
/// "visited the Pentagon"), not as an actor ("the White House said").
fn names_the_building(s: &Analysed, m: &Mention) -> bool {
    let mut t = m.first_token;
    if t > 0 && s.low(t - 1) == "the" {
        t -= 1;
    }
    // ("lashed out at the White House", "a jab at the Kremlin": at the organization.)
    let aimed_at = t > 1
        && s.low(t - 1) == "at"
        && matches!(
            s.low(t - 2),
            "out"
                | "aimed"
                | "directed"
                | "jab"
                | "swipe"
                | "dig"
                | "angry"
                | "pointed"
                | "anger"
                | "frustration"
                | "fury"
                | "criticism"
                | "shot"
                | "looked"
                | "glance"
        );
    // "welcomed Xi to the Kremlin", "invited him to the White House": someone brought
    // to the building (not "a letter to the Kremlin").
    // (Someone, named or a pronoun, right before "to": not "welcomed Trump's return to
    // the White House".)
    let someone = |u: usize| {
        s.tok(u).starts_with(char::is_uppercase)
            || matches!(
                s.low(u),
                "him" | "her" | "them" | "guests" | "guest" | "leaders"
            )
    };
    let brought_to = t > 1
        && s.low(t - 1) == "to"
        && someone(t - 2)
        && (t.saturating_sub(12)..t - 1).any(|u| {
            let w = s.low(u);
            w.starts_with("welcom") || BROUGHT_TO.contains(&w)
        });
    t > 0
        && !aimed_at
        && (brought_to
            || matches!(
                s.low(t - 1),
                "at" | "in" | "inside" | "outside" | "visited" | "visiting" | "toured" | "touring"
            ))
}

/// Verbs that bring someone to a building: "invited Lula to the White House".
const BROUGHT_TO: &[&str] = &[
    "invited", "invites", "invite", "inviting", "escorted", "ushered", "brought", "returned",
    "went", "came", "drove", "flew",
];

/// A person name with honorifics and possessive marks removed.
/// The identity key of a person name: middle initials dropped ("Vladimir V. Putin" and
/// "Vladimir Putin" are one key).
fn person_key(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| {
            !(w.len() <= 2 && w.ends_with('.') && w.chars().next().is_some_and(char::is_uppercase))
        })
        .collect();
    normalize_key(&words.join(" "))
}

/// The canonical label of a person found by pattern: the name without middle initials,
/// so that every article gives one IRI the same single label (other forms become
/// alternative labels).
fn canonical_person(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !is_initial(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_initial(w: &str) -> bool {
    w.len() <= 2 && w.ends_with('.') && w.chars().next().is_some_and(char::is_uppercase)
}

/// A person's name without honorifics. A surname in capitals before the given name
/// ("KISHIDA Fumio", "YOON Suk Yeol", as Japanese and Korean readouts write them) is
/// title-cased, and moved after the given name unless its tradition puts it first.
fn clean_person_name(text: &str, gaz: &Gazetteer) -> String {
    // (A nickname in quotes is no part of the name: Douglas "Pete" Peterson.)
    let quoted = |w: &str| w.starts_with(['"', '“']) && w.ends_with(['"', '”']);
    let mut words: Vec<String> = text
        .split_whitespace()
        .filter(|w| !is_honorific(w) && !quoted(w))
        .map(str::to_string)
        .collect();
    if words.len() >= 2 && is_capital_surname(&words[0]) && !is_capital_surname(&words[1]) {
        let family = title_case(&words.remove(0));
        if gaz.is_family_first(&family) {
            words.insert(0, family);
        } else {
            words.push(family);
        }
    }
    words.join(" ")
}

/// The title (as the lexicon writes it) of the title mention ending right before token
/// `t`: "Prime Minister" in "Prime Minister Sharif".
fn title_before<'g>(s: &Analysed, t: usize, gaz: &'g Gazetteer) -> Option<&'g str> {
    s.mentions.iter().find_map(|m| match m.kind {
        MentionKind::Title { index, .. } if m.last_token == t => {
            Some(gaz.titles[index].title.as_str())
        }
        _ => None,
    })
}

/// The head word of the title mention ending right before token `t` ("president" in
/// "President Reagan", "minister" in "Prime Minister Sharif").
fn title_head_before(s: &Analysed, t: usize, gaz: &Gazetteer) -> Option<String> {
    title_before(s, t, gaz).map(title_head)
}

/// The full names (longer than `words`) that end in `words`, each person once: those a
/// surname or the trailing words of a name may stand for.
fn ending_in(people: &[(Vec<String>, usize)], words: &[String]) -> Vec<usize> {
    let mut found: Vec<usize> = people
        .iter()
        .filter(|(w, _)| w.len() > words.len() && w.ends_with(words))
        .map(|(_, i)| *i)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// A name's words to match on: folded, without initials.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| !is_initial(w))
        .map(fold)
        .collect()
}

/// The person a one-word name stands for when the only full name it fits comes later
/// in the article (`fits`): the gazetteer's person of that name when there is one
/// (`entry`, not `fits` itself, or the only other person of that surname), else a person
/// known by that name alone. Later mentions of the name mean that person too.
fn someone_else(
    b: &mut Builder,
    people: &mut Vec<(Vec<String>, usize)>,
    short_only: &mut Vec<usize>,
    name: &str,
    fits: usize,
    entry: Option<usize>,
) -> usize {
    let gaz = b.gaz;
    let word = fold(name.trim());
    let others: Vec<usize> = gaz
        .people_with_surname(&word)
        .iter()
        .copied()
        .filter(|&e| gaz.entries[e].key != b.entities[fits].key)
        .collect();
    let entry = entry.or_else(|| (others.len() == 1).then(|| others[0]));
    let i = match entry {
        Some(e) => b.intern_entry(e),
        None => b.intern(EntityKind::Person, person_key(name), name.trim()),
    };
    people.push((vec![word], i));
    short_only.push(i);
    i
}

/// Resolves every mention of an article.
pub fn resolve(sentences: &mut [Analysed], gaz: &Gazetteer) -> Resolution {
    let mut b = Builder {
        gaz,
        entities: Vec::new(),
        by_key: HashMap::new(),
    };
    // Full names (two words or more) found by pattern or gazetteer are the anchors.
    let mut people: Vec<(Vec<String>, usize)> = Vec::new();
    // Where each anchor is named in full, (sentence, byte).
    let mut named_at: Vec<(usize, (usize, usize))> = Vec::new();
    // The titles right before an anchor's full name ("President", "Prime Minister").
    let mut titled: Vec<(usize, &str)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for m in &s.mentions {
            let person = match m.kind {
                MentionKind::Person { strong: true } => true,
                MentionKind::Entity(e) => gaz.entries[e].kind == EntityKind::Person,
                _ => false,
            };
            if !person {
                continue;
            }
            let name = clean_person_name(&m.text, gaz);
            // A name found by pattern anchors others only with two words or more.
            if matches!(m.kind, MentionKind::Person { .. }) && name.split_whitespace().count() < 2 {
                continue;
            }
            let i = match m.kind {
                MentionKind::Entity(e) => b.intern_entry(e),
                _ => match gaz.by_key(EntityKind::Person, &person_key(&name)) {
                    Some(e) => b.intern_entry(e),
                    None => b.intern(
                        EntityKind::Person,
                        person_key(&name),
                        &canonical_person(&name),
                    ),
                },
            };
            named_at.push((i, (si, m.start)));
            if let Some(title) = title_before(s, m.first_token, gaz) {
                titled.push((i, title));
            }
            let words: Vec<String> = fold(&b.entities[i].label)
                .split(' ')
                .map(str::to_string)
                .collect();
            if !people.iter().any(|(_, j)| *j == i) {
                people.push((words.clone(), i));
            }
            // The article's own spelling anchors too: "Berdimuhamedov" for the gazetteer's
            // "Serdar Berdymukhamedov" named "Serdar Berdimuhamedov" here.
            let spelled: Vec<String> = fold(&name).split(' ').map(str::to_string).collect();
            if spelled != words && !people.iter().any(|(w, j)| *j == i && *w == spelled) {
                people.push((spelled, i));
            }
        }
    }
    // Headlines in capitals: look for known surnames among their words.
    for s in sentences.iter_mut().filter(|s| s.sentence.all_caps) {
        let mut extra = Vec::new();
        for (t, tok) in s.tokens.iter().enumerate() {
            if tok.kind != TokenKind::Word || s.in_mention(t) {
                continue;
            }
            let word = fold(tok.text(&s.sentence.text));
            if people
                .iter()
                .any(|(words, _)| words.len() >= 2 && words.last() == Some(&word))
            {
                extra.push(Mention {
                    start: tok.start,
                    end: tok.end,
                    first_token: t,
                    last_token: t + 1,
                    text: tok.text(&s.sentence.text).to_string(),
                    kind: MentionKind::Person { strong: false },
                });
            }
        }
        s.mentions.extend(extra);
        s.mentions.sort_by_key(|m| m.start);
    }
    // Of several full names a short name fits, the one the article named first: the
    // story's own actor ("Clinton" after "Hillary Rodham Clinton", though "Bill Clinton"
    // comes up later; "Obama" beside "Michelle Obama").
    let first_named = |candidates: &[usize]| -> Option<usize> {
        named_at
            .iter()
            .filter(|(e, _)| candidates.contains(e))
            .min_by_key(|(_, p)| *p)
            .map(|(e, _)| *e)
    };
    // `royal`: the name follows a royal rank ("Sheikh Tamim", "King Salman").
    let find_person = |name: &str, people: &[(Vec<String>, usize)], royal: bool| -> Option<usize> {
        // Initials never decide identity ("Sergey V. Lavrov" is "Sergey Lavrov").
        let words = name_words(name);
        if words.is_empty() {
            return None;
        }
        let unique = |mut v: Vec<usize>| {
            v.sort_unstable();
            v.dedup();
            v
        };
        let exact: Vec<usize> = people
            .iter()
            .filter(|(w, _)| *w == words)
            .map(|(_, i)| *i)
            .collect();
        if let Some(&i) = exact.first() {
            return Some(i);
        }
        // A surname (or the trailing words) of exactly one full name.
        let by_tail = ending_in(people, &words);
        if by_tail.len() == 1 {
            return Some(by_tail[0]);
        }
        // ("Clinton" with both Hillary and Bill Clinton named: the first named.)
        if words.len() == 1 && by_tail.len() > 1 {
            return first_named(&by_tail);
        }
        // The paternal surname of a Spanish or Portuguese name, before its particle:
        // "Salinas" for "Carlos Salinas de Gortari", "Lula" for "Luiz Inácio Lula da Silva".
        let romance = |w: &str| matches!(w, "de" | "del" | "da" | "das" | "do" | "dos" | "y" | "e");
        let by_paternal: Vec<usize> = unique(
            people
                .iter()
                .filter(|(w, _)| {
                    words.len() == 1
                        && w.len() >= 3
                        && (1..w.len() - 1).any(|k| w[k] == words[0] && romance(&w[k + 1]))
                })
                .map(|(_, i)| *i)
                .collect(),
        );
        if by_tail.is_empty() && by_paternal.len() == 1 {
            return Some(by_paternal[0]);
        }
        // An Arab name by its given name after a royal rank ("Sheikh Tamim", "King
        // Salman", "Prince Faisal" for "Tamim bin Hamad al-Thani", "Salman bin
        // Abdulaziz", "Faisal bin Farhan"): a full name with a "bin" or an "al-" after its
        // first word, if one only.
        if royal && words.len() == 1 && by_tail.is_empty() {
            let arab = |w: &[String]| {
                w.iter()
                    .skip(1)
                    .any(|x| matches!(x.as_str(), "bin" | "ibn" | "bint" | "al" | "el"))
            };
            let by_given: Vec<usize> = unique(
                people
                    .iter()
                    .filter(|(w, _)| w.len() > 2 && w[0] == words[0] && arab(w))
                    .map(|(_, i)| *i)
                    .collect(),
            );
            if by_given.len() == 1 {
                return Some(by_given[0]);
            }
        }
        // Family name first (Chinese, Korean names): "Xi" for "Xi Jinping".
        let by_head: Vec<usize> = unique(
            people
                .iter()
                .filter(|(w, _)| {
                    w.len() > words.len()
                        && w.starts_with(&words)
                        && words.len() == 1
                        && w.len() <= 3
                })
                .map(|(_, i)| *i)
                .collect(),
        );
        (by_head.len() == 1).then(|| by_head[0])
    };
    // Where each anchor is first named in full.
    let mut first_full: HashMap<usize, (usize, usize)> = HashMap::new();
    for &(e, at) in &named_at {
        let first = first_full.entry(e).or_insert(at);
        *first = (*first).min(at);
    }
    let anchor_surnames: Vec<(usize, String)> = people
        .iter()
        .filter_map(|(w, i)| w.last().map(|last| (*i, last.clone())))
        .collect();
    // A one-word name used with a title, before the article names in full the only
    // person it fits, when that person is never given the title, is someone else:
    // "President Reagan" in the lead, "Nancy Reagan" later; "President Clinton", then "his
    // wife, Hillary Rodham Clinton". Not "Prime Minister Sharif", then "Prime Minister
    // Shehbaz Sharif", nor a short name without a title (nothing says two people). (A
    // name the article has already given a short-name entity matches that exactly, so is
    // not asked; surnames only: a given name after a royal rank, "King Hussein", or a
    // family name written first, "Xi", is matched otherwise.)
    let named_later = |i: usize, name: &str, (si, m): (usize, &Mention), royal: bool| {
        let s = &sentences[si];
        let Some(title) = title_head_before(s, m.first_token, gaz) else {
            return false;
        };
        if titled
            .iter()
            .any(|&(e, t)| e == i && title_head(t) == title)
        {
            return false;
        }
        let at = (si, m.start);
        let words = name_words(name);
        let surname = |e: usize| {
            anchor_surnames
                .iter()
                .any(|(a, w)| *a == e && Some(w) == words.last())
        };
        !royal
            && words.len() == 1
            && surname(i)
            && first_full.get(&i).is_some_and(|&first| first > at)
    };
    // "President Ortega", with President Daniel Ortega and Defense Minister Humberto
    // Ortega both named in full: of the people a surname fits, the one the article gave
    // the very title that stands before it ("Foreign Minister Singh" is not "Prime
    // Minister Manmohan Singh"), if only one.
    let by_title = |name: &str, people: &[(Vec<String>, usize)], (si, m): (usize, &Mention)| {
        let title = title_before(&sentences[si], m.first_token, gaz)?;
        let words = name_words(name);
        if words.len() != 1 {
            return None;
        }
        let fits = ending_in(people, &words);
        let titled_so: Vec<usize> = fits
            .iter()
            .copied()
            .filter(|&i| titled.iter().any(|&(e, t)| e == i && t == title))
            .collect();
        (fits.len() > 1 && titled_so.len() == 1).then(|| titled_so[0])
    };
    // Short names that stand for someone other than the full names they fit.
    let mut short_only: Vec<usize> = Vec::new();
    let mut links = Vec::with_capacity(sentences.len());
    let mut spellings = PlaceSpellings::default();
    for (si, s) in sentences.iter().enumerate() {
        let mut row = Vec::with_capacity(s.mentions.len());
        for m in &s.mentions {
            // ("Crown Prince Mohammed": a rank anywhere before the name's last word.)
            let royal = m
                .text
                .split_whitespace()
                .rev()
                .skip(1)
                .any(|w| ROYAL_RANKS.contains(&w))
                || (m.first_token > 0 && ROYAL_RANKS.contains(&s.tok(m.first_token - 1)));
            let linked = match m.kind {
                // "met Xi at the White House", "talks in the Kremlin": the building.
                MentionKind::Entity(e) if gaz.is_seat(e) && names_the_building(s, m) => {
                    let i = b.intern(EntityKind::Place, normalize_key(&m.text), &m.text);
                    b.entities[i].subkind.get_or_insert_with(|| "venue".into());
                    if b.entities[i].located_in.is_none() {
                        let country = gaz.entries[e]
                            .country
                            .as_deref()
                            .and_then(|c| gaz.country(c));
                        b.entities[i].located_in = country.map(|c| b.intern_entry(c));
                    }
                    Some(i)
                }
                MentionKind::Entity(e) | MentionKind::Demonym(e) => {
                    let i = match gaz.entries[e].kind {
                        EntityKind::Person => match by_title(&m.text, &people, (si, m))
                            .or_else(|| find_person(&m.text, &people, royal))
                        {
                            Some(i)
                                if named_later(i, &m.text, (si, m), royal)
                                    && b.entities[i].key != gaz.entries[e].key =>
                            {
                                someone_else(
                                    &mut b,
                                    &mut people,
                                    &mut short_only,
                                    &m.text,
                                    i,
                                    Some(e),
                                )
                            }
                            Some(i) => i,
                            None => b.intern_entry(e),
                        },
                        // "Hashimoto said", after "Ryutaro Hashimoto": a person the article
                        // named in full outweighs a generated town of the same name.
                        _ if gaz.is_town(e) && matches!(m.kind, MentionKind::Entity(_)) => {
                            find_person(&m.text, &people, royal)
                                .unwrap_or_else(|| b.intern_entry(e))
                        }
                        _ => b.intern_entry(e),
                    };
                    Some(i)
                }
                MentionKind::Surname(e) => Some(
                    match by_title(&m.text, &people, (si, m))
                        .or_else(|| find_person(&m.text, &people, royal))
                    {
                        Some(i)
                            if named_later(i, &m.text, (si, m), royal)
                                && b.entities[i].key != gaz.entries[e].key =>
                        {
                            someone_else(&mut b, &mut people, &mut short_only, &m.text, i, Some(e))
                        }
                        Some(i) => i,
                        None => b.intern_entry(e),
                    },
                ),
                MentionKind::Person { strong } => {
                    let name = clean_person_name(&m.text, gaz);
                    // "Mrs. Reagan" is not the "President Reagan" named before her in full.
                    // (The honorific may stand outside the mention, its period a token.)
                    let before = (m.first_token.saturating_sub(2)..m.first_token).map(|t| s.tok(t));
                    let female = m
                        .text
                        .split_whitespace()
                        .next()
                        .into_iter()
                        .chain(before)
                        .any(|w| FEMALE_HONORIFICS.contains(&w.trim_end_matches('.')));
                    let found = if female && !short_only.is_empty() {
                        let others: Vec<(Vec<String>, usize)> = people
                            .iter()
                            .filter(|(_, i)| !short_only.contains(i))
                            .cloned()
                            .collect();
                        find_person(&name, &others, royal)
                    } else {
                        by_title(&name, &people, (si, m))
                            .or_else(|| find_person(&name, &people, royal))
                    };
                    match found {
                        // (Not a name unsure to be a person's, nor a woman's: "Mrs. Reagan".)
                        Some(i) if strong && !female && named_later(i, &name, (si, m), royal) => {
                            Some(someone_else(
                                &mut b,
                                &mut people,
                                &mut short_only,
                                &name,
                                i,
                                None,
                            ))
                        }
                        Some(i) => Some(i),
                        None if strong => {
                            let i = b.intern(
                                EntityKind::Person,
                                person_key(&name),
                                &canonical_person(&name),
                            );
                            let words = canonical_person(&name)
                                .split_whitespace()
                                .map(fold)
                                .collect();
                            if !people.iter().any(|(_, j)| *j == i) {
                                people.push((words, i));
                            }
                            Some(i)
                        }
                        None => None,
                    }
                }
                MentionKind::Venue | MentionKind::Town => {
                    let i = b.intern(EntityKind::Place, normalize_key(&m.text), &m.text);
                    let kind = if m.kind == MentionKind::Venue {
                        "venue"
                    } else {
                        "town"
                    };
                    b.entities[i].subkind.get_or_insert_with(|| kind.into());
                    Some(i)
                }
                MentionKind::Organization => {
                    Some(b.intern(EntityKind::Organization, normalize_key(&m.text), &m.text))
                }
                MentionKind::Title { .. } | MentionKind::Status(_) => None,
            };
            if let Some(i) = linked {
                let surface = match m.kind {
                    MentionKind::Person { .. } | MentionKind::Surname(_) => {
                        clean_person_name(&m.text, gaz)
                    }
                    _ => m.text.clone(),
                };
                // Headline capitals are not a name's spelling.
                if !s.sentence.all_caps {
                    if b.entities[i].kind == EntityKind::Place {
                        let surface = surface.trim();
                        if surface == b.entities[i].label {
                            spellings.label_written.insert(i);
                        }
                        // ("Peking University", "the Bombay Stock Exchange": a longer
                        // name's first words spell that name, not the city.)
                        let inside_a_name = s.tokens.get(m.last_token).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && t.text(&s.sentence.text).starts_with(char::is_uppercase)
                        });
                        if !inside_a_name {
                            spellings
                                .alone
                                .entry(i)
                                .or_default()
                                .push(surface.to_string());
                        }
                    }
                    b.add_surface(i, &surface);
                }
            }
            row.push(linked);
        }
        links.push(row);
    }
    Resolution {
        entities: b.entities,
        links,
        spellings,
    }
}

/// A place the article names only in another spelling than the gazetteer's ("Peking",
/// "Kiev", "Naypyitaw", "North Kordofan" matched as a variant) is labelled as the article
/// writes it, the gazetteer's name kept as an alternative label: the label is what a
/// reader of this article looks for, and the IRI still joins the spellings across
/// articles. Descriptions ("the Indian capital", "Beirut port") never become labels.
fn label_places_as_written(
    entities: &mut [Entity],
    spellings: &PlaceSpellings,
    headline: Option<&str>,
) {
    let headline = headline.map(|h| format!(" {} ", fold(h)));
    for (i, e) in entities.iter_mut().enumerate() {
        if e.kind != EntityKind::Place || spellings.label_written.contains(&i) {
            continue;
        }
        // (A headline in title case spells names as the body does.)
        if headline
            .as_ref()
            .is_some_and(|h| h.contains(&format!(" {} ", fold(&e.label))))
        {
            continue;
        }
        let Some(written) = spellings
            .alone
            .get(&i)
            .and_then(|names| names.iter().find(|a| is_proper_name(a)))
        else {
            continue;
        };
        let canonical = std::mem::replace(&mut e.label, written.clone());
        e.alt_labels.retain(|a| a != written);
        e.alt_labels.insert(0, canonical);
    }
}

/// Every word capitalized, but for particles ("Gaza Strip", "Port of Spain", "Dar
/// es Salaam"): a name, not a description.
fn is_proper_name(surface: &str) -> bool {
    // ("Pakistan-administered Kashmir" is a description: each part of a hyphenated word
    // counts.)
    surface
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || matches!(
                    w,
                    "of" | "de"
                        | "del"
                        | "la"
                        | "le"
                        | "es"
                        | "al"
                        | "el"
                        | "du"
                        | "des"
                        | "da"
                        | "do"
                        | "dos"
                        | "on"
                        | "upon"
                        | "am"
                        | "an"
                        | "der"
                        | "sur"
                )
        })
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;
    use crate::recognize::recognize;
    use crate::text::segment;

    /// The labels and alternative labels of the entities of `kind` in `text`, after the
    /// article's own spellings are applied.
    fn labelled(text: &str, kind: crate::ir::EntityKind) -> Vec<(String, Vec<String>)> {
        let g = Gazetteer::builtin().unwrap();
        let mut ss: Vec<_> = segment(text)
            .into_iter()
            .map(|s| recognize(s, &g))
            .collect();
        let mut res = super::resolve(&mut ss, &g);
        res.label_as_written(None);
        res.entities
            .into_iter()
            .filter(|e| e.kind == kind)
            .map(|e| (e.label, e.alt_labels))
            .collect()
    }

    fn entities(text: &str) -> Vec<(String, Vec<String>)> {
        labelled(text, crate::ir::EntityKind::Person)
    }

    #[test]
    fn a_historical_leader_is_known_by_an_older_spelling_and_by_the_surname_alone() {
        // (Gazetteer rows: the name, its spellings, the surname for later mentions.)
        let got = entities(
            "Premier Chou En-lai received the visitors in Peking.\n\nGorbachev said little.",
        );
        let labels: Vec<&str> = got.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["Zhou Enlai", "Mikhail Gorbachev"], "{got:?}");
    }

    #[test]
    fn surnames_and_initials_join_the_full_name() {
        let got = entities("Russian Foreign Minister Sergey V. Lavrov arrived on Monday.\n\nMr. Lavrov met Mauro Vieira.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Sergey Lavrov");
        assert!(
            got[0].1.contains(&"Lavrov".to_string())
                && got[0].1.contains(&"Sergey V. Lavrov".to_string())
        );
    }

    #[test]
    fn a_surname_two_full_names_share_is_the_first_named() {
        let got = entities("Secretary of State Hillary Rodham Clinton arrived in Pristina.\n\nThe accord was reached under then-President Bill Clinton, her husband.\n\nClinton flies to Brussels on Thursday.");
        let hillary = got
            .iter()
            .find(|e| e.0 == "Hillary Clinton")
            .expect("Hillary Clinton");
        assert!(hillary.1.contains(&"Clinton".to_string()), "{got:?}");
        let bill = got
            .iter()
            .find(|e| e.0 == "Bill Clinton")
            .expect("Bill Clinton");
        assert!(!bill.1.contains(&"Clinton".to_string()), "{got:?}");
    }

    #[test]
    fn a_surname_after_a_title_is_the_one_of_that_surname_given_the_title() {
        let got = entities("Defense Minister Humberto Ortega, brother of President Daniel Ortega, signed the accord.\n\nPresident Ortega later called the agreement a victory.");
        let daniel = got
            .iter()
            .find(|e| e.0 == "Daniel Ortega")
            .expect("Daniel Ortega");
        assert!(
            daniel.1.contains(&"President Ortega".to_string())
                || daniel.1.contains(&"Ortega".to_string()),
            "{got:?}"
        );
        let humberto = got
            .iter()
            .find(|e| e.0 == "Humberto Ortega")
            .expect("Humberto Ortega");
        assert!(
            !humberto
                .1
                .iter()
                .any(|a| a.contains("Ortega") && !a.contains("Humberto")),
            "{got:?}"
        );
    }

    #[test]
    fn a_surname_used_before_the_only_full_name_it_fits_is_someone_else() {
        // Not in the gazetteer: a person known by the surname alone, and "Mrs. Reagan"
        // is still the wife named in full.
        let got = entities("President Chiluba arrived in Geneva on Saturday.\n\nOn Wednesday the President and Vera Chiluba hosted a dinner. Mrs. Chiluba had invited Raisa Gorbachev to tea.\n\nChiluba said the talks went well.");
        assert!(got.iter().any(|e| e.0 == "Chiluba"), "{got:?}");
        let vera = got
            .iter()
            .find(|e| e.0 == "Vera Chiluba")
            .expect("Vera Chiluba");
        // (Her one short form is the "Mrs. Chiluba" of the honorific.)
        assert_eq!(vera.1, vec!["Chiluba".to_string()], "{got:?}");
        // In the gazetteer: the other person of that surname.
        let got = entities("President Clinton arrived in Dakar on Tuesday.\n\nClinton and his wife, Hillary Rodham Clinton, toured the slave house.\n\nLater Clinton met President Abdou Diouf.");
        let bill = got
            .iter()
            .find(|e| e.0 == "Bill Clinton")
            .expect("Bill Clinton");
        assert!(bill.1.contains(&"Clinton".to_string()), "{got:?}");
        // The same title before both names is one person ("Prime Minister Sharif", then
        // "Prime Minister Shehbaz Sharif"), not the gazetteer's other Sharif.
        let got = entities("Prime Minister Sharif arrived in Ankara on Tuesday.\n\nPrime Minister Shehbaz Sharif held talks with President Erdogan.");
        assert!(got.iter().all(|e| e.0 != "Nawaz Sharif"), "{got:?}");
        // A guard (it passes without the rule too): a gazetteer person named first by
        // title and surname stays one person.
        let got =
            entities("President Trump called off the summit.\n\nDonald Trump wrote a letter.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn family_name_first_surnames_join_too() {
        let got = entities(
            "Chinese President Xi Jinping arrived in Moscow.\n\nXi met his host on Tuesday.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains(&"Xi".to_string()), "{got:?}");
    }

    #[test]
    fn an_arab_name_joins_by_its_given_name_after_an_honorific() {
        let got = entities(
            "Bahrain's Foreign Minister Sheikh Khalid bin Ahmed al-Khalifa arrived in Cairo.\n\nSheikh Khalid met his Egyptian counterpart on Tuesday.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains(&"Khalid".to_string()), "{got:?}");
    }

    #[test]
    fn a_surname_in_the_article_spelling_joins_a_gazetteer_name_spelled_otherwise() {
        let got = entities(
            "Turkmen President Serdar Berdimuhamedov and Tajik President Emomali Rahmon arrived in Xian.\n\nXi Jinping met separately with Rahmon and Berdimuhamedov.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        let turkmen = got
            .iter()
            .find(|e| e.0.starts_with("Serdar"))
            .expect("Serdar");
        assert!(turkmen.1.contains(&"Berdimuhamedov".to_string()), "{got:?}");
    }

    fn places(text: &str) -> Vec<(String, Vec<String>)> {
        labelled(text, crate::ir::EntityKind::Place)
    }

    #[test]
    fn a_place_written_only_in_an_older_spelling_is_labelled_as_written() {
        let got = places("Nixon arrived in Peking on Monday.\n\nHe flew on to Saigon.");
        let peking = got.iter().find(|p| p.0 == "Peking").expect("Peking");
        assert!(peking.1.contains(&"Beijing".to_string()), "{got:?}");
        assert!(got.iter().any(|p| p.0 == "Saigon"), "{got:?}");
        // The gazetteer's name, once written, stays the label.
        let got = places("Nixon arrived in Peking.\n\nBeijing later changed its name.");
        assert!(got.iter().any(|p| p.0 == "Beijing"), "{got:?}");
        // A description never becomes a label, nor does a longer name's first word.
        let got = places("Wen arrived in the Indian capital on Monday.");
        assert!(got.iter().any(|p| p.0 == "New Delhi"), "{got:?}");
        let got = places("Wang Yi addressed students at Peking University on Monday.");
        assert!(!got.iter().any(|p| p.0 == "Peking"), "{got:?}");
    }
}
