//! Property tests: hostile names give valid IRIs and literals in every export format,
//! and random input never panics the pipeline.

use diplograph::ir::{Article, ArticleInfo, Entity, EntityKind, Event, EventClass, Extraction};
use diplograph::names::normalize_key;
use diplograph::network::{dot_escape, xml_escape};
use diplograph::pipeline::Extractor;
use diplograph::rdf::{to_quads, Minter};
use diplograph::store::{rdf_format, GraphStore};
use oxigraph::io::RdfParser;
use proptest::prelude::*;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&[]).unwrap());

/// Names with the characters that break naive writers.
fn hostile_name() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("\"".to_string()),
            Just("\\".to_string()),
            Just("{}".to_string()),
            Just("<>".to_string()),
            Just("'".to_string()),
            Just("😀".to_string()),
            Just("محمد".to_string()),
            Just("王毅".to_string()),
            Just("\u{202E}".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("bin".to_string()),
            "[A-Za-z]{1,8}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        1..8,
    )
    .prop_map(|parts| parts.concat())
}

fn extraction(a: &str, b: &str, url: Option<String>) -> Extraction {
    let entity = |label: &str, kind| Entity {
        kind,
        key: normalize_key(label),
        label: label.to_string(),
        alt_labels: vec![format!("{label}’s")],
        country_code: None,
        wikidata: None,
        located_in: None,
        subkind: None,
    };
    Extraction {
        article: ArticleInfo {
            key: url.clone().unwrap_or_else(|| "sha256:x".into()),
            headline: Some(format!("{a} met {b}")),
            date_published: Some("2024-11-25".into()),
            url,
            publisher: Some(1),
            contributors: vec![],
            origin: "test".into(),
            sentences: 1,
        },
        entities: vec![
            entity(a, EntityKind::Person),
            entity(b, EntityKind::Organization),
        ],
        positions: vec![],
        memberships: vec![],
        events: vec![Event {
            class: EventClass::Meeting,
            cameo: "040".into(),
            plover: "CONSULT".into(),
            trigger: "met".into(),
            participants: vec![0, 1],
            sources: vec![],
            targets: vec![],
            speaker: None,
            addressee: None,
            quote: Some(format!("“{a}”")),
            place: None,
            destinations: vec![],
            date: None,
            modality: None,
            reported_by: None,
            evidence: format!("{a} met {b}."),
            sentence: 0,
        }],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn hostile_names_round_trip_through_every_rdf_format(a in hostile_name(), b in hostile_name(), url in proptest::option::of("https://example\\.com/[a-z{}|\\\\ <>\"]{0,12}")) {
        let minter = Minter::new("https://w3id.org/diplograph/id/").unwrap();
        let (graph, quads) = to_quads(&extraction(&a, &b, url), &minter);
        let store = GraphStore::in_memory().unwrap();
        store.replace_graph(&graph, &quads).unwrap();
        for name in ["turtle", "trig", "nquads", "ntriples", "rdfxml", "jsonld"] {
            let format = rdf_format(name).unwrap();
            let mut out = Vec::new();
            store.export(format, Some(&graph), &mut out).unwrap();
            let parsed: Result<Vec<_>, _> = RdfParser::from_format(format).for_slice(&out).collect();
            let parsed = parsed.unwrap_or_else(|e| panic!("{name} does not re-parse: {e}\n{}", String::from_utf8_lossy(&out)));
            prop_assert_eq!(parsed.len(), quads.len(), "{}", name);
        }
    }

    #[test]
    fn escaped_labels_are_valid_dot_strings_and_xml(s in hostile_name()) {
        let d = dot_escape(&s);
        // Every quote inside a DOT string is escaped, and no newline survives.
        let mut escaped = false;
        for c in d.chars() {
            prop_assert!(c != '\n');
            if c == '"' { prop_assert!(escaped); }
            escaped = c == '\\' && !escaped;
        }
        prop_assert!(!escaped, "a trailing backslash would escape the closing quote");
        let xml = format!("<a x=\"{}\">{}</a>", xml_escape(&s), xml_escape(&s));
        prop_assert!(roxmltree::Document::parse(&xml).is_ok(), "{}", xml);
    }

    #[test]
    fn random_text_never_panics_the_pipeline(text in "\\PC{0,400}", bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        for body in [text.clone(), String::from_utf8_lossy(&bytes).into_owned()] {
            if let Ok(article) = diplograph::read::parse_text_article(&body, "prop.txt") {
                let x = EXTRACTOR.extract(&article);
                let _ = to_quads(&x, &Minter::new("https://w3id.org/diplograph/id/").unwrap());
            }
        }
    }

    #[test]
    fn article_shaped_text_never_panics(words in proptest::collection::vec(prop_oneof![
        Just("President".to_string()), Just("said".to_string()), Just("met".to_string()), Just("“".to_string()),
        Just("”".to_string()), Just("the".to_string()), Just("former".to_string()), Just("Russian".to_string()),
        Just("in".to_string()), Just("Paris".to_string()), Just(",".to_string()), Just(".".to_string()),
        Just("next week".to_string()), Just("on Thursday".to_string()), Just("his".to_string()), Just("counterpart".to_string()),
        Just("officials".to_string()), Just("ex-".to_string()), Just("-elect".to_string()), Just("Mr.".to_string()),
        "[A-Z][a-z]{1,7}",
    ], 0..60)) {
        let article = Article { text: words.join(" "), date: Some("2024-11-25".into()), ..Article::default() };
        if !article.text.trim().is_empty() {
            let _ = EXTRACTOR.extract(&article);
        }
    }
}
