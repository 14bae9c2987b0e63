package org.villageregistry.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.HouseholdService;

/** The registrar brings 柳树村's Excel ledger (sample-data/ledger) into a new register. */
class SampleLedgerImportTest extends LedgerRegisterTest {
    private Map<Integer, String> reasons(Path file) {
        return validate(file).errorRows().stream()
                .collect(Collectors.toMap(RowResult::rowNumber, RowResult::reason));
    }

    @Test
    void theHeaderIsFoundUnderTheTitleAndItsMergedCellsAndEveryColumnIsRecognised() {
        LedgerSheet sheet = ledgers.readSheet(LedgerRegister.SAMPLE_XLSX);

        assertThat(sheet.headerRowNumber()).isEqualTo(2);
        assertThat(sheet.headers()).containsExactly("户号", "村民小组", "门牌", "姓名", "与户主关系", "性别", "出生日期",
                "身份证号", "民族", "婚姻状况", "初婚日期", "户口性质", "联系电话", "备注");
        assertThat(sheet.guessedMapping().columns()).hasSize(LedgerColumn.exported().size());
        assertThat(sheet.rows()).hasSize(31).allMatch(r -> r.rowNumber() > 3);
    }

    @Test
    void theGoodRowsAreImportedAndTheBadOnesAreListedWithTheirReason() {
        LedgerImportSummary summary = importFile(LedgerRegister.SAMPLE_XLSX);

        assertThat(summary.created()).isEqualTo(21);
        assertThat(summary.householdsCreated()).isEqualTo(8);
        assertThat(summary.skipped()).isEqualTo(10);
        assertThat(summary.updated()).isZero();
        assertThat(register.transactions().read(() -> register.persons().count())).isEqualTo(21);

        Map<Integer, String> reasons = reasons(LedgerRegister.SAMPLE_XLSX);
        assertThat(reasons).hasSize(10);
        assertThat(reasons.values()).anyMatch(r -> r.contains("校验"))
                .anyMatch(r -> r.contains("户号 0006 的户主"))
                .anyMatch(r -> r.contains("只有 17 位"))
                .anyMatch(r -> r.contains("“不详”不是日期"))
                .anyMatch(r -> r.contains("“410103198504040000”存放在数字格式的单元格中"))
                .anyMatch(r -> r.contains("“41010319810103008”存放在数字格式的单元格中"))
                .anyMatch(r -> r.contains("“39569”不是完整的日期"))
                .anyMatch(r -> r.contains("户号 0009 的户主"))
                .anyMatch(r -> r.contains("同一人"))
                .anyMatch(r -> r.contains("“火星族”无法识别"));
    }

    @Test
    void householdsAreCreatedFromTheHouseholdNumberWithTheHeadFirst() {
        importFile(LedgerRegister.SAMPLE_XLSX);

        HouseholdFile zhang = new HouseholdService(register, LedgerRegister.CLOCK).show("0002");
        assertThat(zhang.members()).extracting(Person::name)
                .containsExactlyInAnyOrder("张德福", "李桂兰", "张伟", "张子涵", "张子轩");
        Household household = zhang.household();
        assertThat(household.headId()).isEqualTo(zhang.members().get(0).id());
        assertThat(household.group()).isEqualTo("一组");
        assertThat(zhang.members().get(0).name()).isEqualTo("张德福");
        assertThat(member(zhang, "张德福").birthDate()).hasToString("1955-01-15");
        assertThat(member(zhang, "张子轩").idNumber()).isNull();
        assertThat(member(zhang, "张子轩").relation()).isEqualTo(RelationToHead.GRANDCHILD);
    }

    private static Person member(HouseholdFile household, String name) {
        return household.members().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anIdStoredAsANumberIsRefusedAndTheRefusalQuotesIt() {
        LedgerSheet sheet = ledgers.readSheet(LedgerRegister.SAMPLE_XLSX);
        LedgerValidation validation = ledgers.validate(sheet, sheet.guessedMapping());

        RowResult zhou = validation.rows().stream().filter(r -> r.cells().get(3).equals("周小芳")).findFirst()
                .orElseThrow();
        assertThat(zhou.isValid()).isFalse();
        assertThat(zhou.reason()).contains("“41010319810103008”").contains("文本格式");
    }

    @Test
    void importingTheSameLedgerAgainCreatesNoDuplicates() {
        importFile(LedgerRegister.SAMPLE_XLSX);

        LedgerImportSummary again = importFile(LedgerRegister.SAMPLE_XLSX);

        assertThat(again.created()).isZero();
        assertThat(again.householdsCreated()).isZero();
        assertThat(again.unchanged()).isEqualTo(21);
        assertThat(again.skipped()).isEqualTo(10);
        assertThat(register.transactions().read(() -> register.persons().count())).isEqualTo(21);
        assertThat(register.transactions().read(() -> register.households().count())).isEqualTo(8);
    }

    @Test
    void theOldExcelFormatReadsTheSameAsTheNewOne() {
        LedgerImportSummary summary = importFile(LedgerRegister.SAMPLE_XLS);

        assertThat(summary.created()).isEqualTo(21);
        assertThat(summary.skipped()).isEqualTo(10);
    }

    @Test
    void theGbkCsvLosesTheNumericIdsToScientificNotationAndSaysSo() {
        LedgerImportSummary summary = importFile(LedgerRegister.SAMPLE_CSV);

        assertThat(summary.created()).isEqualTo(21);
        assertThat(summary.skipped()).isEqualTo(10);
        assertThat(reasons(LedgerRegister.SAMPLE_CSV).values()).filteredOn(r -> r.contains("科学计数法")).hasSize(2);
    }

    @Test
    void theCsvAfterTheWorkbookAddsNobodyTwice() {
        importFile(LedgerRegister.SAMPLE_XLSX);

        LedgerImportSummary csv = importFile(LedgerRegister.SAMPLE_CSV);

        assertThat(csv.created()).isZero();
        assertThat(register.transactions().read(() -> register.persons().count())).isEqualTo(21);
    }
}
