#!/usr/bin/env bash
# A DAgger round (beta 0.5) on the fusion_c10 head of 54_vla_inference, its recordings joined to the 3000 expert ones,
# then the fine-tuning arm on the union and its control on the expert's recordings alone (tools/run_vla_arms.sh).
# Steps whose output exists are skipped, so rerunning continues where it stopped. One thread, e.g.
# `OMP_NUM_THREADS=1 nohup tools/run_vla_dagger_fusion.sh > runs/vla_dagger_fusion.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d results/qwenvla_dagger_view_fusion_c10_b05 ] || embodied dagger runs/qwenvla_cpu_view_fusion_c10_s1 --out runs/dagger_fusion_c10_b05 --episodes 300 --beta 0.5 --record qwenvla_dagger_view_fusion_c10_b05
[ -f runs/vla_view_3k_dagger_fusion_b05/data/index.json ] || embodied convert runs/rec_view_3k runs/dagger_fusion_c10_b05 --out runs/vla_view_3k_dagger_fusion_b05/data --size 64 --drop-duplicates --seed 0
tools/run_vla_arms.sh dagger_fusion_b05_c10 more_fusion_c10
exit
}
