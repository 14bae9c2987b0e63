#!/usr/bin/env bash
# Resident memory of the desktop as installed (issue 17: a township workstation stays under 300 MB resident while
# importing and while showing every screen). Starts the program the way its menu entry does (the Linux app-image's
# bin/village-registry-desktop, with the JVM options of its .cfg; decision 0028) under Xvfb at 1366x768, signs in
# to an empty township, imports a folder of village bundles from the 数据同步 screen (its folder dialog, as a
# registrar would), then visits every screen of a township workstation and the tabs that load data, with the keyboard and the mouse
# (xdotool). After each step (when the program's CPU time has stood still for 3 s) it reads the resident set
# (VmRSS), the highest resident set of that step (sampled every 0.5 s) and of the whole run so far (VmHWM), and
# takes a screenshot, so one can see that each screen showed its data.
#
#   installer/desktop-memory.sh                 # the app-image in target/jpackage/village-registry
#   DESKMEM_DATA=/tmp/big-imp installer/desktop-memory.sh
#
# DESKMEM_DATA is a folder with township-orig/ (the township workstation, its villages enrolled, nothing imported)
# and usb/ (one snapshot bundle of each village). Without it the script makes one with the program itself:
#   vreg sample --out DIR --villages 40 --persons 1500 --no-county   and   vreg export --snapshot --to DIR/usb
# for each village (10–20 minutes on 2 cores), kept in target/desktop-memory-data for the next run.
# DESKMEM_JAVA_OPTIONS adds JVM options for a diagnosis (e.g. -XX:NativeMemoryTracking=summary); the figures
# of the goal are those of a run without it. DESKMEM_KEEP=1 leaves the program running at the end.
# Writes (DESKMEM_OUT, default target/desktop-memory) steps.txt (the table), samples.txt and one screenshot per step. Needs Xvfb,
# xdotool and imagemagick (import).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
image="${DESKMEM_IMAGE:-target/jpackage/village-registry}"
launcher="$image/bin/village-registry-desktop"
[ -x "$launcher" ] || launcher="$image/bin/village-registry"   # an image made before the desktop had its own
[ -x "$launcher" ] || { echo "desktop-memory: no app-image at $image (installer/smoke-test.sh makes one)" >&2; exit 1; }
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "desktop-memory: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
password="${DESKMEM_PASSWORD:-sample-password-2026}"
user="${DESKMEM_USER:-admin}"
out="${DESKMEM_OUT:-$root/target/desktop-memory}"
rm -rf "$out"
mkdir -p "$out"

# --- the data: an empty, enrolled township and a USB folder of the villages' bundles ---
data="${DESKMEM_DATA:-$root/target/desktop-memory-data}"
if [ ! -d "$data/township-orig" ] || [ ! -d "$data/usb" ]; then
  echo "making the sample township in $data (40 villages x 1,500 persons)"
  rm -rf "$data"
  mkdir -p "$data"
  vreg="$root/installer/vreg"
  VREG_JAR="$image/lib/app/village-registry.jar" "$vreg" sample --out "$data/sample" --villages 40 --persons 1500 \
    --no-county >/dev/null
  mkdir -p "$data/usb"
  role() { [ -f "$1/workstation.json" ] && sed -n 's/.*"role" *: *"\([a-z]*\)".*/\1/p' "$1/workstation.json"; }
  for ws in "$data"/sample/*/; do
    case "$(role "$ws" || true)" in
      village)
        VREG_PASSWORD="$password" VREG_JAR="$image/lib/app/village-registry.jar" "$vreg" export --snapshot \
          --to "$data/usb" --home "$ws" --user "$user" >/dev/null 2>>"$data/make.log" ;;
      township) cp -a "$ws" "$data/township-orig" ;;
    esac
  done
fi
work=$(mktemp -d)
home="$work/township"
usb="$work/usb"
cp -a "$data/township-orig" "$home"
rm -rf "$home/logs" "$home/backups"
mkdir -p "$usb"
cp "$data"/usb/*.vrb.json "$usb/"
bundles=$(ls "$usb" | wc -l)
# The registrar imported from this stick before: the folder dialog opens on it.
echo "lastFolder=$usb" >"$home/desktop.properties"
# A register of an older schema is migrated (and backed up) once, at its first sign-in: done here, from the
# command line, so the measured sign-in is an everyday one.
VREG_PASSWORD="$password" VREG_JAR="$image/lib/app/village-registry.jar" "$root/installer/vreg" stats \
  --period 2026 --home "$home" --user "$user" >/dev/null

xvfb_pid=""
app_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  if [ -z "${DESKMEM_KEEP:-}" ]; then
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
  fi
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"

kib_mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k * 1024 / 1000000}'; }
status() { awk -v key="$1" '$1 == key":" {print $2}' "/proc/$app_pid/status"; }
# waits until the program's CPU time has not moved for 3 s (at most $1 s)
settle() {
  local limit="${1:-300}" prev=-1 still=0 cpu
  for _ in $(seq $((limit * 2))); do
    sleep 0.5
    cpu=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
    if [ "$cpu" -le $((prev + 2)) ]; then still=$((still + 1)); else still=0; fi
    prev=$cpu
    [ "$still" -ge 6 ] && return 0
  done
  echo "desktop-memory: still busy after $limit s" >&2
}

# the environment the menu entry gives the program (Exec=env VAR=value … of the .desktop file; decision 0042);
# DESKMEM_MENU_ENV replaces it for a comparison (DESKMEM_MENU_ENV=" ": none)
menu_env="${DESKMEM_MENU_ENV:-$(sed -n 's/^Exec=env \(\([A-Z_]*=[^ ]* \)*\).*/\1/p' installer/linux/deb/desktop/village-registry.desktop)}"
echo "environment of the menu entry: ${menu_env:- none}" >"$out/environment.txt"

# --- the floor: JavaFX alone (app.MemoryFloor: the program's theme and fonts, a 1,000-row table of Chinese text,
# nothing of the register), with the JVM options of the launcher's .cfg (but its class-data archive, which holds
# the program's classes) and the menu entry's environment: what the desktop's figures are read beside ---
cfg="$image/lib/app/$(basename "$launcher").cfg"
floor_options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare' | tr '\n' ' ')
# shellcheck disable=SC2086
env $menu_env "$image/lib/runtime/bin/java" $floor_options -cp "$image/lib/app/village-registry.jar" \
  org.villageregistry.app.MemoryFloor >"$out/floor.log" 2>&1 &
app_pid=$!   # watched by settle and status until the program starts
sleep 2
settle 60
floor_kib=$(status VmRSS)
import -window root "$out/00-floor.png"
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true

# shellcheck disable=SC2086
env $menu_env JAVA_TOOL_OPTIONS="${DESKMEM_JAVA_OPTIONS:-}" "$launcher" --home "$home" >"$out/program.log" 2>&1 &
app_pid=$!
[ -n "${DESKMEM_JAVA_OPTIONS:-}" ] || unset JAVA_TOOL_OPTIONS
# every half second: time (ms), resident set and its peak (KiB), CPU time (ticks)
(while [ -d "/proc/$app_pid" ]; do
  echo "$(date +%s%3N) $(awk '/^VmRSS/{r=$2} /^VmHWM/{h=$2} END{print r, h}' "/proc/$app_pid/status" 2>/dev/null) \
$(awk '{print $14 + $15}' "/proc/$app_pid/stat" 2>/dev/null)"
  sleep 0.5
done) >"$out/samples.txt" 2>/dev/null &
sampler_pid=$!

step_start=$(date +%s%3N)
printf '%-34s %8s %10s %10s %8s\n' step "RSS MB" "step peak" "run peak" seconds | tee "$out/steps.txt"
printf '%-34s %8s\n' "floor: JavaFX alone (MemoryFloor)" "$(kib_mb "$floor_kib")" | tee -a "$out/steps.txt"
# ends a step: RSS now, the highest sample since the step began, the process's peak so far
record() {
  local name="$1" now rss hwm peak
  now=$(date +%s%3N)
  import -window root "$out/$(printf '%02d' "$(wc -l <"$out/steps.txt")")-$name.png"
  rss=$(status VmRSS); hwm=$(status VmHWM)
  peak=$(awk -v s="$step_start" -v r="$rss" '$1 >= s && $2 > r {r = $2} END {print r}' "$out/samples.txt")
  printf '%-34s %8s %10s %10s %8s\n' "$name" "$(kib_mb "$rss")" "$(kib_mb "$peak")" "$(kib_mb "$hwm")" \
    $(((now - step_start) / 1000)) | tee -a "$out/steps.txt"
  step_start=$(date +%s%3N)
}
window() { xdotool search --sync --onlyvisible --name "$1" 2>/dev/null | head -1; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; }
key() { xdotool key "$@"; sleep 0.3; }

# --- start and sign in ---
main=$(window '村级人口信息台账')
settle 120
record login-window
xdotool mousemove 683 20   # keyboard focus follows the pointer (no window manager); the user name has it
xdotool type --delay 20 "$user"; key Tab
xdotool type --delay 20 "$password"; key Return
sleep 2
settle 300
record signed-in-home
# township screens, in the order of the navigation (app.Screens): Ctrl+1..9 are 首页, 各村, 育龄妇女, 数据质量,
# 数据同步, 冲突处理, 抽样核查, 报表, 审计日志; 设置 (the tenth) is clicked
xdotool mousemove 700 740
key ctrl+5
settle 60
record sync-screen
# --- import the USB folder: 导入 U 盘上的全部数据包(I)…, the folder dialog opens on the stick: 打开 ---
key alt+i
dialog=$(window '选择 U 盘')
xdotool windowfocus --sync "$dialog"
xdotool windowmove "$dialog" 150 20 windowsize "$dialog" 1000 700
sleep 1
import -window root "$out/folder-dialog.png"
click 1100 696
sleep 5
settle 900
record "import-$bundles-bundles"
key ctrl+1
settle 300
record home
click 400 177           # the first to-do list opened
settle 120
record home-list-opened
key ctrl+4
settle 300
record quality
key ctrl+2
settle 300
record villages
for tab in search duplicates signoff; do
  case "$tab" in search) x=272 ;; duplicates) x=378 ;; signoff) x=466 ;; esac
  click "$x" 172
  if [ "$tab" = search ]; then
    click 600 216; xdotool type --delay 20 wang; key Return   # every Wang (王, 汪) of the township, by pinyin
  fi
  settle 300
  record "villages-$tab"
done
key ctrl+3
settle 300
record roster
key ctrl+6
settle 120
record conflicts
key ctrl+7
settle 120
record verification
key ctrl+8
settle 60
key Return              # 预览: the township's monthly report
settle 300
record reports-preview
key ctrl+9
settle 120
record audit
click 75 432            # 设置
settle 60
record settings
key ctrl+1
settle 120
record home-again
echo "peak of the whole run: $(kib_mb "$(status VmHWM)") MB (VmHWM), $(awk -v h="$(status VmHWM)" -v f="$floor_kib" \
  'BEGIN {printf "%.2f", (f > 0 ? h / f : 0)}') x its floor; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee -a "$out/steps.txt"
if [ -n "${DESKMEM_KEEP:-}" ]; then echo "program pid $app_pid on DISPLAY $DISPLAY, folder $work"; fi
