//! Extraction speed, per article and per stage, on the fixture articles.
//! `cargo bench --bench extract`; figures in README ("Speed").

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use diplograph::events::{extract_events, EventContext, Rosters};
use diplograph::ir::Article;
use diplograph::pipeline::Extractor;
use diplograph::positions::extract_positions;
use diplograph::quotes::QuoteMap;
use diplograph::recognize::recognize;
use diplograph::resolve::resolve;
use diplograph::text::segment;
use std::hint::black_box;

fn articles() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dev");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            diplograph::read::parse_text_article(&std::fs::read_to_string(p).unwrap(), "bench")
                .unwrap()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new(&[]).unwrap();
    let gaz = &extractor.gazetteer;
    let articles = articles();
    let sentences: usize = articles.iter().map(|a| segment(&a.text).len()).sum();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();

    let mut g = c.benchmark_group("whole pipeline");
    g.throughput(Throughput::Elements(sentences as u64));
    g.bench_function("extract the dev articles (per sentence)", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| black_box(extractor.extract(a)).events.len())
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("extract the dev articles (per byte)", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| black_box(extractor.extract(a)).events.len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Elements(sentences as u64));
    g.bench_function("segment", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| segment(&a.text).len())
                .sum::<usize>()
        })
    });
    let segmented: Vec<_> = articles.iter().map(|a| segment(&a.text)).collect();
    g.bench_function("recognize", |b| {
        b.iter(|| {
            segmented
                .iter()
                .flatten()
                .map(|s| recognize(s.clone(), gaz).mentions.len())
                .sum::<usize>()
        })
    });
    let recognized: Vec<Vec<_>> = segmented
        .iter()
        .map(|ss| ss.iter().map(|s| recognize(s.clone(), gaz)).collect())
        .collect();
    g.bench_function("resolve", |b| {
        b.iter(|| {
            recognized
                .iter()
                .map(|ss| {
                    let mut ss = ss.clone();
                    resolve(&mut ss, gaz).entities.len()
                })
                .sum::<usize>()
        })
    });
    let resolved: Vec<_> = recognized
        .iter()
        .map(|ss| {
            let mut ss = ss.clone();
            let res = resolve(&mut ss, gaz);
            (ss, res)
        })
        .collect();
    g.bench_function("positions", |b| {
        b.iter(|| {
            resolved
                .iter()
                .map(|(ss, res)| extract_positions(ss, res, gaz).positions.len())
                .sum::<usize>()
        })
    });
    g.bench_function("events", |b| {
        b.iter(|| {
            resolved
                .iter()
                .map(|(ss, res)| {
                    let facts = extract_positions(ss, res, gaz);
                    let quotes = QuoteMap::new(ss);
                    let rosters = Rosters::of(ss, res, &facts);
                    let cx = EventContext {
                        rosters: &rosters,
                        sentences: ss,
                        res,
                        facts: &facts,
                        gaz,
                        quotes: &quotes,
                        published: None,
                        dateline: None,
                        dateline_end: 0,
                    };
                    extract_events(&cx, &extractor.triggers).len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
