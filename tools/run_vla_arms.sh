#!/usr/bin/env bash
# The QwenVLA language-room arms of 54_vla_inference ("Five times the steps"), one after another: train each arm
# (resuming a run that stopped), then score it the three ways 54 reads: first actions against the recordings of both
# splits, and 100 held-out layouts with the cursor driven by the predicted position and by the predicted motion.
# A record that exists is not redone, so rerunning the script after an interruption continues where it stopped.
#   usage: tools/run_vla_arms.sh ARM [ARM ...]    ARM: long_c10 aug_c10 data3k_c10 film_c10 fusion_c10 more_fusion_c10 dagger_fusion_b05_c10 dagger_fusion_r2_c10 data3k_x2 data3k_x4 more_c10 dagger_r1_c10 dagger_b05_c10 turn_tilt_c10
#          (turn_tilt_c10: fusion_c10's head on the recordings of the camera tilted 25 degrees down, dx learnt as turns,
#          the recipe of 56_vla_bc's best clone; scored as that clone is, re-planning at every step with dx as turns,
#          and from noise 0, the head's deterministic chunk)
#   env:   SEED (default 1), EXTRA (more config overrides)
# One thread, e.g. `OMP_NUM_THREADS=1 nohup tools/run_vla_arms.sh aug_c10 data3k_c10 > runs/vla_arms.log 2>&1 &`.
{  # the whole script is read before it runs, so editing this file cannot change a queue that is running
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${SEED:-1}; EXTRA=${EXTRA:-}
BASE="model.state=cursor model.vision=scratch feature_cache=false model.chunk_size=10 val_every=1000 amp=false progress=false"
LONG=runs/qwenvla_cpu_view_long_c10_s$SEED                 # the arm the fine-tuning arms start from
TUNE="init_from=$LONG steps=2000 lr_expert=1e-4 lr_other=1e-4 val_every=500"
FUSED="init_from=runs/qwenvla_cpu_view_fusion_c10_s$SEED model.fusion_layers=2 steps=2000 lr_expert=1e-4 lr_other=1e-4 val_every=500"
[ $# -gt 0 ] || { sed -n 2,8p "$0"; exit 2; }
arm_args() {  # sets data and args (the arm's config overrides) for arm $1
  data=runs/vla_view_goal/data; turn=""
  case $1 in
    long_c10)   args="steps=10000" ;;                        # normalised actions, word tokens, 10000 steps on chunks of 10
    aug_c10)    args="steps=10000 augment=true" ;;           # the same on augmented frames
    data3k_c10) args="steps=10000"; data=runs/vla_view_3k/data ;;   # the same on five times the recordings
    film_c10)   args="steps=10000 model.film=true"; data=runs/vla_view_3k/data ;;   # data3k_c10 with the CNN conditioned on the instruction (FiLM)
    fusion_c10) args="steps=10000 model.fusion_layers=2"; data=runs/vla_view_3k/data ;;   # data3k_c10 with two self-attention blocks over the context
    more_fusion_c10) args="$FUSED"; data=runs/vla_view_3k/data ;;   # fusion_c10 fine-tuned 2000 more steps on its own data (the control)
    dagger_fusion_b05_c10) args="$FUSED"; data=runs/vla_view_3k_dagger_fusion_b05/data ;;  # ... on its data and a beta-0.5 DAgger round of its own
    dagger_fusion_r2_c10) args="$FUSED init_from=runs/qwenvla_cpu_view_dagger_fusion_b05_c10_s$SEED"; data=runs/vla_view_3k_dagger_fusion_r2/data ;;  # that arm 2000 more steps with a second round (beta 0.25) of its own added
    data3k_x2)  args="init_from=runs/qwenvla_cpu_view_data3k_c10_s$SEED steps=10000"; data=runs/vla_view_3k/data ;;  # ... 10000 more steps (a second cosine cycle)
    data3k_x4)  args="init_from=runs/qwenvla_cpu_view_data3k_x2_s$SEED steps=20000"; data=runs/vla_view_3k/data ;;  # ... and 20000 more (a third cycle): 40000 in all
    more_c10)   args="$TUNE" ;;                              # long_c10 fine-tuned 2000 more steps on its own data (the control)
    dagger_r1_c10) args="$TUNE"; data=runs/vla_view_dagger_r1/data ;;  # ... on its data and one DAgger round (55_vla_dagger)
    dagger_b05_c10) args="$TUNE"; data=runs/vla_view_dagger_b05/data ;; # ... and a round with the expert mixed in (beta 0.5)
    turn_tilt_c10) args="steps=10000 model.fusion_layers=2 turn_canvas=384"; data=runs/vla_view_tilt_3k/data; turn=1 ;;
    *) echo "ARM: expected one of long_c10 aug_c10 data3k_c10 film_c10 fusion_c10 more_fusion_c10 dagger_fusion_b05_c10 dagger_fusion_r2_c10 data3k_x2 data3k_x4 more_c10 dagger_r1_c10 dagger_b05_c10 turn_tilt_c10, got '$1'" >&2; exit 2 ;;
  esac
}
for arm in "$@"; do arm_args "$arm"; done   # every ARM checked before the first run starts
source tools/record_once.sh   # record_once NAME COMMAND...: run COMMAND unless results/NAME exists
for arm in "$@"; do
  arm_args "$arm"
  if [ ! -f "$data/index.json" ]; then echo "== $arm: $data is not converted yet (embodied convert), skipped"; continue; fi
  run=runs/qwenvla_cpu_view_${arm}_s$SEED; tag=view_${arm}_s$SEED
  # shellcheck disable=SC2086
  record_once "qwenvla_language_room_$tag" embodied train qwenvla --preset cpu data=$data $BASE $args seed=$SEED $EXTRA --out "$run" --record "qwenvla_language_room_$tag"
  record_once "qwenvla_first_action_$tag" embodied eval qwenvla --sync "$run" --episodes 0 --first-action 256 --record "qwenvla_first_action_$tag"
  if [ -n "$turn" ]; then
    record_once "qwenvla_eval100_sync_${tag}_turn_h1_t0" embodied eval qwenvla --sync "$run" --episodes 100 --baselines '' --horizon 1 --cursor turn --temperature 0 --record "qwenvla_eval100_sync_${tag}_turn_h1_t0"
    continue
  fi
  record_once "qwenvla_eval100_sync_$tag" embodied eval qwenvla --sync "$run" --episodes 100 --baselines '' --record "qwenvla_eval100_sync_$tag"
  record_once "qwenvla_eval100_sync_${tag}_relative" embodied eval qwenvla --sync "$run" --episodes 100 --baselines '' --cursor relative --record "qwenvla_eval100_sync_${tag}_relative"
done
exit
}
