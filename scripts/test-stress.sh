#!/usr/bin/env bash
# npm run test:stress: `npm test` three times in a row with both cores kept busy by two CPU hogs, to prove
# the suite depends on no timing. Stops at the first failing run; the hogs are always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${HOLDFAST_STRESS_RUNS:-3}"
hogs=()
stop_hogs() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop_hogs EXIT INT TERM

for _ in 1 2; do
  node -e 'for (;;) {}' &
  hogs+=("$!")
done
echo "test:stress: two CPU hogs running (pids ${hogs[*]}); npm test ${runs} times in a row"

for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  echo "test:stress: run ${run} of ${runs}"
  if ! npm test; then
    echo "test:stress: run ${run} of ${runs} FAILED after $(($(date +%s) - started)) s"
    exit 1
  fi
  echo "test:stress: run ${run} of ${runs} passed in $(($(date +%s) - started)) s"
done
echo "test:stress: all ${runs} runs passed beside two CPU hogs"
