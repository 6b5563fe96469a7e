#!/usr/bin/env bash
# Before/after markdown tables of the simulator audit designs (tests/data/simulator_audit):
#   scripts/sim_before_after.sh [--summary] OLD_CLI NEW_CLI [DESIGN_DIR] [-- NEW_CLI_FLAGS...]
# OLD_CLI and NEW_CLI are two builds of carbondse-cli (e.g. main's and a branch's); flags after --
# go to the new CLI only. Needs python3 (a Debian package already installed by scripts/setup.sh).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 [--summary] OLD_CLI NEW_CLI [DESIGN_DIR] [-- NEW_CLI_FLAGS...]" >&2
  exit 2
fi
exec python3 "$(dirname "$0")/sim_before_after.py" "$@"
