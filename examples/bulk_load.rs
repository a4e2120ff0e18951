//! Oxigraph's own bulk load of an N-Quads file into a fresh on-disk store: the store's
//! limit that `scripts/bench.sh` compares diplograph's ingest with.
//!
//! cargo run --release --example bulk_load -- FILE.nq STORE_DIR

use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(file), Some(dir)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: bulk_load FILE.nq STORE_DIR");
    };
    let started = Instant::now();
    let store = Store::open(&dir)?;
    let mut loader = store.bulk_loader();
    loader.load_from_reader(
        RdfFormat::NQuads,
        std::io::BufReader::new(std::fs::File::open(&file)?),
    )?;
    loader.commit()?;
    let seconds = started.elapsed().as_secs_f64();
    let quads = store.len()?;
    println!(
        "bulk_load quads={quads} seconds={seconds:.2} quads_per_s={:.0}",
        quads as f64 / seconds
    );
    Ok(())
}
