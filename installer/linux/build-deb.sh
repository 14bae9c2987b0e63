#!/usr/bin/env bash
# Makes the two Debian packages from the jpackage app-image (docs/decisions/0010-deb-packages-by-dpkg-deb.md):
#   village-registry_<version>_amd64.deb         the program in /opt/village-registry, `vreg` in /usr/bin, the menu
#                                                entry, icon and file types under /usr/share (inert without a desktop)
#   village-registry-county_<version>_all.deb    the county server: systemd unit, /etc/village-registry/county.conf,
#                                                the user vreg-county and /var/lib/village-registry-county
# Maintainer scripts, unit and configuration are in installer/linux/deb/. Needs dpkg-deb (and ldd, dpkg -S for
# the library dependencies), no root: files are owned by root through --root-owner-group.
#   installer/linux/build-deb.sh [IMAGE_DIR] [OUT_DIR]
#   DEB_VERSION=0.1.0-2 installer/linux/build-deb.sh   # another package revision (default: the image's version, -1)
#   DEB_COMPRESSION=gzip installer/linux/build-deb.sh  # faster to make, larger (CI: 12 s and 107 MB against xz's
#                                                      # 6-7 minutes and 79 MB on 2 cores); the contents are the same
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
image="$(cd "${1:-$root/target/jpackage/village-registry}" && pwd)"
[ -x "$image/bin/village-registry" ] || { echo "build-deb: no app-image in $image" >&2; exit 1; }
out="${2:-$root/target/installer}"
# the version jpackage wrote into the image (app.version of pom.xml)
app_version=$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$image/lib/app/village-registry.cfg")
version="${DEB_VERSION:-$app_version-1}"
maintainer="Village Registry <registry@example.org>"
compression="-Z${DEB_COMPRESSION:-xz}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/village-registry*_*.deb

# the shared libraries the image's runtime and launcher link against, as Debian packages (what jpackage does)
depends() {
  local libs
  libs=$(find "$image" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} + 2>/dev/null \
    | awk '/=> \// {print $3}' | sort -u)
  # merged /usr: dpkg knows a library under the path ldd names or under its real one; ask once for both
  # shellcheck disable=SC2046
  { dpkg -S $libs $(for lib in $libs; do readlink -f "$lib"; done) 2>/dev/null || true; } | cut -d: -f1 | sort -u \
    | paste -sd, | sed 's/,/, /g'
}

# --- village-registry: the program ---
pkg="$work/village-registry"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/mime/packages" \
  "$pkg/usr/share/icons/hicolor/256x256/apps" "$pkg/usr/share/doc/village-registry"
cp -a "$image" "$pkg/opt/village-registry"
rm -f "$pkg/opt/village-registry/lib/app/village-registry.jsa"   # made where installed (postinst)
ln -s /opt/village-registry/bin/village-registry "$pkg/usr/bin/vreg"
install -m 644 "$here/deb/desktop/village-registry.desktop" "$pkg/usr/share/applications/"
install -m 644 "$here/deb/desktop/village-registry.xml" "$pkg/usr/share/mime/packages/"
install -m 644 "$root/installer/icons/village-registry.png" "$pkg/usr/share/icons/hicolor/256x256/apps/"
install -m 644 "$root/installer/README.md" "$pkg/usr/share/doc/village-registry/README.md"
printf 'Village Registry (村级人口信息台账)\nCopyright: Village Registry contributors\n' \
  >"$pkg/usr/share/doc/village-registry/copyright"
install -m 755 "$here/deb/desktop/postinst" "$here/deb/desktop/prerm" "$pkg/DEBIAN/"
libs=$(depends)
cat >"$pkg/DEBIAN/control" <<EOF
Package: village-registry
Version: $version
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: ${libs:-libc6}
Recommends: libgtk-3-0, libgl1, libxtst6, fonts-noto-cjk
Section: misc
Priority: optional
Homepage: https://example.org/village-registry
Description: 村级人口信息台账 Village Registry
 Offline population register for villages and townships: households, persons,
 births, deaths, moves, monthly statistics, signed and encrypted sync bundles
 between village, township and county. The desktop needs a graphical session
 (GTK 3, OpenGL, Noto CJK fonts: recommended); the command line (vreg) and the
 county server run without one.
EOF
dpkg-deb --root-owner-group "$compression" --build "$pkg" "$out/village-registry_${version}_amd64.deb" >/dev/null

# --- village-registry-county: the county server as a service ---
pkg="$work/village-registry-county"
mkdir -p "$pkg/DEBIAN" "$pkg/lib/systemd/system" "$pkg/etc/village-registry" "$pkg/usr/share/doc/village-registry-county"
install -m 644 "$here/deb/county/village-registry-county.service" "$pkg/lib/systemd/system/"
install -m 640 "$here/deb/county/county.conf" "$pkg/etc/village-registry/"
install -m 644 "$root/installer/README.md" "$pkg/usr/share/doc/village-registry-county/README.md"
printf 'Village Registry (村级人口信息台账)\nCopyright: Village Registry contributors\n' \
  >"$pkg/usr/share/doc/village-registry-county/copyright"
install -m 755 "$here/deb/county/postinst" "$here/deb/county/prerm" "$here/deb/county/postrm" "$pkg/DEBIAN/"
echo /etc/village-registry/county.conf >"$pkg/DEBIAN/conffiles"
cat >"$pkg/DEBIAN/control" <<EOF
Package: village-registry-county
Version: $version
Architecture: all
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: village-registry (= $version), passwd
Suggests: postgresql
Section: misc
Priority: optional
Homepage: https://example.org/village-registry
Description: 村级人口信息台账 县级服务器 Village Registry county server
 The county server (vreg county serve) as the systemd service
 village-registry-county: receives the townships' uploads into PostgreSQL (the
 county's own, or an embedded one for a trial) and serves the county's
 statistics. Settings in /etc/village-registry/county.conf, data in
 /var/lib/village-registry-county, logs in the journal.
EOF
dpkg-deb --root-owner-group "$compression" --build "$pkg" "$out/village-registry-county_${version}_all.deb" >/dev/null

ls -l "$out"/village-registry*_"$version"_*.deb | awk '{printf "%s %d bytes (%.1f MiB)\n", $NF, $5, $5 / 1048576}'
