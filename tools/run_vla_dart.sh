#!/usr/bin/env bash
# DART for the behaviour-cloning baseline of 56_vla_bc (Laskey et al. 2017, arXiv 1703.09327): the view expert plays
# 1000 training layouts with injected noise (an extra turn of std 25 degrees per frame held for 5 frames, W let go in
# 40 % of the blocks: about as far from the labels as the BC run's own first actions are from the recordings) while its
# clean twin labels every frame (`embodied dart`); the round joins the expert's 3000 recordings and a BC run is trained
# from scratch on the union (arm bc_dart, and bc_dart_own with the round's chunks trained only along the labeller's own
# path: run `tools/run_vla_bc.sh bc_dart_own` on the other core once the union is converted). Its control (arm extra) records 2200 more clean expert episodes (about as
# many frames: a noisy episode is about twice as long) and trains the same run on those. Layout seeds 103 000 on,
# after the 3000 recordings' 100 000 - 102 999; the evaluation uses 1000 on.
#   usage: tools/run_vla_dart.sh dart|extra      (one arm per core)
# Steps whose output exists are skipped. One thread, e.g.
# `OMP_NUM_THREADS=1 nohup tools/run_vla_dart.sh dart > runs/vla_dart.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
case ${1:-} in
  dart)
    [ -d results/vla_dart_round_view_3k ] || embodied dart --out runs/dart_view --episodes 1000 --seed 103000 --turn-std 25 --hold 5 --drop-prob 0.4 --no-progress --record vla_dart_round_view_3k
    [ -f runs/vla_view_3k_dart/data/index.json ] || embodied convert runs/rec_view_3k runs/dart_view --out runs/vla_view_3k_dart/data --size 64 --drop-duplicates --seed 0
    tools/run_vla_bc.sh bc_dart ;;
  extra)
    embodied record --source expert-view --task LanguageRoom --episodes 2200 --first 3000 --out runs/rec_view_extra --seed 100000
    [ -f runs/vla_view_3k_extra/data/index.json ] || embodied convert runs/rec_view_3k runs/rec_view_extra --out runs/vla_view_3k_extra/data --size 64 --drop-duplicates --seed 0
    tools/run_vla_bc.sh bc_extra ;;
  *) echo "usage: tools/run_vla_dart.sh dart|extra (got '${1:-}')" >&2; exit 2 ;;
esac
exit
}
