#!/usr/bin/env bash
# Builds the libFuzzer targets (clang + ASan/UBSan) and runs each for SECONDS (default 30) from the
# seed corpus in tests/data/fuzz_seeds/<target>/. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
bash scripts/build.sh fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for t in build/fuzz/tests/fuzz/fuzz_*; do [ -x "$t" ] && targets+=("$(basename "$t")"); done
fi
for t in "${targets[@]}"; do
  corpus="build/fuzz/corpus/$t"
  mkdir -p "$corpus"
  seeds="tests/data/fuzz_seeds/${t#fuzz_}"
  echo "== fuzzing $t for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1 "build/fuzz/tests/fuzz/$t" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
    -print_final_stats=1 "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|Done)" || true
  test "${PIPESTATUS[0]}" -eq 0 || { echo "fuzz: $t found a problem"; exit 1; }
done
