//! One article through every stage, in the order data flows: segment -> recognize ->
//! resolve -> positions -> events. The [`Extractor`] holds what is built once per run
//! (gazetteer automaton, trigger patterns) and is shared by every article and thread.

use crate::dates::parse_publication_date;
use crate::events::{extract_events, EventContext, Rosters, Triggers};
use crate::gazetteer::{Gazetteer, Sense};
use crate::ir::{Article, ArticleInfo, EntityKind, Extraction};
use crate::names::{normalize_key, title_case};
use crate::positions::{extract_positions, resolve_title_refs};
use crate::quotes::QuoteMap;
use crate::recognize::{recognize, Analysed};
use crate::resolve::resolve;
use crate::text::segment;
use anyhow::Result;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::LazyLock;

/// Everything compiled once per run.
#[derive(Debug)]
pub struct Extractor {
    /// Gazetteers and lexicons.
    pub gazetteer: Gazetteer,
    /// Event trigger patterns.
    pub triggers: Triggers,
}

impl Extractor {
    /// Loads the built-in data plus the user's gazetteer files.
    pub fn new(extra_gazetteers: &[&Path]) -> Result<Self> {
        Ok(Self {
            gazetteer: Gazetteer::load(extra_gazetteers)?,
            triggers: Triggers::builtin()?,
        })
    }

    /// Runs every stage on one article.
    pub fn extract(&self, article: &Article) -> Extraction {
        let gaz = &self.gazetteer;
        let mut sentences: Vec<Analysed> = segment(&article.text)
            .into_iter()
            .map(|s| recognize(s, gaz))
            .collect();
        let mut res = resolve(&mut sentences, gaz);
        let mut facts = extract_positions(&sentences, &res, gaz);
        let (links, learned) = resolve_title_refs(&sentences, &res, &facts, gaz);
        for (s, m, person) in links {
            res.links[s][m] = Some(person);
        }
        // (Posts only inferred, not stated: they find people, but are not output.)
        facts.implied.extend(learned);
        let quotes = QuoteMap::new(&sentences);
        let dateline = read_dateline(&article.text, gaz);
        let dateline_end = dateline.as_ref().map_or(0, |d| d.end);
        let dateline = dateline.map(|d| match d.city {
            DatelineCity::Known(e) => res.intern_entry(gaz, e),
            DatelineCity::Unknown(name) => {
                let i = res.intern(gaz, EntityKind::Place, normalize_key(&name), &name);
                res.entities[i].subkind.get_or_insert_with(|| "town".into());
                i
            }
        });
        let published = article.date.as_deref().and_then(parse_publication_date);
        let rosters = Rosters::of(&sentences, &res, &facts);
        let cx = EventContext {
            rosters: &rosters,
            sentences: &sentences,
            res: &res,
            facts: &facts,
            gaz,
            quotes: &quotes,
            published,
            dateline,
            dateline_end,
        };
        let events = extract_events(&cx, &self.triggers);
        let publisher = article
            .source
            .as_deref()
            .map(|name| outlet(&mut res, gaz, name));
        let contributors = contributor_names(&article.text)
            .into_iter()
            .map(|name| outlet(&mut res, gaz, &name))
            .collect();
        res.label_as_written(article.title.as_deref());
        Extraction {
            article: ArticleInfo {
                key: article_key(article),
                headline: article.title.clone(),
                date_published: article.date.clone(),
                url: article.url.clone(),
                publisher,
                contributors,
                origin: article.origin.clone(),
                sentences: sentences.len(),
            },
            entities: res.entities,
            positions: facts.positions,
            memberships: facts.memberships,
            events,
        }
    }
}

/// The article's identity: its URL, or a hash of its content when it has none.
pub fn article_key(article: &Article) -> String {
    match &article.url {
        Some(url) => url.clone(),
        None => {
            let mut h = Sha256::new();
            for part in [&article.title, &article.date, &article.source] {
                h.update(part.as_deref().unwrap_or("").as_bytes());
                h.update([0]);
            }
            h.update(article.text.as_bytes());
            let digest = h.finalize();
            let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
            format!("sha256:{hex}")
        }
    }
}

/// The outlet entity for a name: the gazetteer's when it knows it, else a new one.
fn outlet(res: &mut crate::resolve::Resolution, gaz: &Gazetteer, name: &str) -> usize {
    let hit = gaz
        .find(name, false)
        .into_iter()
        .find(|h| h.start == 0 && h.end == name.len() && matches!(h.sense, Sense::Name(_)));
    if let Some(crate::gazetteer::Hit {
        sense: Sense::Name(e),
        ..
    }) = hit
    {
        return res.intern_entry(gaz, e);
    }
    let i = res.intern(gaz, EntityKind::Organization, normalize_key(name), name);
    res.entities[i]
        .subkind
        .get_or_insert_with(|| "media".into());
    i
}

/// The city a dateline names.
#[derive(Debug, PartialEq)]
enum DatelineCity {
    /// A gazetteer entry (place or country).
    Known(usize),
    /// A town the gazetteer lacks, in capitals with a date or a credit after it:
    /// "MARSAXLOKK, Malta, Dec 3 (Reuters) -".
    Unknown(String),
}

/// A dateline: its city and the byte offset where the story proper begins.
#[derive(Debug)]
struct Dateline {
    city: DatelineCity,
    end: usize,
}

/// "KABUL, Afghanistan (AP) —", "BEIJING, April 18 (Xinhua) --", "MOSCOW:", and in
/// title case when a date or a wire credit follows: "New Delhi, Sep 10 (PTI)",
/// "Washington (AFP) -", "Samarkand (Uzbekistan), Sep 16 (PTI)".
fn read_dateline(text: &str, gaz: &Gazetteer) -> Option<Dateline> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?P<city>\p{Lu}[\p{L}.'/\- ]{1,40}?)(?:\s*(?P<region>\([^)]{1,30}\)))?",
            r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Za-z.]+)?)?",
            // "April 18", "Oct. 9", "5 March", "20th July, 2018"; "NAYPYITAW, Aug. 10 Kyodo - ":
            // some wires credit themselves bare, after the date.
            r"(?:(?P<date>,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)(?:\s+\p{Lu}\p{L}{2,20})?)?\s*",
            // ("Guatemala City, Aug 7 (EFE).- ": Spanish wires put a stop before the dash.)
            r"(?:(?P<credit>\([^)]{1,40}\))\.?\s*(?:—|–|--|-|:)?|(?:—|–|--|-|:))\s"
        ))
        .unwrap()
    });
    // Byline lines above the dateline ("By Jane Doe", "From Our Special Correspondent").
    let byline = |l: &str| {
        (l.starts_with("By ") || l.starts_with("From "))
            && l.split_whitespace().count() <= 8
            && !l.ends_with(['.', '"', '”'])
            && !l.contains(" — ")
    };
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty() && !byline(l.trim()))?;
    let caps = DATELINE.captures(first)?;
    let city = caps.name("city")?.as_str().trim();
    let capitals = city
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let dated = ["date", "credit", "region"]
        .iter()
        .any(|g| caps.name(g).is_some());
    if !capitals && !dated {
        return None;
    }
    // The automaton folds ASCII case only: "BRASÍLIA" is looked up as "Brasília".
    let city = title_case(city);
    let known = gaz
        .find(&city, true)
        .into_iter()
        // In title case the whole run must be the place ("Moscow Mayor X (right)" is not).
        .filter(|h| capitals || (h.start == 0 && h.end == city.len()))
        .find_map(|h| match h.sense {
            Sense::Name(e)
                if matches!(gaz.entries[e].kind, EntityKind::Place | EntityKind::Country) =>
            {
                Some(e)
            }
            _ => None,
        });
    // ("ANALYSIS (Reuters) -", "UPDATED (10:30 GMT) -" are kickers, not towns.)
    let plain_name = city.split_whitespace().count() <= 5
        && city
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && !city.split_whitespace().any(crate::names::is_not_name)
        && (caps.name("date").is_some() || caps.name("credit").is_some());
    // ("KUWAIT (Reuters) -", "GUATEMALA, May 2 (EFE) -": a country whose capital
    // bears its name stands for that city.)
    let known = known.map(|e| {
        let entry = &gaz.entries[e];
        let capital = (entry.kind == EntityKind::Country)
            .then(|| entry.country.as_deref().and_then(|c| gaz.capital(c)))
            .flatten()
            .filter(|&c| gaz.entries[c].name.starts_with(&format!("{} ", entry.name)));
        capital.unwrap_or(e)
    });
    let city = match known {
        Some(e) => DatelineCity::Known(e),
        // In title case, only with both a date and a wire credit ("Cholpon-Ata, 3
        // September (Kabar) -").
        None if plain_name
            && (capitals || (caps.name("date").is_some() && caps.name("credit").is_some())) =>
        {
            DatelineCity::Unknown(city)
        }
        None => return None,
    };
    Some(Dateline {
        city,
        // (Byte offset in `text`: a byline above the dateline takes no part either.)
        end: (first.as_ptr() as usize - text.as_ptr() as usize)
            + caps.get(0).map_or(0, |m| m.end()),
    })
}

/// Outlets credited at the end of an article: "The Associated Press contributed to this report."
fn contributor_names(text: &str) -> Vec<String> {
    static CONTRIB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)(?:^|\.\s+)(?:The\s+)?([A-Z][\w.&' ]{1,60}?)\s+contributed\s+to\s+(?:this|the)\s+report").unwrap()
    });
    // Only lines with the phrase are searched: the pattern is too general for the
    // regex engine's fast path, and running it over whole articles cost 15% of extraction.
    text.lines()
        .filter(|line| line.contains("contributed"))
        .flat_map(|line| CONTRIB.captures_iter(line))
        .flat_map(|c| {
            c[1].split(" and ")
                .map(|s| s.trim().trim_start_matches("The ").to_string())
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_without_url_get_a_stable_content_key() {
        let a = Article {
            text: "Body.".into(),
            ..Article::default()
        };
        let k1 = article_key(&a);
        assert!(k1.starts_with("sha256:"));
        assert_eq!(k1, article_key(&a.clone()));
        let b = Article {
            text: "Other body.".into(),
            ..Article::default()
        };
        assert_ne!(k1, article_key(&b));
    }

    #[test]
    fn datelines_in_title_case_need_a_date_or_a_wire_credit() {
        let gaz = Gazetteer::load(&[]).unwrap();
        let name = |t: &str| {
            read_dateline(t, &gaz).map(|d| match d.city {
                DatelineCity::Known(e) => gaz.entries[e].name.clone(),
                DatelineCity::Unknown(name) => name,
            })
        };
        assert_eq!(
            name("New Delhi, Sep 10 (PTI) Prime Minister Narendra Modi held talks.").as_deref(),
            Some("New Delhi")
        );
        assert_eq!(
            name("Washington (AFP) - The leaders met.").as_deref(),
            Some("Washington")
        );
        assert_eq!(
            name("Guatemala City, Aug 7 (EFE).- The presidents signed.").as_deref(),
            Some("Guatemala City")
        );
        assert_eq!(name("Moscow Mayor Sergei Sobyanin (right) said so."), None);
        assert_eq!(name("Moscow is cold."), None);
    }

    #[test]
    fn a_wire_may_credit_itself_bare_after_the_date() {
        let gaz = Gazetteer::load(&[]).unwrap();
        let text = "CEBU, Philippines, Jan. 15 Kyodo - Leaders signed a declaration.";
        let d = read_dateline(text, &gaz).unwrap();
        assert_eq!(
            d.city,
            DatelineCity::Known(gaz.by_key(EntityKind::Place, "cebu").unwrap())
        );
        // The credit takes no part in events.
        assert_eq!(d.end, text.find("Leaders").unwrap());
        // Undated, a capitalized word before the dash is part of the town, not a credit.
        let d = read_dateline("BRASÍLIA — The minister arrived.", &gaz).unwrap();
        assert!(matches!(d.city, DatelineCity::Known(_)));
    }

    #[test]
    fn a_byline_above_the_dateline_is_skipped() {
        let gaz = Gazetteer::load(&[]).unwrap();
        let text = "From Our Special Correspondent\nSIMLA, July 3 — The leaders signed.";
        let d = read_dateline(text, &gaz).unwrap();
        assert_eq!(
            d.city,
            DatelineCity::Known(gaz.by_key(EntityKind::Place, "shimla").unwrap())
        );
        assert_eq!(d.end, text.find("The leaders").unwrap());
    }

    #[test]
    fn datelines_in_capitals_with_accents_are_found() {
        let gaz = Gazetteer::load(&[]).unwrap();
        let city = read_dateline("BRASÍLIA — The minister arrived.", &gaz).unwrap();
        assert_eq!(
            city.city,
            DatelineCity::Known(gaz.by_key(EntityKind::Place, "brasilia").unwrap())
        );
        assert_eq!(city.end, "BRASÍLIA — ".len());
        assert_eq!(title_case("SÃO PAULO"), "São Paulo");
    }

    #[test]
    fn a_dateline_country_named_like_its_capital_is_the_capital() {
        let gaz = Gazetteer::load(&[]).unwrap();
        let city = |t: &str| match read_dateline(t, &gaz).unwrap().city {
            DatelineCity::Known(e) => gaz.entries[e].name.clone(),
            DatelineCity::Unknown(name) => name,
        };
        assert_eq!(city("KUWAIT (Reuters) - A summit ended."), "Kuwait City");
        assert_eq!(city("SINGAPORE (Reuters) - A summit ended."), "Singapore");
        // (A country whose capital has another name stays the country.)
        assert_eq!(city("LEBANON (AP) - Talks ended."), "Lebanon");
    }

    #[test]
    fn a_dateline_town_the_gazetteer_lacks_is_still_a_place_when_dated() {
        let gaz = Gazetteer::load(&[]).unwrap();
        let d = read_dateline(
            "MARSAXLOKK, Malta, Dec 3 (Reuters) - The talks ended.",
            &gaz,
        )
        .unwrap();
        assert_eq!(d.city, DatelineCity::Unknown("Marsaxlokk".into()));
        assert_eq!(d.end, "MARSAXLOKK, Malta, Dec 3 (Reuters) - ".len());
        let d =
            read_dateline("ABU DHABI, 20th July, 2018 (WAM) -- The talks ended.", &gaz).unwrap();
        assert_eq!(d.end, "ABU DHABI, 20th July, 2018 (WAM) -- ".len());
        let d = read_dateline("Hanoi, 5 March (VNA) - The talks ended.", &gaz).unwrap();
        assert!(matches!(d.city, DatelineCity::Known(_)));
        // Undated, an unknown word in capitals is no dateline.
        assert!(read_dateline("WARNING: The talks ended.", &gaz).is_none());
        assert!(read_dateline("ANALYSIS (Reuters) - The talks ended.", &gaz).is_none());
        assert_eq!(title_case("SÃO PAULO"), "São Paulo");
    }

    #[test]
    fn a_national_title_finds_the_person_the_gazetteer_says_serves_that_country() {
        let dir = tempfile::tempdir().unwrap();
        let people = dir.path().join("people.tsv");
        std::fs::write(
            &people,
            "name\tvariants\twikidata\tcountry\nAmara Velez\t-\t-\tTUN\n",
        )
        .unwrap();
        let ex = Extractor::new(&[people.as_path()]).unwrap();
        assert_eq!(
            first_speaker(&ex, "President Amara Velez met Italian Prime Minister Giorgia Meloni in Tunis.\n\nThe Tunisian president said his country would not be Europe's border guard."),
            "Amara Velez"
        );
    }

    /// The speaker of the first statement read from `text`.
    fn first_speaker(ex: &Extractor, text: &str) -> String {
        let a = Article {
            date: Some("2024-03-01".into()),
            text: text.into(),
            ..Article::default()
        };
        let x = ex.extract(&a);
        let st = x
            .events
            .iter()
            .find(|e| e.class == crate::ir::EventClass::Statement)
            .expect("a statement");
        x.entities[st.speaker.expect("a speaker")].label.clone()
    }

    #[test]
    fn title_references_point_back_to_the_named_holder() {
        let ex = Extractor::new(&[]).unwrap();
        assert_eq!(
            first_speaker(&ex, "German Chancellor Olaf Scholz arrived in Paris on Monday.\n\n\"We stand together,\" the chancellor told reporters."),
            "Olaf Scholz"
        );
    }

    #[test]
    fn contributors_are_read_from_the_credit_line() {
        assert_eq!(
            contributor_names("Text.\n\nThe Associated Press contributed to this report."),
            vec!["Associated Press"]
        );
    }

    #[test]
    fn a_title_right_before_a_name_is_that_name_s_and_portfolios_are_no_names() {
        let ex = Extractor::new(&[]).unwrap();
        let article = Article {
            text: "The delegation comprised Minister for Finance and Revenue Muhammad Aurangzeb, Minister for Interior Mohsin Naqvi and Minister for Commerce Jam Kamal Khan.".into(),
            ..Article::default()
        };
        let x = ex.extract(&article);
        let posts: Vec<(String, String)> = x
            .positions
            .iter()
            .map(|p| (x.entities[p.holder].label.clone(), p.title.clone()))
            .collect();
        let has = |who: &str, title: &str| posts.iter().any(|(h, t)| h == who && t == title);
        assert!(has("Mohsin Naqvi", "Interior Minister"), "{posts:?}");
        assert!(has("Jam Kamal Khan", "Commerce Minister"), "{posts:?}");
        assert!(!has("Muhammad Aurangzeb", "Interior Minister"), "{posts:?}");
        assert!(!has("Mohsin Naqvi", "Commerce Minister"), "{posts:?}");
        assert!(
            x.entities.iter().any(|e| e.label == "Muhammad Aurangzeb"),
            "{:?}",
            x.entities
        );
    }

    /// The labels of the people extracted from `text`, in order.
    fn people_in(text: &str) -> Vec<String> {
        let ex = Extractor::new(&[]).unwrap();
        let article = Article {
            text: text.into(),
            ..Article::default()
        };
        ex.extract(&article)
            .entities
            .into_iter()
            .filter(|e| e.kind == crate::ir::EntityKind::Person)
            .map(|e| e.label)
            .collect()
    }

    #[test]
    fn a_patronymic_after_a_known_name_is_no_second_person() {
        assert_eq!(
            people_in("The delegations thanked Prince Mohammed bin Salman bin Abdulaziz Al Saud for hosting the talks."),
            ["Mohammed bin Salman"]
        );
    }

    #[test]
    fn a_regnal_number_is_part_of_the_name() {
        assert_eq!(
            people_in("Jordan's King Abdullah II met Pope Benedict XVI in Rome."),
            ["Abdullah II", "Benedict XVI"]
        );
    }
}
