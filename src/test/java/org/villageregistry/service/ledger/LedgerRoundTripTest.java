package org.villageregistry.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.sheet.LedgerWorkbooks;

/** Correcting a ledger, fixing the refused rows, and the register going out as a ledger and back in. */
class LedgerRoundTripTest extends LedgerRegisterTest {
    @Test
    void aCorrectedPhoneNumberUpdatesThePersonInsteadOfAddingAnother() throws Exception {
        String header = "户号,姓名,与户主关系,性别,出生日期,民族,户口性质,婚姻状况,联系电话\n";
        importFile(csv("v1.csv", header + "0001,张三,户主,男,1990-05-01,汉族,农业,未婚,13800000001\n"));
        long versionBefore = register.transactions().read(() -> register.persons().page(0, 10)).get(0).version();

        LedgerImportSummary second = importFile(csv("v2.csv",
                header + "0001,张三,户主,男,1990年5月1日,汉族,农业,未婚,13900000009\n"));

        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.created()).isZero();
        Person zhang = register.transactions().read(() -> register.persons().page(0, 10)).get(0);
        assertThat(zhang.phone()).isEqualTo("13900000009");
        assertThat(zhang.version()).isGreaterThan(versionBefore);
        assertThat(register.transactions().read(() -> register.persons().count())).isEqualTo(1);
    }

    @Test
    void theRefusedRowsGoToASheetWithTheirReasonAndImportOnceCorrected() throws Exception {
        LedgerSheet sheet = ledgers.readSheet(LedgerRegister.SAMPLE_XLSX);
        LedgerValidation validation = ledgers.validate(sheet, sheet.guessedMapping());
        ledgers.importRows(sheet, sheet.guessedMapping());
        Path errors = temp.resolve("待修改.xlsx");

        ledgers.writeErrorSheet(validation, errors);

        LedgerSheet toFix = ledgers.readSheet(errors);
        assertThat(toFix.headers()).endsWith("错误原因").startsWith("户号", "村民小组");
        assertThat(toFix.rows()).hasSize(10);
        assertThat(toFix.rows().get(0).cell(14).text()).isNotBlank();
        LedgerValidation again = ledgers.validate(toFix, toFix.guessedMapping());
        // 周小芳's number of 17 digits is text now: her ID gets its X back with a note to check it
        assertThat(again.errorRows()).hasSize(8);
        // the repeated row of 郭强 is now a correction of the registered 郭强 (its note differs)
        assertThat(again.rows()).filteredOn(r -> r.cells().get(3).equals("郭强")).singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo(RowResult.Action.UPDATE));
    }

    @Test
    void theExportedLedgerImportsIntoAnEmptyRegisterAsTheSamePeople() throws Exception {
        importFile(LedgerRegister.SAMPLE_XLSX);
        Path exported = temp.resolve("导出.xlsx");

        int persons = new LedgerExportService(register, new LedgerWorkbooks()).export(exported);

        assertThat(persons).isEqualTo(21);
        assertThat(importFile(exported).unchanged()).isEqualTo(21);
        try (Register township = LedgerRegister.open(temp.resolve("另一台"))) {
            LedgerImportService other = LedgerRegister.importer(township);
            LedgerSheet sheet = other.readSheet(exported);
            LedgerImportSummary summary = other.importRows(sheet, sheet.guessedMapping());
            assertThat(summary.created()).isEqualTo(21);
            assertThat(summary.householdsCreated()).isEqualTo(8);
            assertThat(summary.skipped()).isZero();
        }
    }

    @Test
    void aNewHouseholdWithoutAHeadIsRefusedAndNothingOfItIsWritten() throws Exception {
        Path file = csv("nohead.csv", "户号,姓名,与户主关系,性别,出生日期,民族,户口性质\n"
                + "0007,李四,子,男,2001-01-01,汉族,农业\n0007,李五,女,女,2003-03-03,汉族,农业\n");

        LedgerImportSummary summary = importFile(file);

        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(register.transactions().read(() -> register.persons().count())).isZero();
        LedgerSheet sheet = ledgers.readSheet(file);
        assertThat(ledgers.validate(sheet, sheet.guessedMapping()).errorRows())
                .allSatisfy(r -> assertThat(r.reason()).contains("户号 0007 是新户").contains("户主"));
    }

    @Test
    void aMappingFileNamesTheColumnsTheGuessMissed() throws Exception {
        Path file = csv("odd.csv", "编号,户主姓名,性别,出生日期,民族,户口性质,关系\n"
                + "0003,赵六,男,1970-01-01,汉族,农业,户主\n");
        LedgerSheet sheet = ledgers.readSheet(file);
        assertThat(sheet.guessedMapping().missing()).containsExactly(LedgerColumn.NAME);
        assertThatThrownBy(() -> ledgers.validate(sheet, sheet.guessedMapping()))
                .hasMessageContaining("姓名");
        Path mappingFile = temp.resolve("mapping.json");
        Files.writeString(mappingFile, "{\"name\": \"户主姓名\", \"householdNumber\": 1}");

        ColumnMapping mapping = ledgers.mappingFromFile(mappingFile, sheet);

        assertThat(ledgers.importRows(sheet, mapping).created()).isEqualTo(1);
    }
}
