#!/usr/bin/env bash
# The view expert that steps away from what blocks it (ScriptedExpert(sidestep='away'), 50_desktop_control) re-plays the
# 3000 training layouts of runs/rec_view_3k (seeds 100 000 - 102 999): the same layouts and instructions, with the side
# of each unsticking step a function of the scene instead of a coin. The recordings are converted as runs/vla_view_3k
# was, and arm bc_turn_away of tools/run_vla_bc.sh trains and scores on them.
#   usage: tools/run_vla_away.sh record FIRST     (episodes FIRST .. FIRST + 1499; run 0 and 1500 on two cores)
#          tools/run_vla_away.sh train [SEED...]  (converts once both halves are there, then bc_turn_away per seed)
# Steps whose output exists are skipped. One thread, e.g.
# `OMP_NUM_THREADS=1 nohup tools/run_vla_away.sh record 0 > runs/rec_away_0.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
case ${1:-} in
  record)
    embodied record --source expert-view --sidestep away --task LanguageRoom --episodes 1500 --first "${2:?FIRST}" --seed 100000 --out runs/rec_view_away_3k ;;
  train)
    n=$(find runs/rec_view_away_3k -name meta.json | wc -l)
    [ "$n" -ge 3000 ] || { echo "runs/rec_view_away_3k: expected 3000 recordings, found $n (record 0 and record 1500 first)" >&2; exit 2; }
    [ -f runs/vla_view_away_3k/data/index.json ] || embodied convert runs/rec_view_away_3k --out runs/vla_view_away_3k/data --size 64 --drop-duplicates --seed 0
    shift; for s in "${@:-1}"; do SEED=$s H1_ONLY=1 tools/run_vla_bc.sh bc_turn_away; done ;;
  *) echo "usage: tools/run_vla_away.sh record FIRST | train [SEED...] (got '${1:-}')" >&2; exit 2 ;;
esac
exit
}
