#!/usr/bin/env bash
# npm test: typecheck, lint, build beside vitest (unit + integration), then Playwright (browser + Electron).
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

checks() {
  both 'npx tsc --noEmit -p tsconfig.node.json' 'npx tsc --noEmit -p tsconfig.web.json' && both 'npm run lint' 'npm run build'
}

# Vitest needs no build, so it runs beside the checks rather than after them: both cores stay busy through the
# checks' uneven ends and the tests' waits on sockets, SQLite and the keychain. The checks print once vitest is
# done; Playwright needs the build, so it comes last.
checks_log=$(mktemp)
checks >"$checks_log" 2>&1 &
checks_pid=$!
status=0
npx vitest run || status=1
wait "$checks_pid" || status=1
cat "$checks_log"
rm -f "$checks_log"
[ "$status" -eq 0 ] || exit 1
npx playwright test
