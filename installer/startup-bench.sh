#!/usr/bin/env bash
# Start-up benchmark of the installed program: starts the Linux app-image N times under Xvfb, each time with an
# empty workstation folder, and reads the program's own figure ("Startup complete: login window shown N ms after
# the process started (M ms CPU)", logged when -Dvreg.startup.probe=true). Prints every run, then the median and
# the maximum of both figures and the load average, so numbers from a busy machine can be judged.
#   installer/startup-bench.sh [RUNS]                   # the app-image in target/jpackage (build it first)
#   BENCH_COMMAND="java -jar target/village-registry.jar" installer/startup-bench.sh 5   # compare the fat jar
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
command="${BENCH_COMMAND:-target/jpackage/village-registry/bin/village-registry-desktop}"
timeout_s="${BENCH_TIMEOUT:-60}"

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Xvfb picks a free display itself and writes its number once it is ready to take clients
Xvfb -displayfd 3 -screen 0 1366x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"

shown=()
cpu=()
for run in $(seq "$runs"); do
  home="$work/home-$run"
  # shellcheck disable=SC2086
  JAVA_TOOL_OPTIONS="-Dvreg.startup.probe=true" $command --home "$home" >"$work/out-$run.log" 2>&1 &
  app_pid=$!
  line=""
  for _ in $(seq $((timeout_s * 20))); do
    line=$(grep -ho 'shown [0-9]* ms after the process started ([0-9-]* ms CPU)' "$home/logs/vreg.log" 2>/dev/null \
      | head -1 || true)
    [ -n "$line" ] && break
    kill -0 "$app_pid" 2>/dev/null || { echo "run $run: the program exited early" >&2; cat "$work/out-$run.log" >&2; exit 1; }
    sleep 0.05
  done
  [ -n "$line" ] || { echo "run $run: no login window within ${timeout_s}s" >&2; exit 1; }
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  ms=$(echo "$line" | awk '{print $2}')
  cpu_ms=$(echo "$line" | sed 's/.*(\([0-9-]*\) ms CPU)/\1/')
  shown+=("$ms")
  cpu+=("$cpu_ms")
  echo "run $run: login window after $ms ms, $cpu_ms ms CPU, load $(cut -d' ' -f1 /proc/loadavg)"
  sleep 1
done

stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:int((a[NR/2]+a[NR/2+1])/2); print "median " m " ms, max " a[NR] " ms"}'; }
echo "startup ($runs runs of: $command)"
echo "  login window shown: $(stats "${shown[@]}")"
echo "  CPU used by then:   $(stats "${cpu[@]}")"
echo "  load average now:   $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
