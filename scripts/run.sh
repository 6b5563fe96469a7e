#!/usr/bin/env bash
# Sets everything up and runs the main job: the GUI on the built-in reference scenario where there
# is a display, otherwise (no X11/Wayland display) the CLI on the built-in default design.
# Arguments are passed on (e.g. a session file, or --scenario NAME).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release
if { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; } && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  exec build/release/app/carbondse "$@"
fi
echo "run: no display found (DISPLAY/WAYLAND_DISPLAY unset); running the CLI on the built-in default design." >&2
echo "run: for the GUI, run this on a desktop, or: xvfb-run -a build/release/app/carbondse --screenshot shot.png" >&2
exec build/release/app/carbondse-cli evaluate --default
