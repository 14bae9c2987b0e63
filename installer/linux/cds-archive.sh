#!/bin/sh
# Makes the class-data-sharing archive of the installed program (lib/app/village-registry.jsa): the JDK and
# program classes that start-up loads (lib/app/village-registry.classlist), parsed and verified once, so each
# start maps them instead of loading them again. The launcher asks for it (-XX:SharedArchiveFile in
# village-registry.cfg); without it the program starts as well, only slower.
#
# The archive records the jar's full path, size and time, so it is made where the program is installed: by the
# .deb's postinst (/opt/village-registry) and by installer/smoke-test.sh for target/jpackage/village-registry.
#   cds-archive.sh [IMAGE_DIR]          # default: the image this script is in
set -e
image="${1:-$(cd "$(dirname "$0")/../.." && pwd)}"
image="$(cd "$image" && pwd -P)"
app="$image/lib/app"
rm -f "$app/village-registry.jsa"
"$image/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:SharedClassListFile="$app/village-registry.classlist" \
  -XX:SharedArchiveFile="$app/village-registry.jsa" \
  -cp "$app/village-registry.jar" >/dev/null 2>&1 \
  || { echo "village-registry: no class-data-sharing archive made; the program starts without it" >&2; exit 0; }
chmod 644 "$app/village-registry.jsa"
