#!/usr/bin/env bash
# The text proof's runs (13_text_swap, "The proof, from records"), one after another: train each (seed, arm), resuming
# any that stopped, then evaluate it with `embodied eval --text-swap --record`; a run whose record exists is done.
#   usage: tools/run_text_proof.sh ARM [ARM ...]    ARM: context context_many context_attn context_contrastive context_attn_task multimodal contrastive cnn left right
#   env:   SEEDS (default "0 1 2"), EXTRA (more config overrides, e.g. "amp=false"), EPISODES (default 10)
# Run one queue per core, e.g. `OMP_NUM_THREADS=1 nohup tools/run_text_proof.sh contrastive cnn > runs/proof_a.log 2>&1 &`.
# To pause: SIGTERM to the trainer's own process (`pkill -TERM -f 'embodied train r2dreamer'`): it checkpoints the step it
# reached and exits with 143, which ends the queue; the same command later resumes from there.
{  # the whole script is read before it runs, so editing this file cannot change a queue that is running
set -euo pipefail
cd "$(dirname "$0")/.."
MIX=multitask:dmc:cartpole-balance_left+dmc:cartpole-balance_right
MANY=multitask:dmc:cartpole-balance_left_many+dmc:cartpole-balance_right_many
CTX="world.encoder=multimodal world.text_context=true"   # the Q-Former agent whose RSSM also reads the sentence
SEEDS=${SEEDS:-"0 1 2"}; EXTRA=${EXTRA:-}; EPISODES=${EPISODES:-10}
[ $# -gt 0 ] || { sed -n 2,6p "$0"; exit 2; }
arm_run() {  # sets run (the run folder's stem) and args (its config overrides) for arm $1
  case $1 in
    context)     run=text_cartpole_lr_context;     args="env=$MIX $CTX" ;;
    context_many) run=text_cartpole_lr_many_context; args="env=$MANY $CTX" ;;   # the same agent on cartpole_lr_many: 36 training sentences per side
    context_attn) run=text_cartpole_lr_context_attn; args="env=$MIX $CTX world.text_context_pool=attention" ;;   # the context: a learned query's attention over the tokens
    context_contrastive) run=text_cartpole_lr_context_contrastive; args="env=$MIX $CTX world.encoder_cfg.use_task_contrastive_loss=true" ;;
    context_attn_task) run=text_cartpole_lr_context_attn_task; args="env=$MIX $CTX world.text_context_pool=attention world.context_task_loss=1.0" ;;   # the attention query taught by the same-task loss (11_rssm)
    multimodal)  run=text_cartpole_lr_multimodal;  args="env=$MIX world.encoder=multimodal" ;;
    contrastive) run=text_cartpole_lr_contrastive; args="env=$MIX world.encoder=multimodal world.encoder_cfg.use_task_contrastive_loss=true" ;;
    cnn)         run=text_cartpole_lr_cnn;         args="env=$MIX world.encoder=cnn" ;;
    left|right)  run=text_cartpole_$1;             args="env=dmc:cartpole-balance_$1 $CTX" ;;
    *) echo "ARM: expected one of context context_many context_attn context_contrastive context_attn_task multimodal contrastive cnn left right, got '$1'" >&2; exit 2 ;;
  esac
}
for arm in "$@"; do arm_run "$arm"; done   # every ARM checked before the first run starts
for seed in $SEEDS; do                     # seed by seed, so that every arm has its first seed early
  for arm in "$@"; do
    arm_run "$arm"
    out=runs/${run}_s$seed record=text_swap_${run#text_}_s$seed   # e.g. text_swap_cartpole_lr_cnn_s0, the names 13 reads
    if [ -d "results/$record" ]; then echo "== results/$record exists: $out done"; continue; fi
    echo "== $(date -u +%FT%TZ) train $out"
    # shellcheck disable=SC2086
    embodied train r2dreamer --preset cpu $args seed=$seed progress=false $EXTRA --out "$out"
    echo "== $(date -u +%FT%TZ) eval $out"
    probe=$([ "${args#env=$MIX}" != "$args" ] || [ "${args#env=$MANY}" != "$args" ] && echo --reward-probe || true)   # the side mixes' agents: world-model reward by sentence
    embodied eval --text-swap "$out" --episodes "$EPISODES" --random $probe --out "$out/text_swap" --record "$record"
  done
done
exit
}
