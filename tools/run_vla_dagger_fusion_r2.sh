#!/usr/bin/env bash
# The second DAgger round of 54_vla_inference (Ross et al. 2011, arXiv 1011.0686 §3: the expert's share decays): the
# head fine-tuned on the first round (arm dagger_fusion_b05_c10 of tools/run_vla_arms.sh) plays 300 new layouts with
# the expert taking a chunk with probability 0.25, its recordings join the expert's and the first round's, and that
# head is fine-tuned 2000 more steps on the union (arm dagger_fusion_r2_c10). Steps whose output exists are skipped.
# (The recorded round was played before `--name` existed, as dagger_NNNNNN, and its folders renamed r2_NNNNNN after.)
# One thread, e.g. `OMP_NUM_THREADS=1 nohup tools/run_vla_dagger_fusion_r2.sh > runs/vla_dagger_fusion_r2.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d results/qwenvla_dagger_view_fusion_c10_r2_b025 ] || embodied dagger runs/qwenvla_cpu_view_dagger_fusion_b05_c10_s1 --out runs/dagger_fusion_c10_r2 --episodes 300 --seed 300300 --beta 0.25 --name r2 --record qwenvla_dagger_view_fusion_c10_r2_b025
[ -f runs/vla_view_3k_dagger_fusion_r2/data/index.json ] || embodied convert runs/rec_view_3k runs/dagger_fusion_c10_b05 runs/dagger_fusion_c10_r2 --out runs/vla_view_3k_dagger_fusion_r2/data --size 64 --drop-duplicates --seed 0
tools/run_vla_arms.sh dagger_fusion_r2_c10
exit
}
