#!/usr/bin/env bash
# Installs the two .deb packages the build made into this machine as a county's IT or an office would, and takes
# them out again (issue 15). Run as root (or with sudo) on a Debian/Ubuntu machine; .ci/run runs it on every run.
#  1. apt-get install ./village-registry_….deb ./village-registry-county_….deb
#  2. the desktop from /opt/village-registry under Xvfb until the login window shows (installer/smoke-test.sh)
#  3. the sample township's workstations (vreg sample), a county made with the package's county.conf (embedded
#     PostgreSQL), and the county server started by the ExecStart line of the package's systemd unit as its user
#     (systemd need not run); the township's upload (vreg upload) and the county's statistics (GET /api/stats)
#  4. the same packages installed over themselves (dpkg's upgrade path): every workstation folder unchanged
#  5. apt-get purge: nothing left but the workstation folders (and the county's user, who owns one)
# Prints the package sizes, the install time and the time to the first window.
#   installer/package-test.sh [DEB_DIR]      # default target/installer (./mvnw -Pinstaller verify -DskipTests, or installer/linux/build-deb.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
debs="${1:-target/installer}"
program_deb=$(ls "$debs"/village-registry_*_amd64.deb | tail -1)
county_deb=$(ls "$debs"/village-registry-county_*_all.deb | tail -1)
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
opt=/opt/village-registry
vreg="$opt/bin/village-registry"
unit=/lib/systemd/system/village-registry-county.service
conf=/etc/village-registry/county.conf
county_user=vreg-county
county_home=/var/lib/village-registry-county
year=$(date +%Y)

fail() { echo "package test: $*" >&2; exit 1; }
step() { echo "package test: $*"; }

work=$(mktemp -d)
chmod 755 "$work"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && $SUDO kill "$server_pid" 2>/dev/null || true
  $SUDO rm -rf "$work"   # the county's user wrote into it too
}
trap cleanup EXIT

# what on this machine carries the program's name before it is installed: the same must be all that is left after
scan() {
  find /opt /etc /usr /lib /var /srv /home /root -xdev \
    \( -path /var/lib/dpkg -o -path /var/cache -o -path /var/log -o -path /root/.m2 -o -path "$PWD" \) -prune \
    -o \( -iname '*village-registry*' -o -iname '*vreg*' \) -print 2>/dev/null | sort
}
$SUDO true
scan >"$work/before"
if dpkg-query -W village-registry >/dev/null 2>&1 || [ -e "$opt" ]; then
  fail "village-registry is installed already; apt-get purge village-registry village-registry-county first"
fi

# --- 1. install ---
start=$(date +%s.%N)
$SUDO apt-get install -y -q "$PWD/$program_deb" "$PWD/$county_deb" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "apt-get install failed"; }
installed=$(date +%s.%N)
grep -E '^(village-registry|Setting up village)' "$work/install.log" || true
dpkg-query -W -f='${Status}\n' village-registry village-registry-county | grep -vq 'install ok installed' \
  && fail "a package is not fully installed"
[ -s "$opt/lib/app/village-registry.jsa" ] || fail "postinst made no class-data-sharing archive"
[ -f /usr/share/applications/village-registry.desktop ] || fail "no menu entry"
if command -v update-desktop-database >/dev/null; then
  # a desktop: its trigger registered the two file types with the menu entry
  grep -q 'application/x-village-registry-bundle=village-registry.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "the desktop did not register the .vrb.json file type"
  grep -q 'application/x-village-registry-receipt=village-registry.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "the desktop did not register the .vrr.json file type"
else
  grep -q 'no desktop here' "$work/install.log" || fail "postinst did not say it skipped the desktop"
fi
getent passwd "$county_user" >/dev/null || fail "no user $county_user"
[ "$(stat -c %U "$county_home")" = "$county_user" ] || fail "$county_home is not $county_user's"
[ "$(stat -c '%a %G' "$conf")" = "640 $county_user" ] || fail "$conf is readable by others: $(stat -c '%a %U:%G' "$conf")"

# --- 2. the desktop, as installed ---
SMOKE_INSTALLED="$opt" installer/smoke-test.sh | tee "$work/smoke.log"
shown_ms=$(grep -o 'shown [0-9]*' "$work/smoke.log" | awk '{print $2}')

# --- 3. the county server from the package's unit, the sample township uploading to it ---
export VREG_HOME="$work/cli-home"   # the log of commands without --home (vreg sample), not root's ~/.village-registry
# the county's commands as its user, as the county's IT runs them by hand (sudo -u vreg-county …), with a /tmp of
# their own for the embedded PostgreSQL's binaries, as on a server where nobody else ran one (and PrivateTmp=)
private_tmp="$work/county-tmp"
mkdir -p "$private_tmp" && $SUDO chown "$county_user" "$private_tmp"
as_county() {
  $SUDO runuser -u "$county_user" -- env VREG_HOME="$county_home" JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$private_tmp" "$@"
}
# the port the configuration names; where something else holds it on this machine, another, as IT would set it
port=$(sed -n 's/^port=//p' "$conf")
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
$SUDO sed -i "s/^port=.*/port=$port/" "$conf"
sample="$work/sample"
usb="$work/usb"
mkdir -p "$usb" && chmod 777 "$usb"
/usr/bin/vreg sample --out "$sample" --villages 2 --persons 60 --seed 7 --no-county >/dev/null
export VREG_PASSWORD=sample-password-2026
town="$sample/township"
as_county env VREG_NEW_PASSWORD=county-admin-2026 "$vreg" county init --config "$conf" --division 410103 \
  --name 示范县 --user countyadmin
as_county "$vreg" county enrol export --config "$conf" --to "$usb" >/dev/null
"$vreg" enrol export --home "$town" --to "$usb" >/dev/null
as_county "$vreg" county enrol import --config "$conf" "$usb/410103100.enrol.json" >/dev/null
"$vreg" enrol import --home "$town" "$usb/410103.enrol.json" >/dev/null
for village in "$sample"/village-*; do
  "$vreg" enrol import --home "$village" "$usb/410103.enrol.json" >/dev/null
  mkdir -p "$work/bundles-${village##*/}"
  "$vreg" export --home "$village" --to "$work/bundles-${village##*/}" >/dev/null
  "$vreg" import --home "$town" "$work/bundles-${village##*/}"/*.vrb.json >/dev/null
done
"$vreg" receipt --home "$town" --all --to "$usb" >/dev/null

# systemd may not run here: the unit's ExecStart line, as the unit's user, with the unit's environment (and, as
# PrivateTmp= gives the service, a /tmp of its own)
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[ "$(sed -n 's/^User=//p' "$unit")" = "$county_user" ] || fail "the unit does not run as $county_user"
unit_env=$(sed -n 's/^Environment=//p' "$unit")
# shellcheck disable=SC2086
$SUDO runuser -u "$county_user" -- env $unit_env JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$private_tmp" \
  sh -c "cd $county_home && exec $exec_start" >"$work/county.log" 2>&1 &
server_pid=$!
for _ in $(seq 600); do
  grep -q 'http://' "$work/county.log" 2>/dev/null && break
  [ -d "/proc/$server_pid" ] || { cat "$work/county.log" >&2; fail "the county server stopped"; }
  sleep 0.1
done
grep -q 'http://' "$work/county.log" || { cat "$work/county.log" >&2; fail "the county server did not start"; }
step "$(grep -m1 'http://' "$work/county.log")"
grep -q "http://127.0.0.1:$port/" "$work/county.log" || fail "the server's start line does not give its address as http://127.0.0.1:$port/"

"$vreg" upload --home "$town" --url "http://127.0.0.1:$port" --now | tee "$work/upload.log"
grep -q "县里已收到" "$work/upload.log" && ! grep -q "没有送到" "$work/upload.log" || fail "the upload did not go through"
grep -q 'POST /bundles' "$work/county.log" || fail "the server's log (the journal's) shows no upload"

# the county's statistics over HTTP (bash's /dev/tcp: no curl needed), against the township's own figures
http_get() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic %s\r\nConnection: close\r\n\r\n' \
    "$1" "$(printf 'countyadmin:county-admin-2026' | base64)" >&3
  cat <&3
  exec 3<&-
}
http_get "/api/stats?period=$year" | tr -d '\r' >"$work/stats.http"
head -1 "$work/stats.http" | grep -q ' 200' || { cat "$work/stats.http" >&2; fail "GET /api/stats failed"; }
"$vreg" stats --home "$town" --period "$year" --format json >"$work/township.json"
# the county's answer holds the township's own report unchanged (one definition of every figure), but for the
# two figures each keeps its own way (DataQuality: unresolved conflicts, acknowledgements)
own_way() { sed -E 's/"(unresolvedConflicts|notAcknowledged)":[^,}]*/"\1":-/g'; }
county_body=$(sed '1,/^$/d' "$work/stats.http" | tr -d ' \n\t' | own_way)
township_body=$(tr -d ' \n\t' <"$work/township.json" | own_way)
[[ "$county_body" == *"\"townships\":[$township_body"* ]] \
  || { cat "$work/stats.http" "$work/township.json" >&2; fail "the county's statistics are not the township's"; }
population=$(grep -o '"populationEnd":[0-9]*' <<<"$township_body" | cut -d: -f2 | sort -n | tail -1)
[ "${population:-0}" -gt 0 ] || fail "the county counts nobody"
for code in 410103100001 410103100002; do grep -q "$code" "$work/stats.http" || fail "no village $code at the county"; done
step "county statistics $year: the township's own report, population $population at the end"

$SUDO kill "$server_pid"
for _ in $(seq 300); do [ -d "/proc/$server_pid" ] || break; sleep 0.1; done
[ -d "/proc/$server_pid" ] && fail "the county server did not stop"
wait "$server_pid" 2>/dev/null || true
server_pid=""
# no process of the county's user left (no pgrep in minimal images: /proc)
for _ in $(seq 50); do
  left=$(for p in /proc/[0-9]*; do [ "$(stat -c %U "$p" 2>/dev/null)" = "$county_user" ] && cat "$p/comm"; done || true)
  [ -z "$left" ] && break
  sleep 0.2
done
[ -z "$left" ] || fail "the embedded PostgreSQL did not stop with the server: $left"

# --- 4. installed again over itself (prerm upgrade, postinst configure <version>): the folders unchanged ---
folders() { $SUDO find "$sample" "$county_home" -type f ! -path '*/logs/*' ! -path '*/pgdata/*' -print0 | sort -z \
  | $SUDO xargs -0 sha256sum; }
folders >"$work/folders.before"
$SUDO apt-get install -y -q --reinstall "$PWD/$program_deb" "$PWD/$county_deb" >"$work/reinstall.log" 2>&1 \
  || { cat "$work/reinstall.log" >&2; fail "installing again failed"; }
folders | diff "$work/folders.before" - || fail "installing again changed a workstation folder"
[ -s "$opt/lib/app/village-registry.jsa" ] || fail "no class-data-sharing archive after installing again"

# --- 5. removed and purged: only the workstation folders stay ---
$SUDO apt-get remove -y -q village-registry-county village-registry >"$work/remove.log" 2>&1 \
  || { cat "$work/remove.log" >&2; fail "apt-get remove failed"; }
[ -e "$opt" ] && fail "$opt is still there after remove: $(find "$opt" | head)"
[ -f "$conf" ] || fail "remove (not purge) took the county's configuration"
$SUDO apt-get purge -y -q village-registry-county village-registry >"$work/purge.log" 2>&1 \
  || { cat "$work/purge.log" >&2; fail "apt-get purge failed"; }
grep 'village-registry-county:' "$work/purge.log" || true
folders | diff "$work/folders.before" - || fail "removing changed a workstation folder"
scan >"$work/after"
left=$(comm -13 "$work/before" "$work/after" | grep -v "^$county_home" || true)
[ -z "$left" ] || fail "left after purge: $left"
dpkg -l village-registry village-registry-county 2>/dev/null | grep -E '^(ii|rc|iU|iF)' \
  && fail "dpkg still knows the packages after purge"
step "purged: nothing left but the workstation folders ($county_home, owned by $county_user, who stays)"
$SUDO rm -rf "$county_home"   # this machine's county was a test; a county's IT keeps it (installer/README.md)
$SUDO userdel "$county_user" 2>/dev/null || true
$SUDO groupdel "$county_user" 2>/dev/null || true

size() { awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.1f MB", b / 1048576}'; }
echo "package test passed: $(basename "$program_deb") $(size "$program_deb"), $(basename "$county_deb")" \
  "$(stat -c %s "$county_deb") bytes; installed in $(awk -v a="$start" -v b="$installed" 'BEGIN {printf "%.1f", b - a}') s," \
  "first login window $shown_ms ms after the program started; load $(cut -d' ' -f1 /proc/loadavg)"
