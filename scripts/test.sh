#!/usr/bin/env bash
# Sets everything up and runs every test: the full build (core, CLI, GUI) and the core-only build
# without Qt, each through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
jobs="${CARBONDSE_JOBS:-$(nproc)}"

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
