#!/usr/bin/env bash
# Smoke test of the installed program: builds the Linux app-image (unless it is there already), starts it under
# Xvfb with an empty workstation folder, waits until the login window is on screen, takes a screenshot
# (target/smoke-login.png), checks that it is not blank, and closes the program.
#   installer/smoke-test.sh            # build if needed, then test
#   SMOKE_REBUILD=1 installer/smoke-test.sh
# Prints the start-up time the program measured itself (process start until the login window is shown).
set -euo pipefail
cd "$(dirname "$0")/.."

image=target/jpackage/village-registry
launcher="$image/bin/village-registry"
display="${SMOKE_DISPLAY:-:96}"
timeout_s="${SMOKE_TIMEOUT:-60}"

if [ ! -x "$launcher" ] || [ -n "${SMOKE_REBUILD:-}" ]; then
  ./mvnw -B -q -Pinstaller package -DskipTests
fi

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1366x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

export DISPLAY="$display"
JAVA_TOOL_OPTIONS="-Dvreg.startup.probe=true" "$launcher" --home "$work/home" >"$work/out.log" 2>&1 &
app_pid=$!

log="$work/home/logs/vreg.log"
started=""
for _ in $(seq $((timeout_s * 10))); do
  if [ -f "$log" ] && grep -q "Startup complete" "$log"; then started=yes; break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "smoke test: the program exited early" >&2; cat "$work/out.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$started" ] || { echo "smoke test: no login window within ${timeout_s}s" >&2; cat "$work/out.log" >&2; exit 1; }
millis=$(grep -o 'shown [0-9]* ms' "$log" | head -1 | grep -o '[0-9]*')
# CPU time the process had used by then (utime + stime, in clock ticks): a figure the machine's load hardly moves
ticks=$(awk '{print $14 + $15}' "/proc/$app_pid/stat" 2>/dev/null || echo 0)
cpu_ms=$(( ticks * 1000 / $(getconf CLK_TCK) ))

sleep 1   # let the first frames settle before the screenshot
mkdir -p target
import -display "$display" -window root target/smoke-login.png
colours=$(convert target/smoke-login.png -format '%k' info:)
if [ "$colours" -lt 16 ]; then
  echo "smoke test: the screenshot is blank ($colours colours)" >&2
  exit 1
fi

kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
echo "smoke test passed: login window after ${millis} ms (about ${cpu_ms} ms CPU), load $(cut -d" " -f1 /proc/loadavg), screenshot target/smoke-login.png ($colours colours)"
