#!/usr/bin/env bash
# Smoke test of the installed program: builds the Linux app-image (unless it is up to date), makes its
# class-data-sharing archive as the .deb's postinst does, starts it under Xvfb with an empty workstation folder,
# waits until the login window is on screen, takes a screenshot (target/smoke-login.png), checks that it is not
# blank, and closes the program. Needs xvfb and imagemagick (import, identify); .ci/run installs them.
#   installer/smoke-test.sh             # after ./mvnw -B verify: makes the image from target/village-registry.jar
#   SMOKE_REBUILD=1 installer/smoke-test.sh   # build jar and image from scratch (./mvnw -Pinstaller package)
#   SMOKE_INSTALLED=/opt/village-registry installer/smoke-test.sh   # the program the .deb installed, as it is
# Prints the start-up time the program measured itself (process start until the login window is shown).
set -euo pipefail
cd "$(dirname "$0")/.."

image="${SMOKE_INSTALLED:-target/jpackage/village-registry}"
launcher="$image/bin/village-registry-desktop"   # the desktop's launcher (the menu entry's; decision 0028)
jar=target/village-registry.jar
timeout_s="${SMOKE_TIMEOUT:-120}"
for tool in Xvfb import identify; do
  command -v "$tool" >/dev/null || { echo "smoke test: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done

started_at=$(date +%s)
if [ -n "${SMOKE_INSTALLED:-}" ]; then
  [ -x "$launcher" ] || { echo "smoke test: $launcher is not installed" >&2; exit 1; }
elif [ -n "${SMOKE_REBUILD:-}" ] || [ ! -f "$jar" ]; then
  ./mvnw -B -q -Pinstaller package -DskipTests -Dinstaller.skipDeb=true
elif [ ! -x "$launcher" ] || [ "$jar" -nt "$launcher" ]; then
  # the jar ./mvnw verify made: only copy it, re-pack it and run jpackage (no second compile or shade)
  ./mvnw -B -q -Pinstaller resources:copy-resources@jpackage-input exec:exec@prepare-jpackage-input \
    org.panteleyev:jpackage-maven-plugin:jpackage@app-image
fi
image_done=$(date +%s)
# what the .deb's postinst does on the registrar's machine (installed: postinst did it)
if [ -z "${SMOKE_INSTALLED:-}" ]; then
  if [ ! -f "$image/lib/app/village-registry.jsa" ] || [ "$image/lib/app/village-registry.jar" -nt "$image/lib/app/village-registry.jsa" ]; then
    sh "$image/lib/app/cds-archive.sh" "$image"
  fi
fi
[ -f "$image/lib/app/village-registry.jsa" ] || echo "smoke test: warning: no class-data-sharing archive" >&2
archive_done=$(date +%s)

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Xvfb picks a free display itself and writes its number once it is ready to take clients
Xvfb -displayfd 3 -screen 0 1366x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "smoke test: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
display=":$(head -1 "$work/display")"

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
figures=$(grep -o 'shown [0-9]* ms after the process started ([0-9-]* ms CPU)' "$log" | head -1)

sleep 1   # let the first frames settle before the screenshot
mkdir -p target
import -display "$display" -window root target/smoke-login.png
colours=$(identify -format '%k' target/smoke-login.png)
if [ "$colours" -lt 16 ]; then
  echo "smoke test: the screenshot is blank ($colours colours)" >&2
  exit 1
fi

kill "$app_pid"
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
wait "$app_pid" 2>/dev/null || true
app_pid=""
echo "smoke test passed: login window $figures; load $(cut -d' ' -f1 /proc/loadavg);" \
  "screenshot target/smoke-login.png ($colours colours); image $((image_done - started_at)) s," \
  "archive $((archive_done - image_done)) s, run $(( $(date +%s) - archive_done )) s"
