#!/usr/bin/env bash
# Fuzzes the readers of untrusted files, one Jazzer @FuzzTest per JVM (Jazzer fuzzes one target per run),
# one after the other. docs/SECURITY.md "Fuzzing" explains the targets and what counts as a finding.
#
#   src/test/fuzz/fuzz.sh                 every target for 3 minutes each
#   src/test/fuzz/fuzz.sh 2m              every target for 2 minutes each (Jazzer durations: 30s, 2m, 1h)
#   src/test/fuzz/fuzz.sh 10m ledgerXls   only the named targets (method names, see TARGETS below)
#
# Environment: MVN_ARGS (default -o, offline) and JAZZER_INSTRUMENT (the classes that get coverage, default
# org.villageregistry.**; add e.g. :org.apache.poi.** to let the fuzzer see inside POI, slower).
# A finding stops that target: Jazzer writes the input as crash-<sha1> into its
# src/test/resources/.../<TestClass>Inputs/<method>/ folder, where `./mvnw verify` replays it from then on.
# The working corpus (not committed) is kept in .cifuzz-corpus/. Logs and a summary: target/fuzz/.
set -u
cd "$(dirname "$0")/../../.."
DURATION="${1:-3m}"
shift || true
TARGETS=(
  "org.villageregistry.sync.bundle.BundleFuzzTest#bundleFile"
  "org.villageregistry.sync.bundle.BundleFuzzTest#bundleChanges"
  "org.villageregistry.sync.ReceiptFuzzTest#receiptFile"
  "org.villageregistry.sync.ReceiptFuzzTest#receiptContent"
  "org.villageregistry.sync.ReceiptFuzzTest#printedReceipt"
  "org.villageregistry.sync.EnrolmentFuzzTest#enrolmentFile"
  "org.villageregistry.storage.BackupFuzzTest#backupFile"
  "org.villageregistry.storage.BackupFuzzTest#backupKeys"
  "org.villageregistry.sheet.LedgerFuzzTest#ledgerXlsx"
  "org.villageregistry.sheet.LedgerFuzzTest#ledgerXls"
  "org.villageregistry.sheet.LedgerFuzzTest#ledgerCsv"
)
if [ $# -gt 0 ]; then
  chosen=()
  for want in "$@"; do
    for t in "${TARGETS[@]}"; do [ "${t#*#}" = "$want" ] && chosen+=("$t"); done
  done
  TARGETS=("${chosen[@]}")
fi
mkdir -p target/fuzz
summary=target/fuzz/summary.txt
status=0
./mvnw -B -q ${MVN_ARGS:--o} test-compile || exit 1
for t in "${TARGETS[@]}"; do
  method="${t#*#}"
  log="target/fuzz/$method.log"
  echo "== $t for $DURATION (log: $log)"
  start=$(date +%s)
  ./mvnw -B ${MVN_ARGS:--o} -Pfuzz surefire:test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfuzz.duration="$DURATION" -Dfuzz.instrument="${JAZZER_INSTRUMENT:-org.villageregistry.**}" \
      > "$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  done_line=$(grep -aE '^Done [0-9]+ runs in' "$log" | tail -1)
  cov=$(grep -aE '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [^ ]+' )
  verdict=$([ $rc -eq 0 ] && echo "no finding" || echo "FINDING or failure, see $log")
  line="$(date -u +%FT%TZ) $method: ${done_line:-no fuzzing summary} (${cov:-?}); ${took}s wall; $verdict"
  echo "$line" | tee -a "$summary"
  [ $rc -eq 0 ] || status=1
done
exit $status
