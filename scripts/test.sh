#!/usr/bin/env bash
# Sets everything up and runs every test: the full build (core, CLI, GUI) and the core-only build
# without Qt through CTest, the core under ASan+UBSan, the search stress test under ThreadSanitizer
# and a short libFuzzer run of every parser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
jobs="${CARBONDSE_JOBS:-$(nproc)}"

echo "== formatting (.clang-format, clang-format 14)"
git ls-files -- '*.h' '*.cpp' | xargs clang-format --dry-run -Werror

echo "== full build (core + CLI + GUI)"
bash scripts/build.sh release
ctest --preset release -j "$jobs"

echo "== core-only build (no Qt)"
bash scripts/build.sh core-only
ctest --preset core-only -j "$jobs"

echo "== core under AddressSanitizer + UndefinedBehaviorSanitizer"
bash scripts/build.sh asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan -j "$jobs"

echo "== search start/cancel/restart stress under ThreadSanitizer"
cmake --preset tsan >/dev/null
cmake --build --preset tsan -j "$jobs" --target test_search_run_stress test_search_run_runner
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 build/tsan/tests/test_search_run_stress
TSAN_OPTIONS=halt_on_error=1 build/tsan/tests/test_search_run_runner

echo "== short fuzz run of every parser (clang + libFuzzer + ASan/UBSan)"
bash scripts/fuzz.sh "${CARBONDSE_FUZZ_SECONDS:-20}"
