package org.villageregistry.service.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.sheet.LedgerWorkbooks;

/** The ledger `vreg ledger export` wrote, read back as text, to compare with what the source ledger said. */
record ExportedLedger(List<Map<LedgerColumn, String>> rows) {
    static ExportedLedger read(Path file) {
        LedgerSheet sheet = LedgerSheet.of(new LedgerWorkbooks().read(file));
        ColumnMapping mapping = sheet.guessedMapping();
        List<Map<LedgerColumn, String>> rows = new ArrayList<>();
        for (LedgerRow row : sheet.rows()) {
            Map<LedgerColumn, String> values = new HashMap<>();
            mapping.columns().forEach((column, index) -> values.put(column, row.cell(index).text()));
            rows.add(values);
        }
        return new ExportedLedger(rows);
    }

    /** What differs between the accepted rows of the source and the export; empty when all agree. */
    List<String> differences(CorpusLedger source) {
        List<String> out = new ArrayList<>();
        Map<String, String> householdOf = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        int found = 0;
        for (CorpusLedger.Row row : source.rows) {
            if (!row.accepted()) {
                continue;
            }
            CorpusLedger.Truth t = row.truth();
            List<Map<LedgerColumn, String>> same = rows.stream()
                    .filter(r -> r.get(LedgerColumn.NAME).equals(t.name())
                            && r.get(LedgerColumn.BIRTH_DATE).equals(t.birthDate().toString())).toList();
            if (same.size() != 1) {
                out.add(t.name() + " " + t.birthDate() + ": " + same.size() + " rows in the export");
                continue;
            }
            found++;
            Map<LedgerColumn, String> r = same.get(0);
            compare(out, t, "ID", t.id() == null ? "" : t.id(), r.get(LedgerColumn.ID_NUMBER));
            compare(out, t, "sex", t.sex().zh(), r.get(LedgerColumn.SEX));
            compare(out, t, "relation", t.relation().zh(), r.get(LedgerColumn.RELATION));
            String number = r.get(LedgerColumn.HOUSEHOLD_NUMBER);
            String before = householdOf.putIfAbsent(t.household(), number);
            if (before != null && !before.equals(number)) {
                out.add(t.name() + ": source household " + t.household() + " split into " + before + " and " + number);
            }
            String other = sourceOf.putIfAbsent(number, t.household());
            if (other != null && !other.equals(t.household())) {
                out.add(t.name() + ": source households " + other + " and " + t.household() + " merged into " + number);
            }
        }
        if (rows.size() != found) {
            out.add("export has " + rows.size() + " persons, source accepted " + found);
        }
        return out;
    }

    private static void compare(List<String> out, CorpusLedger.Truth t, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            out.add(t.name() + " " + what + ": source " + expected + ", export " + actual);
        }
    }
}
