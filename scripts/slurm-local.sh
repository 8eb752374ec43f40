#!/usr/bin/env bash
# slurm-local.sh -- a single-node Slurm cluster on this machine (slurmctld and slurmd on
# localhost, munge for authentication), for the Slurm evaluator's integration tests and for
# trying `[eval] backend = "slurm"` without a cluster. Debian's slurm-wlm and munge
# (scripts/install-deps.sh installs them).
#
#   scripts/slurm-local.sh start [DIR]   # writes DIR/slurm.conf, starts the daemons, waits for
#                                        # the node to be idle; prints `export SLURM_CONF=...`
#   scripts/slurm-local.sh stop [DIR]
#
# DIR defaults to /tmp/avo-slurm. Every daemon runs as the calling user when that is root (CI);
# otherwise slurmd cannot start jobs for other users, which these tests never need.
set -euo pipefail
cmd=${1:-start}
DIR=${2:-/tmp/avo-slurm}
CONF=$DIR/slurm.conf

stop() {
  for pid in "$DIR"/slurmd.pid "$DIR"/slurmctld.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  sleep 1
  rm -f "$DIR"/*.pid
}

if [ "$cmd" = stop ]; then
  stop
  [ -f "$DIR/munge/munged.pid" ] && kill "$(cat "$DIR/munge/munged.pid")" 2>/dev/null || true
  exit 0
fi
if [ "$cmd" != start ]; then echo "usage: $0 start|stop [DIR]" >&2; exit 2; fi
for prog in slurmctld slurmd munged sbatch; do
  command -v "$prog" > /dev/null || PATH=$PATH:/usr/sbin
  command -v "$prog" > /dev/null || { echo "slurm-local: $prog not found (apt-get install slurm-wlm munge)" >&2; exit 1; }
done
mkdir -p "$DIR/state" "$DIR/spool" "$DIR/munge"
stop

# munge: the Debian package made /etc/munge/munge.key; a daemon of our own on a socket of our own.
MUNGE_SOCKET=$DIR/munge/munge.socket
if [ ! -S "$MUNGE_SOCKET" ] || ! munge -n -S "$MUNGE_SOCKET" > /dev/null 2>&1; then
  KEY=/etc/munge/munge.key
  if [ ! -r "$KEY" ]; then
    KEY=$DIR/munge/munge.key
    [ -f "$KEY" ] || { dd if=/dev/urandom of="$KEY" bs=1024 count=1 2> /dev/null; chmod 600 "$KEY"; }
  fi
  munged --force -S "$MUNGE_SOCKET" --key-file "$KEY" --pid-file "$DIR/munge/munged.pid" \
    --log-file "$DIR/munge/munged.log" --seed-file "$DIR/munge/munge.seed"
fi

NODE_LINE=$(slurmd -C | head -1)          # NodeName=<host> CPUs=... as slurmd sees this machine
NODE=$(echo "$NODE_LINE" | sed -E 's/^NodeName=([^ ]+).*/\1/')
USER_NAME=$(id -un)
cat > "$CONF" <<CONF
ClusterName=avo-local
SlurmctldHost=$NODE(127.0.0.1)
SlurmUser=$USER_NAME
SlurmdUser=$USER_NAME
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCKET
CredType=cred/munge
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/slurmctld.pid
SlurmdPidFile=$DIR/slurmd.pid
SlurmctldLogFile=$DIR/slurmctld.log
SlurmdLogFile=$DIR/slurmd.log
SlurmctldPort=${AVO_SLURMCTLD_PORT:-6817}
SlurmdPort=${AVO_SLURMD_PORT:-6818}
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
# Jobs of a test cluster start at once (the defaults batch them every few seconds).
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0,defer_batch=0
ReturnToService=2
MpiDefault=none
MinJobAge=60
KillWait=5
$NODE_LINE NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP OverSubscribe=NO
CONF
export SLURM_CONF=$CONF
slurmctld -f "$CONF"
slurmd -f "$CONF"
for _ in $(seq 1 60); do
  state=$(sinfo -h -N -o %T 2> /dev/null | head -1 || true)
  case "$state" in idle*|mixed*|allocated*) echo "export SLURM_CONF=$CONF"; exit 0 ;; esac
  sleep 0.5
done
stop
echo "slurm-local: the node did not come up (state '${state:-none}'); see $DIR/slurmctld.log and $DIR/slurmd.log" >&2
tail -5 "$DIR/slurmctld.log" "$DIR/slurmd.log" >&2 || true
exit 1
