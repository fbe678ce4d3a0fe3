#!/usr/bin/env bash
# Re-planning at every step (--horizon 1) against executing ten actions of each chunk, on the QwenVLA fusion heads of
# 54_vla_inference (before and after the first DAgger round of 55_vla_dagger): 100 held-out layouts, absolute cursor.
# Records that exist are not redone. One thread, e.g. `OMP_NUM_THREADS=1 nohup tools/run_vla_h1.sh > runs/vla_h1.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
for tag in view_dagger_fusion_b05_c10_s1 view_fusion_c10_s1; do
  name=qwenvla_eval100_sync_${tag}_h1
  if [ -d "results/$name" ]; then echo "== results/$name exists"; continue; fi
  echo "== $(date -u +%FT%TZ) $name"
  embodied eval qwenvla --sync "runs/qwenvla_cpu_${tag}" --episodes 100 --horizon 1 --baselines '' --record "$name"
done
exit
}
