# Sourced by the run scripts of tools/: `record_once NAME COMMAND...` runs COMMAND unless results/NAME exists, so a
# queue of recorded measurements can be rerun after an interruption and continues where it stopped.
record_once() {
  local name=$1; shift
  if [ -d "results/$name" ]; then echo "== results/$name exists"; return; fi
  echo "== $(date -u +%FT%TZ) $name"; "$@"
}
