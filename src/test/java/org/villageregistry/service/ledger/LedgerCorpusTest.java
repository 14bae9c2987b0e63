package org.villageregistry.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.sheet.LedgerWorkbooks;

/**
 * Every ledger of the corpus ({@link LedgerCorpus}) brought into an empty register: each row is accepted or refused
 * exactly as expected, no refusal is silent, and for every accepted row `ledger export` gives back the source's
 * ID number, name, sex, birth date, relation and household (rows of one source household in one exported
 * household, of different ones in different households). The totals are printed at the end.
 */
class LedgerCorpusTest {
    @TempDir
    static Path temp;
    static final List<String> totals = new ArrayList<>();
    static int rows;
    static int accepted;
    static int refused;
    static int wrong;

    @BeforeAll
    static void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    static List<CorpusLedger> ledgers() {
        return LedgerCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgers")
    void everyRowIsAcceptedOrRefusedAsExpectedAndExportGivesBackTheSourceValues(CorpusLedger ledger) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(ledger.fileName + ".d"));
        Path file = CorpusFiles.write(ledger, folder);
        try (Register register = LedgerRegister.open(folder.resolve("register"))) {
            LedgerImportService ledgers = LedgerRegister.importer(register);
            LedgerSheet sheet = ledgers.readSheet(file);
            LedgerValidation validation = ledgers.validate(sheet, sheet.guessedMapping());
            Map<Integer, RowResult> byRow = new HashMap<>();
            validation.rows().forEach(r -> byRow.put(r.rowNumber(), r));
            assertThat(byRow).as(ledger.fileName + ": rows read").hasSize(ledger.rows.size());
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < ledger.rows.size(); i++) {
                CorpusLedger.Row expected = ledger.rows.get(i);
                RowResult actual = byRow.get(ledger.rowNumber(i));
                if (actual == null || actual.isValid() != expected.accepted()) {
                    mismatches.add("row " + ledger.rowNumber(i) + " " + expected.cells() + " expected "
                            + (expected.accepted() ? "accepted" : "refused") + " but "
                            + (actual == null ? "missing" : actual.isValid() ? "accepted" : actual.reason()));
                } else if (!expected.accepted() && !actual.reason().contains(expected.refusal())) {
                    mismatches.add("row " + ledger.rowNumber(i) + " reason " + actual.reason() + " lacks "
                            + expected.refusal());
                }
            }
            LedgerImportSummary summary = ledgers.importRows(sheet, sheet.guessedMapping());
            Path exported = folder.resolve("导出.xlsx");
            new LedgerExportService(register, new LedgerWorkbooks()).export(exported);
            List<String> differences = ExportedLedger.read(exported).differences(ledger);
            record(ledger, summary, mismatches.size() + differences.size());
            assertThat(mismatches).as(ledger.fileName).isEmpty();
            assertThat(differences).as(ledger.fileName + " exported").isEmpty();
            assertThat(summary.created()).isEqualTo(ledger.accepted());
        }
    }

    private static synchronized void record(CorpusLedger ledger, LedgerImportSummary summary, int wrongRows) {
        rows += ledger.rows.size();
        accepted += summary.created();
        refused += summary.skipped();
        wrong += wrongRows;
        totals.add(String.format("%-22s %s rows %2d: accepted %2d, refused %2d, wrong %d", ledger.fileName,
                ledger.format, ledger.rows.size(), summary.created(), summary.skipped(), wrongRows));
    }

    @AfterAll
    static void printTotals() throws IOException {
        totals.add(String.format("corpus: %d ledgers, %d rows: accepted %d, refused %d, wrong %d", totals.size(),
                rows, accepted, refused, wrong));
        totals.forEach(System.out::println);
        Path report = Path.of("target", "ledger-corpus.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, totals);
    }
}
