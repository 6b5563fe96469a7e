#!/usr/bin/env bash
# Stops the test cluster started by start_cluster.sh (slurmd, slurmctld; munged is left running,
# other software may use it: `kill "$(cat /run/munge/munged.pid)"` stops it). Safe to run when
# nothing runs.
set -uo pipefail
dir="${CARBONDSE_SLURM_DIR:-/tmp/carbondse-slurm}"
for daemon in slurmd slurmctld; do
  pid_file="$dir/$daemon.pid"
  [ -f "$pid_file" ] || continue
  pid="$(cat "$pid_file")"
  rm -f "$pid_file"
  # A stale pid file (reboot with /tmp kept) may name another process now: kill only ours.
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$daemon" ] || continue
  kill "$pid" 2>/dev/null || continue
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$daemon" ] && kill -9 "$pid" 2>/dev/null
done
exit 0
