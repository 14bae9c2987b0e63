#!/usr/bin/env bash
# Run by the installer profile between copying the shaded jar to target/jpackage-input and jpackage:
#  1. re-packs the jar without compression: the .deb's own (xz) compression then packs the classes far
#     better than the jar's per-file deflate (the .deb shrinks by about a third), and class loading at
#     start-up no longer inflates every class;
#  2. adds the class list (which classes start-up loads) and cds-archive.sh, from which the installed program
#     makes its class-data-sharing archive (see postinst).
#   installer/linux/prepare-input.sh target/jpackage-input
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
input="$1"
jar="$input/village-registry.jar"

# the JDK's jar tool: from JAVA_HOME, else next to the java on the PATH
jartool="${JAVA_HOME:+$JAVA_HOME/bin/jar}"
[ -x "${jartool:-}" ] || jartool="$(dirname "$(readlink -f "$(command -v java)")")/jar"
[ -x "$jartool" ] || jartool=jar

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
(cd "$unpacked" && "$jartool" --extract --file "$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")")
"$jartool" --create --no-compress --file "$jar.stored" --manifest "$unpacked/META-INF/MANIFEST.MF" -C "$unpacked" .
mv "$jar.stored" "$jar"

cp "$here/village-registry.classlist" "$input/"
cp "$here/cds-archive.sh" "$input/"
chmod +x "$input/cds-archive.sh"
