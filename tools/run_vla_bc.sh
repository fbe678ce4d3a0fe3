#!/usr/bin/env bash
# The behaviour-cloning baselines of 56_vla_bc on the 3000 view-expert recordings of 54_vla_inference: train each arm
# (resuming a run that stopped), then score it as the QwenVLA arms are scored: 100 held-out layouts with the cursor
# driven by the predicted position (with the first-action fit on both splits) and by the predicted motion.
# Records that exist are not redone.
#   usage: tools/run_vla_bc.sh ARM [ARM ...]    ARM: bc (regression head) | bc_flow (flow-matching head)
#   env:   SEED (default 1), EXTRA (more config overrides)
# One thread, e.g. `OMP_NUM_THREADS=1 nohup tools/run_vla_bc.sh bc bc_flow > runs/vla_bc.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${SEED:-1}; EXTRA=${EXTRA:-}
[ $# -gt 0 ] || { sed -n 2,8p "$0"; exit 2; }
arm_args() {  # sets args (the arm's config overrides) for arm $1
  case $1 in
    bc)      args="" ;;
    bc_flow) args="flow=true" ;;
    *) echo "ARM: expected bc or bc_flow, got '$1'" >&2; exit 2 ;;
  esac
}
for arm in "$@"; do arm_args "$arm"; done   # every ARM checked before the first run starts
record_once() {  # record_once NAME COMMAND...: run COMMAND unless results/NAME exists
  local name=$1; shift
  if [ -d "results/$name" ]; then echo "== results/$name exists"; return; fi
  echo "== $(date -u +%FT%TZ) $name"; "$@"
}
for arm in "$@"; do
  arm_args "$arm"; tag=${arm/bc/vla_bc}_view_3k_s$SEED; run=runs/$tag
  # shellcheck disable=SC2086
  record_once "$tag" embodied train vla-bc --preset cpu data=runs/vla_view_3k/data seed=$SEED progress=false $args $EXTRA --out "$run" --record "$tag"
  record_once "${tag/_view/_eval100_view}" embodied eval vla-bc "$run" --episodes 100 --first-action 256 --record "${tag/_view/_eval100_view}"
  record_once "${tag/_view/_eval100_view}_relative" embodied eval vla-bc "$run" --episodes 100 --cursor relative --record "${tag/_view/_eval100_view}_relative"
done
exit
}
