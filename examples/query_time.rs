//! Times one SPARQL query on a store, in process (no start-up or open cost): the median
//! of 21 runs, after one warm-up. Used by `scripts/bench.sh`.
//!
//! cargo run --release --example query_time -- STORE_DIR 'SELECT ...'

use diplograph::store::{Access, GraphStore};
use oxigraph::sparql::QueryResults;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(query)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: query_time STORE_DIR QUERY");
    };
    let store = GraphStore::open(std::path::Path::new(&dir), Access::ReadOnly)?;
    let run = || -> anyhow::Result<usize> {
        Ok(
            match store.query(&query).map_err(|e| anyhow::anyhow!("{e}"))? {
                QueryResults::Solutions(s) => s.count(),
                QueryResults::Graph(t) => t.count(),
                QueryResults::Boolean(_) => 1,
            },
        )
    };
    let rows = run()?;
    let mut times: Vec<f64> = (0..21)
        .map(|_| {
            let t = Instant::now();
            run().map(|_| t.elapsed().as_secs_f64() * 1000.0)
        })
        .collect::<anyhow::Result<_>>()?;
    times.sort_by(f64::total_cmp);
    println!(
        "query rows={rows} median_ms={:.2} min_ms={:.2}",
        times[10], times[0]
    );
    Ok(())
}
