#!/bin/bash
# A throwaway single-node Slurm cluster for the integration test (SlurmLintArchiveTests): munged, slurmctld and slurmd
# from Debian's munge / slurmctld / slurmd / slurm-client packages, run as root with a minimal slurm.conf, a munge key,
# state, spool and logs all inside DIR, on two free local ports, so several can run on one machine at once.
#
#   slurm-cluster.sh start DIR   start the daemons (their pids go to DIR/pids/), wait until the node is idle;
#                                prints `export SLURM_CONF=DIR/slurm.conf` on success
#   slurm-cluster.sh stop DIR    cancel this cluster's jobs, stop the daemons started in DIR, by their pids
#
# Exit codes: 0 done, 1 the cluster did not come up (the daemons' logs are printed), 2 usage.
set -uo pipefail

# How long each daemon gets to come up or go down; a healthy node registers in a second or two.
readonly START_SECONDS=60 STOP_SECONDS=15

role=${1:-}
dir=${2:-}
[ -n "$role" ] && [ -n "$dir" ] || { echo "usage: slurm-cluster.sh start|stop DIR" >&2; exit 2; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
export SLURM_CONF="$dir/slurm.conf" PATH="$PATH:/usr/sbin:/sbin"

# A local port nothing listens on (bash's /dev/tcp: a refused connection means free).
free_port() {
  local port
  for _ in $(seq 200); do
    port=$((20000 + RANDOM % 40000))
    (: < "/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# Starts a daemon in the foreground mode of its own, in the background of this script, and records its pid.
start_daemon() {
  local name=$1
  shift
  "$@" > "$dir/log/$name.out" 2>&1 < /dev/null &
  echo $! > "$dir/pids/$name"
}

# Whether the pid recorded for a daemon is still that daemon (pids are reused).
running() {
  local pid
  pid=$(cat "$dir/pids/$1" 2>/dev/null) || return 1
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$1"
}

wait_until() {
  local seconds=$1
  shift
  for _ in $(seq $((seconds * 5))); do
    "$@" && return 0
    sleep 0.2
  done
  return 1
}

node_idle() { sinfo -h -n "$node" -o %T 2>/dev/null | grep -q '^idle'; }

show_logs() {
  for log in "$dir"/log/*; do
    echo "--- $log" >&2
    tail -n 30 "$log" >&2
  done
}

stop() {
  # Jobs first: their steps belong to slurmd's slurmstepd processes, which outlive slurmd.
  if running slurmctld; then
    scancel --full --quiet --user=root 2>/dev/null || true
    wait_until 10 bash -c '! squeue -h -o %i 2>/dev/null | grep -q .' || true
  fi
  for name in slurmd slurmctld munged; do
    running "$name" || continue
    local pid
    pid=$(cat "$dir/pids/$name")
    kill -TERM "$pid" 2>/dev/null
    if ! wait_until "$STOP_SECONDS" bash -c "! kill -0 $pid 2>/dev/null"; then
      echo "slurm-cluster: $name (pid $pid) did not stop within $STOP_SECONDS s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null
    fi
  done
  rm -f "$dir"/pids/*
  local sockets
  sockets=$(cat "$dir/munge/socket-folder" 2>/dev/null) && [[ $sockets == /tmp/corpuslint-munge.* ]] && rm -rf "$sockets"
  return 0
}

start() {
  for tool in munged munge slurmctld slurmd sbatch squeue sinfo scancel; do
    command -v "$tool" >/dev/null || { echo "slurm-cluster: $tool not found (apt-get install munge slurmctld slurmd slurm-client)" >&2; exit 1; }
  done
  [ "$(id -u)" -eq 0 ] || { echo "slurm-cluster: slurmd runs jobs as their users and must run as root" >&2; exit 1; }

  node=$(hostname -s)
  local ctld_port node_port
  ctld_port=$(free_port) && node_port=$(free_port) || { echo "slurm-cluster: no free local port" >&2; exit 1; }
  [ "$ctld_port" != "$node_port" ] || node_port=$((ctld_port + 1))

  mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log" "$dir/pids"
  head -c 1024 /dev/urandom > "$dir/munge/munge.key"
  chmod 400 "$dir/munge/munge.key"
  # munged refuses a socket whose folder, or any folder above it, others cannot enter, and a socket path is limited
  # to about 100 bytes: the socket gets a short folder of its own under /tmp, removed by `stop`.
  local sockets
  sockets=$(mktemp -d /tmp/corpuslint-munge.XXXXXX) && chmod 755 "$sockets" && echo "$sockets" > "$dir/munge/socket-folder" \
    || { echo "slurm-cluster: cannot make a folder for munge's socket under /tmp" >&2; exit 1; }
  local socket="$sockets/munge.socket"

  cat > "$SLURM_CONF" <<CONF
ClusterName=corpuslint-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$node_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
ReturnToService=2
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

  start_daemon munged munged --foreground --socket="$socket" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed"
  if ! wait_until "$START_SECONDS" test -S "$socket"; then
    echo "slurm-cluster: munged did not start" >&2; show_logs; stop; exit 1
  fi

  start_daemon slurmctld slurmctld -D -i -f "$SLURM_CONF"
  start_daemon slurmd slurmd -D -f "$SLURM_CONF" -N "$node"
  if ! wait_until "$START_SECONDS" node_idle; then
    echo "slurm-cluster: node $node did not become idle within $START_SECONDS s" >&2
    sinfo >&2
    show_logs; stop; exit 1
  fi
  echo "export SLURM_CONF=$SLURM_CONF"
}

case $role in
  start) start ;;
  stop) stop ;;
  *) echo "usage: slurm-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
