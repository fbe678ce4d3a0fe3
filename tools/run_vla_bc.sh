#!/usr/bin/env bash
# The behaviour-cloning baselines of 56_vla_bc on the 3000 view-expert recordings of 54_vla_inference: train each arm
# (resuming a run that stopped), then score it as the QwenVLA arms are scored: 100 held-out layouts with the cursor
# driven by the predicted position (with the first-action fit on both splits) and by the predicted motion, executing
# ten actions of each chunk and re-planning at every step (--horizon 1).
# Records that exist are not redone.
#   usage: tools/run_vla_bc.sh ARM [ARM ...]    ARM: bc (regression head) | bc_flow (flow-matching head)
#          | bc_more (bc fine-tuned 2000 more steps on its data: the control) | bc_dagger_b05 (... on its data and a
#          beta-0.5 DAgger round of its own, tools/run_vla_bc_dagger.sh) | bc_dagger_h1_b05 (... and a beta-0.5 round
#          played re-planning at every step, tools/run_vla_bc_dagger_h1.sh) | bc_dart (bc trained from scratch on the
#          expert's recordings and a DART round of 1000, tools/run_vla_dart.sh) | bc_extra (... on the expert's and 2200
#          more of the expert's own, about as many frames: the DART arm's control) | bc_dart_own (bc_dart with the
#          round's chunks trained only along the labeller's own path: labelled_chunks=own_path) | bc_cursor (bc reading
#          only the cursor of the device state, not the held keys: state=cursor) | bc_96 (bc on the same recordings
#          converted at 96 px instead of 64: runs/vla_view_3k_96, image_size=96) | bc_turn (bc_cursor trained on dx as
#          turns, turn_canvas=384, and scored with --cursor turn instead of relative) | bc_turn_96 (bc_turn at 96 px)
#          | bc_turn_extra (bc_turn on the expert's 3000 and 2200 more recordings) | bc_turn_full (bc_turn reading the full
#          device state, held keys included) | bc_turn_short (bc_turn trained 3000 steps instead of 8000)
#          | bc_turn_long (bc_turn trained 16000 steps) | bc_turn_away (bc_turn on 3000 recordings of the expert that steps
#          away from what blocks it, tools/run_vla_expert.sh away; its h1 evaluations score that expert on the same layouts
#          too) | bc_turn_pitch (bc_turn on 3000 recordings of the expert that looks down at its goal with a camera the
#          cursor pitches, tools/run_vla_expert.sh pitch; scored in that env, which `embodied eval vla-bc` reads from the
#          data, with the view expert on the same layouts) | bc_turn_tilt (the same with the camera fixed 25 degrees
#          below level, tools/run_vla_expert.sh tilt) | bc_turn_tilt_dagger (bc_turn_tilt fine-tuned 2000 steps on its
#          recordings and a DAgger round of its own, tools/run_vla_bc_dagger_tilt.sh) | bc_turn_tilt_more (... on its
#          recordings alone: the control) | bc_turn_tilt_dagger2 (bc_turn_tilt_dagger fine-tuned 2000 steps more on the
#          recordings, its first round and a second round played by itself) | bc_turn_tilt_more2 (bc_turn_tilt_more
#          fine-tuned 2000 steps more on the recordings alone: the control as long) | bc_turn_hist (bc_turn reading frames 0.5 s apart instead
#          of 0.2 s: its three frames span a second)
#   env:   SEED (default 1), EXTRA (more config overrides), H1_ONLY=1 (score re-planning at every step only),
#          REL_ONLY=1 (score with the arm's own cursor only)
# One thread, e.g. `OMP_NUM_THREADS=1 nohup tools/run_vla_bc.sh bc bc_flow > runs/vla_bc.log 2>&1 &`.
{
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${SEED:-1}; EXTRA=${EXTRA:-}; H1_ONLY=${H1_ONLY:-}; REL_ONLY=${REL_ONLY:-}
[ $# -gt 0 ] || { sed -n 2,8p "$0"; exit 2; }
TUNE="steps=2000 lr=3e-4 warmup=100 val_every=500"      # fine-tuning: a tenth of the steps at under a third of the peak rate
arm_args() {  # sets data and args (the arm's config overrides) for arm $1
  data=runs/vla_view_3k/data; rel=relative; base=""
  case $1 in
    bc)      args="" ;;
    bc_flow) args="flow=true" ;;
    bc_more) args="init_from=runs/vla_bc_view_3k_s$SEED $TUNE" ;;
    bc_dagger_b05) args="init_from=runs/vla_bc_view_3k_s$SEED $TUNE"; data=runs/vla_view_3k_dagger_bc_b05/data ;;
    bc_dagger_h1_b05) args="init_from=runs/vla_bc_view_3k_s$SEED $TUNE"; data=runs/vla_view_3k_dagger_bc_h1_b05/data ;;
    bc_dart)  args=""; data=runs/vla_view_3k_dart/data ;;
    bc_dart_own) args="labelled_chunks=own_path"; data=runs/vla_view_3k_dart/data ;;
    bc_extra) args=""; data=runs/vla_view_3k_extra/data ;;
    bc_cursor) args="state=cursor" ;;
    bc_96) args="image_size=96"; data=runs/vla_view_3k_96/data ;;
    bc_turn) args="state=cursor turn_canvas=384"; rel=turn ;;
    bc_turn_96) args="state=cursor turn_canvas=384 image_size=96"; rel=turn; data=runs/vla_view_3k_96/data ;;
    bc_turn_extra) args="state=cursor turn_canvas=384"; rel=turn; data=runs/vla_view_3k_extra/data ;;
    bc_turn_full) args="turn_canvas=384"; rel=turn ;;
    bc_turn_short) args="state=cursor turn_canvas=384 steps=3000"; rel=turn ;;
    bc_turn_long) args="state=cursor turn_canvas=384 steps=16000"; rel=turn ;;
    bc_turn_away) args="state=cursor turn_canvas=384"; rel=turn; data=runs/vla_view_away_3k/data; base="--baselines expert-view-away" ;;
    bc_turn_hist) args="state=cursor turn_canvas=384 frame_skip=5"; rel=turn ;;
    bc_turn_pitch) args="state=cursor turn_canvas=384"; rel=turn; data=runs/vla_view_pitch_3k/data; base="--baselines expert-view" ;;
    bc_turn_tilt) args="state=cursor turn_canvas=384"; rel=turn; data=runs/vla_view_tilt_3k/data; base="--baselines expert-view" ;;
    bc_turn_tilt_dagger) args="state=cursor turn_canvas=384 init_from=runs/vla_bc_turn_tilt_view_3k_s$SEED $TUNE"; rel=turn; data=runs/vla_view_tilt_3k_dagger$([ "$SEED" = 1 ] || echo "_s$SEED")/data ;;
    bc_turn_tilt_more) args="state=cursor turn_canvas=384 init_from=runs/vla_bc_turn_tilt_view_3k_s$SEED $TUNE"; rel=turn; data=runs/vla_view_tilt_3k/data ;;
    bc_turn_tilt_dagger2) args="state=cursor turn_canvas=384 init_from=runs/vla_bc_turn_tilt_dagger_view_3k_s$SEED $TUNE"; rel=turn; data=runs/vla_view_tilt_3k_dagger2$([ "$SEED" = 1 ] || echo "_s$SEED")/data ;;
    bc_turn_tilt_more2) args="state=cursor turn_canvas=384 init_from=runs/vla_bc_turn_tilt_more_view_3k_s$SEED $TUNE"; rel=turn; data=runs/vla_view_tilt_3k/data ;;
    *) echo "ARM: expected bc, bc_flow, bc_more, bc_dagger_b05, bc_dagger_h1_b05, bc_dart, bc_dart_own, bc_extra, bc_cursor, bc_96, bc_turn, bc_turn_96, bc_turn_extra, bc_turn_full, bc_turn_short, bc_turn_long, bc_turn_away, bc_turn_pitch, bc_turn_tilt, bc_turn_tilt_dagger, bc_turn_tilt_more, bc_turn_tilt_dagger2, bc_turn_tilt_more2 or bc_turn_hist, got '$1'" >&2; exit 2 ;;
  esac
}
for arm in "$@"; do arm_args "$arm"; done   # every ARM checked before the first run starts
source tools/record_once.sh   # record_once NAME COMMAND...: run COMMAND unless results/NAME exists
for arm in "$@"; do
  arm_args "$arm"; tag=${arm/bc/vla_bc}_view_3k_s$SEED; run=runs/$tag
  if [ ! -f "$data/index.json" ]; then echo "== $arm: $data is not converted yet (embodied convert), skipped"; continue; fi
  # shellcheck disable=SC2086
  record_once "$tag" embodied train vla-bc --preset cpu data=$data seed=$SEED progress=false $args $EXTRA --out "$run" --record "$tag"
  [ -n "$REL_ONLY" ] || record_once "${tag/_view/_eval100_view}_h1" embodied eval vla-bc "$run" --episodes 100 --horizon 1 $base --record "${tag/_view/_eval100_view}_h1"
  record_once "${tag/_view/_eval100_view}_${rel}_h1" embodied eval vla-bc "$run" --episodes 100 --horizon 1 --cursor $rel $base --record "${tag/_view/_eval100_view}_${rel}_h1"
  [ -n "$H1_ONLY" ] && continue
  record_once "${tag/_view/_eval100_view}" embodied eval vla-bc "$run" --episodes 100 --first-action 256 --record "${tag/_view/_eval100_view}"
  record_once "${tag/_view/_eval100_view}_${rel}" embodied eval vla-bc "$run" --episodes 100 --cursor $rel --record "${tag/_view/_eval100_view}_${rel}"
done
exit
}
