#!/usr/bin/env bash
# A DAgger round for the tilted-camera clone of 56_vla_bc (bc_turn_tilt, seed SEED): it plays 600 training layouts as it
# is scored (re-planning at every step, dx as turns, the camera 25 degrees down, read from its data), alone (beta 0:
# the schedule beta_i = I(i = 1) of Ross et al. 2011, arXiv 1011.0686 §3, the expert's recordings being round 1), and
# the view expert labels every frame, so the frames where it walks into something are labelled with the expert's step
# aside. The round joins the 3000 tilted recordings; arm bc_turn_tilt_dagger fine-tunes the seed on them, and arm
# bc_turn_tilt_more, the control, fine-tunes it as long on the recordings alone. Each seed plays its own round.
# ROUND=2 iterates (Ross et al. aggregate every round): the DAgger clone plays 600 other layouts, the data gains this
# second round, arm bc_turn_tilt_dagger2 fine-tunes the DAgger clone on it, and arm bc_turn_tilt_more2 fine-tunes the
# control 2000 steps more on the recordings alone, so that the control is trained as long.
#   usage: tools/run_vla_bc_dagger_tilt.sh round a|b    (layouts 303 000 - 303 299 or 303 300 - 303 599: two cores)
#          tools/run_vla_bc_dagger_tilt.sh control      (the control arm: it needs no round)
#          tools/run_vla_bc_dagger_tilt.sh train        (converts once both halves are there, then the DAgger arm)
#   env:   SEED (default 1; seed 1's round and data carry no _sSEED in their names), ROUND (1 or 2, default 1)
# Steps whose output exists are skipped. One thread, e.g.
# `OMP_NUM_THREADS=1 nohup tools/run_vla_bc_dagger_tilt.sh round a > runs/dagger_tilt_a.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${SEED:-1}; sfx=$([ "$SEED" = 1 ] || echo "_s$SEED"); ROUND=${ROUND:-1}
case $ROUND in
  1) run=runs/vla_bc_turn_tilt_view_3k_s$SEED; tag=""; first=303000; rounds="" ;;
  2) run=runs/vla_bc_turn_tilt_dagger_view_3k_s$SEED; tag=2; first=303600; rounds="runs/dagger_bc_tilt${sfx}_a runs/dagger_bc_tilt${sfx}_b" ;;
  *) echo "ROUND: expected 1 or 2, got '$ROUND'" >&2; exit 2 ;;
esac
data=runs/vla_view_tilt_3k_dagger$tag$sfx/data; rd=vla_bc_turn_tilt_dagger${tag}_round$sfx; out=runs/dagger_bc_tilt$tag$sfx
case ${1:-} in
  round)
    case ${2:-} in a) ;; b) first=$((first + 300)) ;; *) echo "HALF: expected a or b, got '${2:-}'" >&2; exit 2 ;; esac
    [ -d "results/${rd}_$2" ] || embodied dagger-bc "$run" --out "${out}_$2" --episodes 300 \
      --seed "$first" --beta 0 --horizon 1 --cursor turn --name "tilt$tag$sfx$2" --no-progress --record "${rd}_$2" ;;
  control) SEED=$SEED H1_ONLY=1 REL_ONLY=$([ "$ROUND" = 1 ] || echo 1) tools/run_vla_bc.sh bc_turn_tilt_more${tag} ;;
  train)
    for h in a b; do [ -d "results/${rd}_$h" ] || { echo "round $h of seed $SEED is not recorded yet" >&2; exit 2; }; done
    # shellcheck disable=SC2086
    [ -f "$data/index.json" ] || embodied convert runs/rec_view_tilt_3k $rounds "${out}_a" "${out}_b" --out "$data" --size 64 --drop-duplicates --seed 0
    SEED=$SEED H1_ONLY=1 REL_ONLY=$([ "$ROUND" = 1 ] || echo 1) tools/run_vla_bc.sh bc_turn_tilt_dagger${tag} ;;
  *) echo "usage: tools/run_vla_bc_dagger_tilt.sh round a|b | control | train (got '${1:-}')" >&2; exit 2 ;;
esac
exit
}
