#!/usr/bin/env bash
# Fuzzes the article readers and the extractor with cargo-fuzz (libFuzzer), each for a
# bounded time. Not run in CI: it needs a nightly toolchain and takes minutes.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 600)
#
# The corpus starts from the fixture articles and grows under fuzz/corpus/<target>;
# a crash is saved under fuzz/artifacts/<target>/ and the script exits non-zero.
# Any crash found becomes a regression test in tests/robustness.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$HOME/.cache/diplograph-fuzz-target}

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q nightly || {
  echo "fuzz.sh: cargo-fuzz needs a nightly toolchain (rustup toolchain install nightly)" >&2
  exit 2
}

for target in readers extract; do
  corpus=fuzz/corpus/$target
  mkdir -p "$corpus"
  # Seed with every fixture article, and for the readers every JSON Lines record too.
  for f in fixtures/*/*.txt ../shared/seed/article.txt; do
    [ -f "$f" ] && cp "$f" "$corpus/seed-$(echo "$f" | tr '/.' '__')"
  done
  if [ "$target" = readers ]; then
    find fixtures -name '*.ndjson' -o -name '*.jsonl' | while read -r f; do
      split -l 1 -a 4 "$f" "$corpus/seed-$(basename "$f")-"
    done
  fi
  echo "fuzz.sh: $target for ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs"
  cargo +nightly fuzz run -O "$target" "$corpus" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1
  echo "fuzz.sh: $target done, corpus now $(ls "$corpus" | wc -l) inputs"
done
