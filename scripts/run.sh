#!/usr/bin/env bash
# Sets everything up and runs the main job: the GUI on the built-in default scenario where there
# is a display, otherwise the CLI on the built-in default design.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release
if [ -x build/release/app/carbondse ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec build/release/app/carbondse "$@"
fi
if [ ! -x build/release/app/carbondse ]; then
  echo "run: the GUI is not part of this build yet (see README); running the CLI on the built-in default design" >&2
else
  echo "run: no display found; running the CLI on the built-in default design instead" >&2
fi
exec build/release/app/carbondse-cli evaluate --default "$@"
