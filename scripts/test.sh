#!/usr/bin/env bash
# npm test: build, then Playwright (browser + Electron) with vitest (unit + integration), typecheck and lint beside it.
# Keychain tests need a real Secret Service. Where no D-Bus session exists (a headless Linux box, CI),
# this re-runs itself inside a private dbus-run-session with an unlocked gnome-keyring; on a desktop it
# uses the session's own keychain, under test-only service names.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${HOLDFAST_KEYRING_SESSION:-}" ] \
  && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  exec env HOLDFAST_KEYRING_SESSION=1 dbus-run-session -- bash "$0" "$@"
fi
if [ -n "${HOLDFAST_KEYRING_SESSION:-}" ]; then
  echo -n pw | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
fi

# Two at a time, one per core: each check is single-threaded. Each prints its own output once it is done,
# so the two never interleave; any failure fails the run.
both() {
  local logs pids=() status=0
  logs=$(mktemp -d)
  for step in "$@"; do
    (bash -c "$step" >"$logs/${#pids[@]}.log" 2>&1) &
    pids+=("$!")
  done
  for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then status=1; fi
    cat "$logs/$i.log"
  done
  rm -rf "$logs"
  return "$status"
}

# Playwright is the longest step and the only one that needs the build, so the build goes first and Playwright
# starts the moment it is done, with vitest, typecheck and lint beside it: they take the CPU that Playwright's
# workers leave while they wait (a poll, a page load, a server starting). Typecheck and lint have no time
# budget, so they run at a lower priority and never slow a step a test is waiting on; vitest's tests have
# budgets, so it gets its full share (at nice 10 beside a loaded machine, a CPU-heavy test ran past its 60 s).
# Their output is printed once Playwright is done, so nothing interleaves.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
if ! npm run build >"$logs/build.log" 2>&1; then
  cat "$logs/build.log"
  exit 1
fi
cat "$logs/build.log"
npx vitest run >"$logs/vitest.log" 2>&1 &
vitest_pid=$!
(
  renice -n 10 -p "$BASHPID" >/dev/null
  both 'npx tsc --noEmit -p tsconfig.node.json' 'npx tsc --noEmit -p tsconfig.web.json' && npm run lint
) >"$logs/checks.log" 2>&1 &
checks_pid=$!
status=0
npx playwright test || status=1
wait "$vitest_pid" || status=1
cat "$logs/vitest.log"
wait "$checks_pid" || status=1
cat "$logs/checks.log"
exit "$status"
