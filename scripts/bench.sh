#!/usr/bin/env bash
# End-to-end ingest benchmark on deterministic synthetic corpora, next to Oxigraph's own
# bulk load of the very same quads. Prints a Markdown table (README "Speed").
#   scripts/bench.sh                 # 10,000 and 100,000 articles
#   SIZES="2000" scripts/bench.sh    # a quick run
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/diplograph-target}"
SIZES=${SIZES:-"10000 100000"}
WORK=${WORK:-/tmp/diplograph-bench}
mkdir -p "$WORK"
cargo build --release --bins --examples -q
BIN=$CARGO_TARGET_DIR/release/diplograph
EX=$CARGO_TARGET_DIR/release/examples
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
echo "| articles | MB of text | seconds | articles/s | sentences/s | MB/s | peak RSS (MB) | store (MB) | quads | bulk load s | ingest / bulk-load rate | meetings of one person (ms) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in $SIZES; do
  corpus=$WORK/corpus-$n store=$WORK/store-$n bulk=$WORK/bulk-$n
  rm -rf "$store" "$bulk" "$WORK/quads-$n.nq"
  [ -d "$corpus" ] || "$EX/gen_corpus" --articles "$n" --seed 7 --out "$corpus" 2>/dev/null
  mb=$(cat "$corpus"/*.jsonl | python3 -c 'import sys, json; print(sum(len(json.loads(l)["text"].encode()) for l in sys.stdin) / 1e6)')
  /usr/bin/time -v "$BIN" ingest --store "$store" "$corpus" 2>"$WORK/ingest-$n.log" >/dev/null
  summary=$(grep '^ingested' "$WORK/ingest-$n.log")
  secs=$(sed -E 's/.* in ([0-9.]+)s.*/\1/' <<<"$summary")
  sentences=$(sed -E 's/.*\(([0-9]+) sentences.*/\1/' <<<"$summary")
  rss=$(awk '/Maximum resident set size/ {print int($6/1024)}' "$WORK/ingest-$n.log")
  size=$(du -sm "$store" | cut -f1)
  # The same quads as the ingest wrote, straight from the extractor (exporting them from
  # the store takes longer than the ingest itself); only the ontology graph is missing.
  "$BIN" extract "$corpus" --format nquads >"$WORK/quads-$n.nq"
  quads=$(wc -l <"$WORK/quads-$n.nq")
  bulk_secs=$("$EX/bulk_load" "$WORK/quads-$n.nq" "$bulk" | sed -E 's/.*seconds=([0-9.]+).*/\1/')
  who=$("$BIN" query --store "$store" --format tsv 'PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?e a dg:Meeting ; dg:participant ?p . ?p a dg:Person ; rdfs:label ?l } LIMIT 1' | sed -n 2p | tr -d '"')
  # The person once (their label is in every article graph that names them), then
  # their meetings: a DISTINCT subquery keeps the union of graphs from multiplying rows.
  q="PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e ?date WHERE { { SELECT DISTINCT ?p WHERE { ?p rdfs:label \"$who\" } } ?e dg:participant ?p ; a dg:Meeting . OPTIONAL { ?e dg:date ?date } }"
  qms=$("$EX/query_time" "$store" "$q" | sed -E 's/.*median_ms=([0-9.]+).*/\1/' || echo "n/a")
  rm -f "$WORK/quads-$n.nq"
  python3 - "$n" "$mb" "$secs" "$sentences" "$rss" "$size" "$quads" "$bulk_secs" "$qms" <<'PY'
import sys
n, mb, secs, sent, rss, size, quads, bulk, qms = sys.argv[1:]
n, mb, secs, sent, bulk = int(n), float(mb), float(secs), int(sent), float(bulk)
print(f"| {n:,} | {mb:.1f} | {secs:.1f} | {n/secs:,.0f} | {sent/secs:,.0f} | {mb/secs:.2f} | {rss} | {size} | {int(quads):,} | {bulk:.1f} | {bulk/secs:.0%} | {qms} |")
PY
done
