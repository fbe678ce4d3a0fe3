#!/usr/bin/env bash
# `make test`: export/clean must leave no diff, then nbdev_test with the default flags, then the docs site in
# headless Chromium, then one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export MUJOCO_GL="${MUJOCO_GL:-egl}" PYOPENGL_PLATFORM="${PYOPENGL_PLATFORM:-egl}" HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"

status=0
$BIN/nbdev_export || status=1
$BIN/nbdev_clean || status=1
if [ -d .git ] && ! git diff --quiet -- nbs embodied_nb; then
  echo "make test: nbdev_export/nbdev_clean changed tracked files; commit the exported modules and cleaned notebooks:" >&2
  git --no-pager diff --stat -- nbs embodied_nb >&2
  status=1
fi
if [ -d .git ] && [ -n "$(git ls-files --others --exclude-standard -- embodied_nb)" ]; then
  echo "make test: nbdev_export created untracked modules:" >&2
  git ls-files --others --exclude-standard -- embodied_nb >&2
  status=1
fi

# notebook order is dependency order: no module imports (at any depth) from a higher-numbered notebook
.venv/bin/python tools/check_imports.py --self-test || status=1
.venv/bin/python tools/check_imports.py embodied_nb || status=1
# the README is the home page's text
.venv/bin/python tools/readme_from_index.py --check || status=1
# small cells, named helpers: no function of the package over 50 lines
.venv/bin/python tools/check_function_length.py embodied_nb --max 50 || status=1

log=$(mktemp)
$BIN/nbdev_test --do_print --timing 2>&1 | tee "$log"
test_rc=${PIPESTATUS[0]}
total=$(grep -c '^- Completed ' "$log" || true)
failed=$(awk '/nbdev Tests Failed On The Following Notebooks/{f=1; next} f && /\.ipynb/{n++} END{print n+0}' "$log")
if [ "$test_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
passed=$(( total - failed )); [ $passed -lt 0 ] && passed=0
rm -f "$log"
[ "$test_rc" -ne 0 ] && status=1

# the documentation site: built from the notebooks' stored outputs (nothing runs), served on localhost and opened
# page by page in headless Chromium (console errors, images, raw directives, tracebacks, every internal link)
$BIN/python tools/check_docs.py --self-test || status=1
if $BIN/python tools/docs.py --quiet; then $BIN/python tools/check_docs.py || status=1; else status=1; fi
echo "notebooks: $passed passed, $failed failed"
exit $status
