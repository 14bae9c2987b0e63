#!/usr/bin/env bash
# Records which classes start-up loads (up to the login window) into installer/linux/village-registry.classlist,
# from which the installed program makes its class-data-sharing archive (cds-archive.sh). Run it after changes
# that alter start-up (new screens on the login path, new libraries); a stale list still works, it only
# archives less. Needs Xvfb and the shaded jar (./mvnw -B -q package -DskipTests).
#   installer/linux/make-classlist.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
display="${CLASSLIST_DISPLAY:-:98}"
out=installer/linux/village-registry.classlist
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1366x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
# the probe closes the program once the login window is on screen
DISPLAY="$display" timeout 120 java -XX:DumpLoadedClassList="$work/classlist" -Dvreg.startup.probe=true \
  -Dvreg.startup.exit=true -Dfile.encoding=UTF-8 -jar target/village-registry.jar --home "$work/home" \
  >"$work/out.log" 2>&1 || { cat "$work/out.log" >&2; exit 1; }
grep -q "Startup complete" "$work/home/logs/vreg.log" || { echo "no login window" >&2; exit 1; }
{ echo "# Classes loaded until the login window; made by installer/linux/make-classlist.sh"; cat "$work/classlist"; } >"$out"
echo "$(grep -vc '^#' "$out") classes in $out"
