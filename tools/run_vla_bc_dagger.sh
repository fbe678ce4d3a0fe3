#!/usr/bin/env bash
# DAgger for the behaviour-cloning baseline of 56_vla_bc (Ross et al. 2011, arXiv 1011.0686 §3): the BC run plays 300
# training layouts with the view expert taking a chunk with probability 0.5 and labelling every frame, its recordings
# join the expert's 3000, and the run is fine-tuned on the union (arm bc_dagger_b05) next to its control (bc_more).
# Layout seeds 300 600 on,
# clear of the QwenVLA rounds' (300 000 - 300 599), the recordings' (100 000 on) and the evaluation's (1000 on).
# Steps whose output exists are skipped. One thread, e.g.
# `OMP_NUM_THREADS=1 nohup tools/run_vla_bc_dagger.sh > runs/vla_bc_dagger.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d results/vla_bc_dagger_view_3k_b05 ] || embodied dagger-bc runs/vla_bc_view_3k_s1 --out runs/dagger_bc_b05 --episodes 300 --seed 300600 --beta 0.5 --name bc1 --record vla_bc_dagger_view_3k_b05
[ -f runs/vla_view_3k_dagger_bc_b05/data/index.json ] || embodied convert runs/rec_view_3k runs/dagger_bc_b05 --out runs/vla_view_3k_dagger_bc_b05/data --size 64 --drop-duplicates --seed 0
tools/run_vla_bc.sh bc_dagger_b05 bc_more
exit
}
