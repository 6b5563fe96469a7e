#!/usr/bin/env bash
# Starts (or finds running) a single-node SLURM cluster on this machine for the SLURM evaluator
# tests: munged, slurmctld and slurmd from Debian's slurm-wlm + munge, configuration and state
# under $CARBONDSE_SLURM_DIR (default /tmp/carbondse-slurm). Needs root (slurmd runs jobs as their
# user). Idempotent: returns at once when the node already answers (idle or running jobs) with
# this configuration; daemons running an older one are restarted. Ports 16817/16818, not SLURM's
# defaults. The daemons keep running afterwards (stop_cluster.sh stops them). Prints the SLURM_CONF
# to export on its last line. Resumes a node left drained or down (e.g. by a killed test). Exits
# non-zero with the daemons' logs when the node does not come up in time.
set -euo pipefail
dir="${CARBONDSE_SLURM_DIR:-/tmp/carbondse-slurm}"
conf="$dir/slurm.conf"
node="$(hostname -s)"
export SLURM_CONF="$conf"

node_state() { sinfo -h -N -n "$node" -o '%T' 2>/dev/null | head -n1; }

# Up: idle, or busy with jobs (an earlier test's may still be ending).
node_ready() { case "$(node_state)" in idle|mixed|allocated|completing) return 0 ;; *) return 1 ;; esac; }

# A daemon is ours only when its pid file names a live process of that name: after a reboot with
# /tmp kept, the stored pid may belong to something else, which must not stop us starting it.
daemon_alive() {
  local pid_file="$dir/$1.pid" pid
  [ -f "$pid_file" ] || return 1
  pid="$(cat "$pid_file")"
  if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$1" ]; then return 0; fi
  rm -f "$pid_file"
  return 1
}

mkdir -p "$dir/state" "$dir/spool" "$dir/log"
write_config() {
cat <<CONF
# Single-node test cluster written by tests/slurm/start_cluster.sh
ClusterName=carbondse-test
SlurmctldHost=$node(127.0.0.1)
# Not the default 6817/6818, so that a SLURM installed on this machine does not clash.
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/slurmd-%n
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=300
InactiveLimit=0
KillWait=5
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
}
write_config >"$conf.new"
if [ -f "$conf" ] && cmp -s "$conf" "$conf.new"; then
  rm -f "$conf.new"
  if daemon_alive slurmctld && daemon_alive slurmd && node_ready; then
    echo "SLURM_CONF=$conf"
    exit 0
  fi
elif daemon_alive slurmctld || daemon_alive slurmd; then
  # Running with an older configuration (e.g. other ports): restart them on the new one.
  bash "$(dirname "$0")/stop_cluster.sh"
fi
for tool in munged slurmctld slurmd sinfo; do
  command -v "$tool" >/dev/null || { echo "start_cluster: '$tool' not found (bash scripts/setup.sh installs slurm-wlm and munge)" >&2; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "start_cluster: must run as root (slurmd and munged setup)" >&2; exit 1; }

# munge: a key (generated when absent) and the daemon running as the munge user.
if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  runuser -u munge -- /usr/sbin/munged
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null || { echo "start_cluster: munged does not answer" >&2; tail -n 20 /var/log/munge/munged.log >&2 || true; exit 1; }
fi

if [ -f "$conf.new" ]; then mv "$conf.new" "$conf"; fi
daemon_alive slurmctld || slurmctld -f "$conf"
daemon_alive slurmd || slurmd -f "$conf"

timeout_s="${CARBONDSE_SLURM_START_TIMEOUT_S:-60}"
for _ in $(seq $((timeout_s * 2))); do
  node_ready && { echo "SLURM_CONF=$conf"; exit 0; }
  case "$(node_state)" in
    down*|drain*) scontrol update nodename="$node" state=resume >/dev/null 2>&1 || true ;;
  esac
  sleep 0.5
done
echo "start_cluster: node '$node' not idle after ${timeout_s} s (state: '$(node_state)')" >&2
echo "--- slurmctld.log" >&2; tail -n 30 "$dir/log/slurmctld.log" >&2 || true
echo "--- slurmd.log" >&2; tail -n 30 "$dir/log/slurmd.log" >&2 || true
exit 1
