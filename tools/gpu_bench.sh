#!/usr/bin/env bash
# The GPU rows of the Dreamer 4 and QwenVLA benchmarks, recorded beside the CPU ones (results/bench_*_cuda/).
#
#   tools/gpu_bench.sh [COPY_TO]     # from the repository root, on a machine with a CUDA GPU
#   SECTIONS="presets widths" (default both): `presets` times the presets, `widths` the dmc64 tokenizer at wider widths
#
# Each benchmark runs under its own time limit, so one that fails or hangs leaves the others' records.
# COPY_TO, when given, receives a copy of every record written (for a machine that is handed back afterwards).
set -uo pipefail
COPY_TO=${1:-}
export PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv || { echo "no CUDA GPU here"; exit 1; }
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda, torch.cuda.get_device_name(0))"
bench() { # LIMIT_S WORDS... : one `embodied bench` command under a time limit
  local limit=$1; shift
  echo "== $(date -u +%T) embodied bench $*"
  timeout "$limit" python3 -c "import sys; from embodied_nb.cli import main; sys.exit(main(sys.argv[1:]))" bench "$@" --record \
    || echo "!! exit $? (limit ${limit}s): embodied bench $*"
}
SECTIONS=${SECTIONS:-"presets widths"}
if [[ " $SECTIONS " == *" presets "* ]]; then
# Dreamer 4 at the CPU presets, batches sized for the GPU: throughput and MFU against the bf16 matmul peak timed alongside
bench 130 tokenizer --preset dmc64 --device cuda --amp --compile --batch-size 64 --seq-len 8 --reps 10
bench 130 dynamics --preset dmc --device cuda --amp --compile --train-batch 64 --train-len 16 --context 8 --horizon 16 --rounds 10
# the paper-size dynamics (about 1.6 B parameters): imagined frames per second with K = 4, and one training step's MFU
bench 80 dynamics --preset paper --device cuda --amp --batch 1 --context 8 --horizon 16 --train-batch 4 --train-len 16 --rounds 3
# QwenVLA with a random VLM of Qwen3-VL 2B's shapes (bf16 weights) and the paper's expert: latency of one 50-action chunk
bench 80 vla-inference --vlm-shapes 2b --preset paper --device cuda --steps 10 --rounds 10 --load-clients ''
fi
# how the tokenizer's MFU grows with its width on a GPU (the records bench_tokenizer_w<D>_cuda)
if [[ " $SECTIONS " == *" widths "* ]]; then
  for dim in 256 512; do bench 75 tokenizer --preset dmc64 --dim $dim --device cuda --amp --compile --batch-size 64 --seq-len 8 --reps 10; done
fi
if [ -n "$COPY_TO" ]; then
  for d in results/bench_*cuda; do [ -f "$d/result.json" ] && cp "$d/result.json" "$COPY_TO/$(basename "$d").json"; done
  ls -la "$COPY_TO"
fi
