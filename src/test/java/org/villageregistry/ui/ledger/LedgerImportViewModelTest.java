package org.villageregistry.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.ledger.LedgerColumn;
import org.villageregistry.service.ledger.LedgerExportService;
import org.villageregistry.service.ledger.LedgerImportService;
import org.villageregistry.service.ledger.LedgerSheet;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.sheet.LedgerWorkbooks;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.ledger.LedgerImportViewModel.Step;

/** The registrar walks 柳树村's Excel ledger (sample-data/ledger) through the import wizard. */
class LedgerImportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 20).atTime(10, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    private static final Path SAMPLE = Path.of("sample-data/ledger/柳树村人口台账.xlsx");
    private static final int NAME_COLUMN = 3;

    @TempDir
    Path temp;
    Register register;
    LedgerImportService imports;
    LedgerImportViewModel wizard;
    final List<Double> progressSeen = new ArrayList<>();

    @BeforeEach
    void openRegister() {
        Messages.setLocale(Messages.CHINESE);
        register = new WorkstationService(new H2RegisterStore(CLOCK)).init(temp.resolve("柳树村"),
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "admin",
                "secret-1".toCharArray());
        LedgerWorkbooks workbooks = new LedgerWorkbooks();
        imports = new LedgerImportService(register, CLOCK, workbooks);
        wizard = new LedgerImportViewModel(imports, new LedgerExportService(register, workbooks),
                new SameThreadTaskExecutor(), Runnable::run);
        wizard.progressProperty().addListener((o, was, now) -> progressSeen.add(now.doubleValue()));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void openingTheLedgerShowsItsFirstRowsUnderTheGuessedColumns() {
        wizard.open(SAMPLE);

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(wizard.preview()).hasSize(LedgerImportViewModel.PREVIEW_ROWS)
                .allMatch(row -> row.size() == wizard.sheetProperty().get().headers().size());
        assertThat(wizard.columnAt(NAME_COLUMN)).contains(LedgerColumn.NAME);
        assertThat(wizard.columnAt(0)).contains(LedgerColumn.HOUSEHOLD_NUMBER);
        assertThat(wizard.missingColumns()).isEmpty();
        assertThat(wizard.noticeProperty().get()).contains("31").contains("柳树村人口台账.xlsx");
    }

    @Test
    void aFileWithoutALedgerHeaderStaysOnTheFirstStepWithTheReason() throws Exception {
        Path notes = Files.writeString(temp.resolve("说明.csv"), "柳树村 2026 年工作说明\n不是台账\n");

        wizard.open(notes);

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(wizard.errorProperty().get()).contains("说明.csv").contains("表头");
        assertThat(wizard.busyProperty().get()).isFalse();
    }

    @Test
    void ignoringTheNameColumnRefusesTheCheckUntilTheRegistrarMapsItAgain() {
        wizard.open(SAMPLE);

        wizard.assign(NAME_COLUMN, Optional.empty());
        wizard.validate();

        assertThat(wizard.missingColumns()).contains("姓名");
        assertThat(wizard.errorProperty().get()).contains("姓名");
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAPPING);

        wizard.assign(NAME_COLUMN, Optional.of(LedgerColumn.NAME));
        wizard.validate();

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(wizard.errorProperty().get()).isEmpty();
    }

    @Test
    void choosingAColumnForASecondPlaceMovesItThere() {
        wizard.open(SAMPLE);

        wizard.assign(13, Optional.of(LedgerColumn.NAME));

        assertThat(wizard.columnAt(13)).contains(LedgerColumn.NAME);
        assertThat(wizard.columnAt(NAME_COLUMN)).isEmpty();
    }

    @Test
    void checkingListsTheRowsWithErrorsWithTheirReasonsAndTheyExportAsASheetToFix() {
        wizard.open(SAMPLE);
        wizard.validate();

        assertThat(wizard.errorRows()).hasSize(10).allMatch(row -> !row.reason().isBlank());
        assertThat(wizard.importableRows()).isEqualTo(21);
        assertThat(wizard.noticeProperty().get()).contains("新增 21 人").contains("有错 10 行");
        assertThat(register.transactions().read(() -> register.persons().count())).isZero();

        Path toFix = temp.resolve("待修改.xlsx");
        wizard.exportErrors(toFix);

        LedgerSheet errors = imports.readSheet(toFix);
        assertThat(errors.headers()).last().isEqualTo("错误原因");
        assertThat(errors.rows()).hasSize(10);
        assertThat(wizard.noticeProperty().get()).contains("10").contains("待修改.xlsx");

        wizard.back();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(wizard.noticeProperty().get()).as("the check's counts are gone with it").doesNotContain("新增")
                .contains("31 行");
    }

    @Test
    void importingSavesTheValidRowsWithProgressToTheEndAndTheSameLedgerAgainChangesNothing() {
        wizard.open(SAMPLE);
        wizard.validate();
        progressSeen.clear();
        wizard.importValid();

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.SUMMARY);
        assertThat(wizard.summaryProperty().get().created()).isEqualTo(21);
        assertThat(wizard.summaryProperty().get().skipped()).isEqualTo(10);
        assertThat(wizard.summaryProperty().get().householdsCreated()).isEqualTo(8);
        assertThat(progressSeen).isSorted().last().isEqualTo(1.0);
        assertThat(progressSeen.size()).isGreaterThan(2);
        assertThat(register.transactions().read(() -> register.persons().count())).isEqualTo(21);

        wizard.back();
        wizard.open(SAMPLE);
        wizard.validate();
        wizard.importValid();

        assertThat(wizard.summaryProperty().get().created()).isZero();
        assertThat(wizard.summaryProperty().get().unchanged()).isEqualTo(21);
        assertThat(register.transactions().read(() -> register.persons().count())).isEqualTo(21);
    }

    @Test
    void theCheckListsBeforeImportingWhichRegisteredPersonsChangeAndHow() {
        wizard.open(SAMPLE);
        wizard.validate();
        wizard.importValid();
        var stored = register.transactions().read(() -> register.persons().page(0, 100)).stream()
                .filter(p -> p.phone() != null).findFirst().orElseThrow();
        register.transactions().write(() -> register.persons().save(stored.toBuilder().phone("13900000000").build()));

        wizard.back();
        wizard.open(SAMPLE);
        wizard.validate();

        assertThat(wizard.attentionTitle()).isEqualTo("导入前请看：不能导入 10 行，需核对 1 行，将更新已登记的 1 人");
        assertThat(wizard.attentionRows()).hasSize(12);
        assertThat(wizard.attentionRows()).filteredOn(r -> r.outcome().equals("导入，需核对")).singleElement()
                .satisfies(r -> assertThat(r.explanation()).isNotBlank().isEqualTo(r.warnings().get(0).message()));
        var update = wizard.attentionRows().stream().filter(r -> r.outcome().equals("将更新")).findFirst().orElseThrow();
        assertThat(update.explanation()).isEqualTo("改动：联系电话：13900000000 → " + stored.phone());
        assertThat(wizard.attentionRows()).filteredOn(r -> r.outcome().equals("不导入")).hasSize(10)
                .allMatch(r -> r.explanation().equals(r.reason()));
    }

    @Test
    void theRegisterExportsAsALedgerThatReadsBackWithEveryPerson() {
        wizard.open(SAMPLE);
        wizard.validate();
        wizard.importValid();

        Path export = temp.resolve("人口台账.xlsx");
        wizard.exportRegister(export);

        assertThat(wizard.noticeProperty().get()).contains("21").contains("人口台账.xlsx");
        assertThat(imports.readSheet(export).rows()).hasSize(21);
        assertThat(register.audit().list(org.villageregistry.domain.repository.AuditFilter.all()
                .of(org.villageregistry.domain.repository.AuditAction.LEDGER_EXPORTED), 0, 10))
                .as("names and ID numbers left the register unencrypted: who and how many, nothing else")
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("persons=21"));
    }
}
