#!/usr/bin/env bash
# A variant of the view expert (ScriptedExpert(search=True), 50_desktop_control) re-plays the 3000 training layouts of
# runs/rec_view_3k (seeds 100 000 - 102 999): the same layouts and instructions, played another way. The recordings
# are converted as runs/vla_view_3k was, and the arm bc_turn_VARIANT of tools/run_vla_bc.sh trains and scores on them.
#   VARIANT: away  (steps away from what blocks it, sidestep='away': the side of each unsticking step is a function of
#                   the scene instead of a coin)
#            pitch (a camera the cursor's y pitches, 0.3125 degrees per pixel: the expert looks down at its goal as it
#                   comes near, so a small object stays in view until it is picked up)
#            tilt  (a camera fixed 25 degrees below level: the floor from 1 m on and a key at the click stay in view,
#                   with nothing more to control)
#   usage: tools/run_vla_expert.sh VARIANT record FIRST     (episodes FIRST .. FIRST + 1499; run 0 and 1500 on two cores)
#          tools/run_vla_expert.sh VARIANT train [SEED...]  (converts once both halves are there, then the arm per seed)
#          tools/run_vla_expert.sh VARIANT ensemble REDUCE SEED SEED... (the trained seeds as one EnsemblePolicy, REDUCE
#                   median or mean, scored as each seed is: record vla_bc_turn_VARIANT_ens<SEEDS>_<REDUCE>_eval100_view_3k_turn_h1)
# Steps whose output exists are skipped. One thread, e.g.
# `OMP_NUM_THREADS=1 nohup tools/run_vla_expert.sh pitch record 0 > runs/rec_pitch_0.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
case ${1:-} in
  away)  how="--sidestep away" ;;
  pitch) how="--pitch-deg-per-px 0.3125" ;;
  tilt)  how="--cam-pitch -25" ;;
  *) echo "VARIANT: expected away, pitch or tilt, got '${1:-}'" >&2; exit 2 ;;
esac
rec=runs/rec_view_$1_3k; data=runs/vla_view_$1_3k/data; arm=bc_turn_$1
case ${2:-} in
  record)
    # shellcheck disable=SC2086
    embodied record --source expert-view $how --task LanguageRoom --episodes 1500 --first "${3:?FIRST}" --seed 100000 --out "$rec" ;;
  train)
    n=$(find "$rec" -name meta.json | wc -l)
    [ "$n" -ge 3000 ] || { echo "$rec: expected 3000 recordings, found $n (record 0 and record 1500 first)" >&2; exit 2; }
    [ -f "$data/index.json" ] || embodied convert "$rec" --out "$data" --size 64 --drop-duplicates --seed 0
    shift 2; for s in "${@:-1}"; do SEED=$s H1_ONLY=1 tools/run_vla_bc.sh "$arm"; done ;;
  ensemble)
    reduce=${3:?REDUCE}; shift 3; [ $# -ge 2 ] || { echo "SEED: expected two or more seeds, got $#" >&2; exit 2; }
    runs=(); for s in "$@"; do runs+=("runs/${arm/bc/vla_bc}_view_3k_s$s"); done
    tag=${arm/bc/vla_bc}_ens$(printf %s "$@")_${reduce}_eval100_view_3k_turn_h1
    source tools/record_once.sh
    record_once "$tag" embodied eval vla-bc "${runs[@]}" --episodes 100 --horizon 1 --cursor turn --reduce "$reduce" --record "$tag" ;;
  *) echo "usage: tools/run_vla_expert.sh away|pitch|tilt record FIRST | train [SEED...] | ensemble REDUCE SEED SEED... (got '${2:-}')" >&2; exit 2 ;;
esac
exit
}
