#!/usr/bin/env bash
# A DAgger round for the BC baseline of 56_vla_bc played as it scores best: re-planning at every step (--horizon 1; the
# view expert then takes each frame with probability 0.5, per-step mixing as in Ross et al. 2011, arXiv 1011.0686 §3),
# 300 training layouts from seed 301 200; joined to the 3000 recordings; arm bc_dagger_h1_b05 of tools/run_vla_bc.sh.
# Steps whose output exists are skipped. One thread, e.g. `OMP_NUM_THREADS=1 nohup tools/run_vla_bc_dagger_h1.sh > runs/vla_bc_dagger_h1.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d results/vla_bc_dagger_view_3k_h1_b05 ] || embodied dagger-bc runs/vla_bc_view_3k_s1 --out runs/dagger_bc_h1_b05 --episodes 300 --seed 301200 --beta 0.5 --horizon 1 --name bch1 --record vla_bc_dagger_view_3k_h1_b05
[ -f runs/vla_view_3k_dagger_bc_h1_b05/data/index.json ] || embodied convert runs/rec_view_3k runs/dagger_bc_h1_b05 --out runs/vla_view_3k_dagger_bc_h1_b05/data --size 64 --drop-duplicates --seed 0
tools/run_vla_bc.sh bc_dagger_h1_b05
exit
}
