#!/usr/bin/env bash
# Start (or continue) the long recorded runs in the background, one thread each, on a 2-core machine: the text proof's
# queue (13_text_swap) on one core and the QwenVLA language-room arms (54_vla_inference) on the other. Each queue
# resumes its runs exactly and skips records that exist, so this is safe to run at the start of every sitting; a
# queue whose script is already running is left alone. Logs go to runs/proof_queue.log and runs/vla_arms.log.
#   usage: tools/run_background.sh [PROOF_ARMS [VLA_ARMS]]
#   default: PROOF_ARMS="context left", VLA_ARMS="data3k_c10"   (see each script's header for the arms)
set -euo pipefail
cd "$(dirname "$0")/.."
PROOF_ARMS=${1:-"context left"}; VLA_ARMS=${2:-"data3k_c10"}
export OMP_NUM_THREADS=1 MUJOCO_GL=${MUJOCO_GL:-egl} PYOPENGL_PLATFORM=${PYOPENGL_PLATFORM:-egl} HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
mkdir -p runs
start() {  # start LOG SCRIPT COMMAND...: run COMMAND in the background unless SCRIPT is already running
  local log=$1 script=$2; shift 2
  if pgrep -f "$script" >/dev/null; then echo "$script is already running: left alone"; return; fi
  nohup "$@" >> "$log" 2>&1 &
  echo "$* -> $log (pid $!)"
}
# shellcheck disable=SC2086
start runs/proof_queue.log tools/run_text_proof.sh env EXTRA="${EXTRA:-amp=false}" tools/run_text_proof.sh $PROOF_ARMS
# shellcheck disable=SC2086
start runs/vla_arms.log tools/run_vla_arms.sh tools/run_vla_arms.sh $VLA_ARMS
