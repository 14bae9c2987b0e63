#!/usr/bin/env bash
# Makes this folder's sample township again from the program (see README.md "怎样生成的"): the workstations, the
# enrolment files, one month's hand-over (bundles, the township's import, receipts back to the villages) and the
# sample county's folder. Run from the project root after `./mvnw -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/village-registry.jar
[ -f "$JAR" ] || { echo "先构建程序 / build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
vreg() { VREG_PASSWORD=sample-password-2026 java -jar "$JAR" "$@"; }
OUT=sample-data

rm -rf "$OUT"/township "$OUT"/village-0* "$OUT"/enrolment "$OUT"/bundles "$OUT"/receipts "$OUT"/county
vreg sample --out "$OUT"
mkdir -p "$OUT"/bundles "$OUT"/receipts
for v in "$OUT"/village-0*; do
    vreg export --home "$v" --user admin --to "$OUT"/bundles
done
vreg import --home "$OUT"/township --user clerk "$OUT"/bundles
for v in "$OUT"/village-0*; do
    code=$(sed -n 's/.*"division" *: *"\([0-9]*\)".*/\1/p' "$v"/workstation.json | head -1)
    vreg receipt --home "$OUT"/township --user clerk --village "$code" --to "$OUT"/receipts
    vreg import --home "$v" --user admin "$OUT"/receipts/"${code}"_receipt_*.vrr.json
done

# one approved month: 柳树村 submits October with its next bundle, the township approves it, the receipt locks it
v1="$OUT"/village-01
vreg signoff submit --home "$v1" --user registrar --period 2026-10
vreg export --home "$v1" --user registrar --to "$OUT"/bundles
vreg import --home "$OUT"/township --user clerk "$OUT"/bundles
vreg signoff approve --home "$OUT"/township --user clerk --village 410103100001 --period 2026-10
vreg receipt --home "$OUT"/township --user clerk --village 410103100001 --to "$OUT"/receipts
vreg import --home "$v1" --user registrar "$(ls -t "$OUT"/receipts/410103100001_receipt_*.vrr.json | head -1)"

# one completed sample verification (抽样核查) at the township; its findings go out with the next receipts
vreg verification sample --home "$OUT"/township --user clerk
echo "done: $OUT"
