//! Writes a deterministic synthetic corpus of diplomatic news for benchmarks:
//! varied articles (wire stories with datelines, readouts, quote-heavy pieces) built
//! from the gazetteers (people, titles, countries, capitals, outlets, organizations)
//! and the event phrasing the extractor reads. Same seed, same corpus.
//!
//! cargo run --release --example gen_corpus -- --articles 10000 --seed 7 --out /tmp/corpus
//!
//! Output: JSON Lines shards of 1,000 articles (`part-00000.jsonl`, ...).

use diplograph::gazetteer::Gazetteer;
use diplograph::ir::EntityKind;
use std::io::Write;
use std::path::PathBuf;

/// splitmix64: small, fast and reproducible across platforms.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Pools {
    people: Vec<String>,
    countries: Vec<(String, String)>, // (country, alpha3)
    capitals: Vec<(String, String)>,  // (city, alpha3)
    outlets: Vec<String>,
    orgs: Vec<String>,
    titles: Vec<String>,
}

fn pools(g: &Gazetteer) -> Pools {
    let of = |kind: EntityKind, sub: Option<&str>| -> Vec<&diplograph::gazetteer::Entry> {
        g.entries
            .iter()
            .filter(|e| e.kind == kind && sub.is_none_or(|s| e.subkind.as_deref() == Some(s)))
            .collect()
    };
    Pools {
        people: of(EntityKind::Person, None)
            .iter()
            .map(|e| e.name.clone())
            .collect(),
        countries: of(EntityKind::Country, Some("state"))
            .iter()
            .map(|e| (e.name.clone(), e.country.clone().unwrap_or_default()))
            .collect(),
        capitals: of(EntityKind::Place, Some("capital"))
            .iter()
            .map(|e| (e.name.clone(), e.country.clone().unwrap_or_default()))
            .collect(),
        outlets: of(EntityKind::Organization, Some("media"))
            .iter()
            .map(|e| e.name.clone())
            .collect(),
        orgs: of(EntityKind::Organization, Some("igo"))
            .iter()
            .map(|e| e.name.clone())
            .collect(),
        titles: g
            .titles
            .iter()
            .filter(|t| {
                matches!(
                    t.kind.as_str(),
                    "head-of-state" | "head-of-government" | "minister" | "diplomat"
                )
            })
            .map(|t| t.title.clone())
            .collect(),
    }
}

const WEEKDAYS: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const TOPICS: [&str; 8] = [
    "energy cooperation",
    "trade and investment",
    "the security situation in the region",
    "a ceasefire",
    "grain exports",
    "climate finance",
    "the release of detained nationals",
    "visa rules",
];
const QUOTES: [&str; 6] = [
    "We have agreed to deepen our partnership in every field",
    "There can be no military solution to this conflict",
    "Our doors remain open to dialogue, but not to pressure",
    "This is an important step, though much work remains",
    "We expect our partners to respect their commitments",
    "The talks were frank and constructive",
];
const FILLER: [&str; 6] = [
    "Analysts said the talks were unlikely to produce a quick breakthrough.",
    "The ministry did not immediately respond to a request for comment.",
    "Details of the discussions were not made public.",
    "Trade between the two countries has grown steadily over the past decade.",
    "Officials described the atmosphere as cordial.",
    "Both sides are expected to issue a joint statement later in the week.",
];

fn person(r: &mut Rng, p: &Pools) -> (String, String, String) {
    let name = r.pick(&p.people).clone();
    let title = r.pick(&p.titles).clone();
    let (country, _) = r.pick(&p.countries).clone();
    (name, title, country)
}

fn sentence(r: &mut Rng, p: &Pools, host_city: &str) -> String {
    let (a, ta, ca) = person(r, p);
    let (b, tb, cb) = person(r, p);
    let day = r.pick(&WEEKDAYS);
    let topic = r.pick(&TOPICS);
    let (city, _) = r.pick(&p.capitals).clone();
    let (c1, _) = r.pick(&p.countries).clone();
    let (c2, _) = r.pick(&p.countries).clone();
    match r.below(12) {
        0 => format!(
            "{ca}'s {ta} {a} met {tb} {b} of {cb} in {host_city} on {day} to discuss {topic}."
        ),
        1 => format!("{a} and {b} held talks in {city} on {day}, focusing on {topic}."),
        2 => format!("“{},” {a} told {}.", r.pick(&QUOTES), r.pick(&p.outlets)),
        3 => format!(
            "{ta} {a} said {c1} would press ahead with {topic} despite objections from {c2}."
        ),
        4 => format!("{c1} imposed new sanctions on {c2} on {day}, citing {topic}."),
        5 => format!(
            "{a} will visit {city} next week for a summit of {} leaders.",
            r.pick(&p.orgs)
        ),
        6 => format!("{c1} accused {c2} of violating an agreement on {topic}."),
        7 => format!("Forces from {c1} shelled positions near {city} on {day}, officials said."),
        8 => format!("{a} spoke by phone with {tb} {b} on {day} about {topic}."),
        9 => format!("The two sides signed an agreement on {topic} in {host_city}."),
        10 => format!("{ta} {a}, who arrived in {city} on {day}, urged {c2} to return to talks."),
        _ => r.pick(&FILLER).to_string(),
    }
}

fn article(r: &mut Rng, p: &Pools, n: usize) -> serde_json::Value {
    let (host_city, _) = r.pick(&p.capitals).clone();
    let outlet = r.pick(&p.outlets).clone();
    let year = 2005 + r.below(20);
    let (month, day) = (1 + r.below(12), 1 + r.below(28));
    let mut paragraphs = Vec::new();
    let opening = sentence(r, p, &host_city);
    paragraphs.push(match r.below(3) {
        0 => format!("{} ({outlet}) — {opening}", host_city.to_uppercase()),
        1 => format!("{}: {opening}", host_city.to_uppercase()),
        _ => opening,
    });
    // About 2.5 KB: 14 to 20 sentences in paragraphs of one to three.
    let sentences = 14 + r.below(7);
    let mut written = 1;
    while written < sentences {
        let k = (1 + r.below(3)).min(sentences - written);
        let para: Vec<String> = (0..k).map(|_| sentence(r, p, &host_city)).collect();
        paragraphs.push(para.join(" "));
        written += k;
    }
    let (a, _, _) = person(r, p);
    serde_json::json!({
        "title": format!("{a} holds talks in {host_city}"),
        "date": format!("{year:04}-{month:02}-{day:02}"),
        "source": outlet,
        "url": format!("https://bench.example/{year}/{n:07}"),
        "text": paragraphs.join("\n\n"),
    })
}

fn main() -> anyhow::Result<()> {
    let mut articles = 1000usize;
    let mut seed = 1u64;
    let mut out = PathBuf::from("corpus");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{a} needs a value"))
        };
        match a.as_str() {
            "--articles" => articles = value()?.parse()?,
            "--seed" => seed = value()?.parse()?,
            "--out" => out = PathBuf::from(value()?),
            other => anyhow::bail!("unknown argument {other}; use --articles N --seed S --out DIR"),
        }
    }
    let gaz = Gazetteer::builtin()?;
    let p = pools(&gaz);
    let mut rng = Rng(seed);
    std::fs::create_dir_all(&out)?;
    let mut bytes = 0usize;
    for shard in 0..articles.div_ceil(1000) {
        let path = out.join(format!("part-{shard:05}.jsonl"));
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path)?);
        for n in shard * 1000..((shard + 1) * 1000).min(articles) {
            let a = article(&mut rng, &p, n);
            bytes += a["text"].as_str().map(str::len).unwrap_or(0);
            serde_json::to_writer(&mut w, &a)?;
            writeln!(w)?;
        }
        w.flush()?;
    }
    eprintln!(
        "wrote {articles} articles ({:.1} MB of text, {:.0} bytes each on average) to {}",
        bytes as f64 / 1e6,
        bytes as f64 / articles.max(1) as f64,
        out.display()
    );
    Ok(())
}
