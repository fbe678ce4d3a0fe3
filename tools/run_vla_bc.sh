#!/usr/bin/env bash
# The behaviour-cloning baseline of 56_vla_bc on the 3000 view-expert recordings of 54_vla_inference: train it (resuming
# a run that stopped), then score it as the QwenVLA arms are scored: 100 held-out layouts with the cursor driven by the
# predicted position (with the first-action fit on both splits) and by the predicted motion. Records that exist are
# not redone.   usage: tools/run_vla_bc.sh [SEED ...]   (default 1); env EXTRA: more config overrides
# One thread, e.g. `OMP_NUM_THREADS=1 nohup tools/run_vla_bc.sh 1 > runs/vla_bc.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA=${EXTRA:-}
record_once() {  # record_once NAME COMMAND...: run COMMAND unless results/NAME exists
  local name=$1; shift
  if [ -d "results/$name" ]; then echo "== results/$name exists"; return; fi
  echo "== $(date -u +%FT%TZ) $name"; "$@"
}
for seed in "${@:-1}"; do
  run=runs/vla_bc_view_3k_s$seed
  # shellcheck disable=SC2086
  record_once "vla_bc_view_3k_s$seed" embodied train vla-bc --preset cpu data=runs/vla_view_3k/data seed=$seed progress=false $EXTRA --out "$run" --record "vla_bc_view_3k_s$seed"
  record_once "vla_bc_eval100_view_3k_s$seed" embodied eval vla-bc "$run" --episodes 100 --first-action 256 --record "vla_bc_eval100_view_3k_s$seed"
  record_once "vla_bc_eval100_view_3k_s${seed}_relative" embodied eval vla-bc "$run" --episodes 100 --cursor relative --record "vla_bc_eval100_view_3k_s${seed}_relative"
done
exit
}
