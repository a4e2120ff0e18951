//! Any text, as an article, through the whole extractor and the RDF mapping, then
//! serialized as N-Quads and parsed back: no panic, and the export always re-parses.
#![no_main]

use std::sync::OnceLock;

use diplograph::pipeline::Extractor;
use diplograph::rdf::{to_quads, Minter};
use diplograph::read::parse_text_article;
use diplograph::vocab::DEFAULT_BASE;
use libfuzzer_sys::fuzz_target;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};

fn tools() -> &'static (Extractor, Minter) {
    static TOOLS: OnceLock<(Extractor, Minter)> = OnceLock::new();
    TOOLS.get_or_init(|| {
        (
            Extractor::new(&[]).expect("built-in gazetteers load"),
            Minter::new(DEFAULT_BASE).expect("default base IRI is valid"),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(article) = parse_text_article(&text, "fuzz-input") else {
        return;
    };
    let (extractor, minter) = tools();
    let extraction = extractor.extract(&article);
    let (_, quads) = to_quads(&extraction, minter);
    let mut writer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for quad in &quads {
        writer.serialize_quad(quad).expect("writing to memory");
    }
    let bytes = writer.finish().expect("writing to memory");
    let reparsed = RdfParser::from_format(RdfFormat::NQuads)
        .for_reader(bytes.as_slice())
        .map(|quad| quad.expect("the N-Quads export re-parses"))
        .count();
    assert_eq!(reparsed, quads.len(), "every quad re-parses");
});
