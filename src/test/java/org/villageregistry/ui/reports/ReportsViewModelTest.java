package org.villageregistry.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.report.ReportKind;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;

/** The village clerk picks a report, previews it, saves and prints it, and stops a long one half way. */
class ReportsViewModelTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 2).atTime(9, 30).atZone(ZoneId.systemDefault())
            .toInstant(), ZoneId.systemDefault());

    @TempDir
    Path home;

    Register register;
    ReportsViewModel model;
    final List<byte[]> printed = new ArrayList<>();
    Executor uiThread = Runnable::run;

    @BeforeEach
    void liushu() {
        Messages.setLocale(Messages.CHINESE);
        register = new WorkstationService(TestStores.quick(CLOCK)).init(home.resolve("ws"),
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "张会计",
                "secret-1".toCharArray());
        new PersonService(register, CLOCK).register(Person.builder().name("王秀英").sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 1, 1)).ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL)
                .maritalStatus(MaritalStatus.UNMARRIED).enteredOn(LocalDate.of(1990, 1, 1)).build());
        model = model(register);
    }

    private ReportsViewModel model(Register r) {
        ReportService reports = new ReportService(r, CLOCK, BundleArrivals.NOT_TRACKED, ReceiptSigning.UNAVAILABLE,
                new ProgramBuild("0.1.0", "2026-11-30"));
        return new ReportsViewModel(reports, r, CLOCK, new SameThreadTaskExecutor(), c -> uiThread.execute(c),
                (pdf, title) -> printed.add(pdf));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aVillageChoosesAmongItsOwnDocumentsAndStartsWithLastMonth() {
        assertThat(model.kinds()).containsExactly(ReportKind.VILLAGE_MONTHLY, ReportKind.PAYMENT_ROLL,
                ReportKind.BIRTH_RECEIPT, ReportKind.DATA_QUALITY);
        assertThat(model.periodProperty().get()).isEqualTo("2026-11");
        assertThat(model.needsPeriodProperty().get()).isTrue();

        model.kindProperty().set(ReportKind.BIRTH_RECEIPT);
        assertThat(model.needsPeriodProperty().get()).isFalse();
        assertThat(model.needsRegistrationProperty().get()).isTrue();
        assertThat(model.registrationHint()).isEqualTo("如 柳树村〔2026〕0001号");
        model.kindProperty().set(ReportKind.PAYMENT_ROLL);
        assertThat(model.needsProgrammeProperty().get()).isTrue();
    }

    @Test
    void theTownshipIsOfferedItsTownshipReportInstead() {
        try (Register township = new WorkstationService(TestStores.quick(CLOCK)).init(home.resolve("town"),
                new WorkstationSetup(WorkstationRole.TOWNSHIP, DivisionCode.of("410103100"), "城关镇"), "李主任",
                "secret-2".toCharArray())) {
            assertThat(model(township).kinds()).containsExactly(ReportKind.TOWNSHIP_MONTHLY, ReportKind.DATA_QUALITY);
        }
    }

    @Test
    void previewShowsEveryPageOfTheMonthlyReportAndSavingThePdfKeepsWhatWasShown() throws Exception {
        model.preview();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.pages()).isNotEmpty().allSatisfy(p -> assertThat(p.width()).isGreaterThan(700));
        assertThat(model.statusProperty().get()).contains("村人口信息月报", "共 " + model.pages().size() + " 页");
        assertThat(model.progressProperty().get()).isGreaterThan(0.8);
        assertThat(model.busyProperty().get()).isFalse();

        Path pdf = Files.createDirectories(home.resolve("out")).resolve("monthly-2026-11.pdf"); // as the save dialog gives
        model.save(pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(model.statusProperty().get()).contains("已保存", "monthly-2026-11.pdf");

        model.print();
        assertThat(printed).singleElement().satisfies(b -> assertThat(b).isEqualTo(Files.readAllBytes(pdf)));
    }

    @Test
    void changingTheReportTypeClearsThePreviewOfTheOtherReport() {
        model.preview();
        assertThat(model.pages()).isNotEmpty();
        assertThat(model.hasPreviewProperty().get()).isTrue();

        model.kindProperty().set(ReportKind.DATA_QUALITY);

        assertThat(model.pages()).isEmpty();
        assertThat(model.hasPreviewProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void anotherPeriodTypedTakesThePreviewAwaySoNothingElseIsSavedOrPrintedThanWhatIsShown() {
        model.preview();
        assertThat(model.hasPreviewProperty().get()).isTrue();

        model.periodProperty().set("2026-13");
        assertThat(model.pages()).as("a mistyped month leaves no report on screen").isEmpty();
        assertThat(model.hasPreviewProperty().get()).isFalse();
        assertThat(model.figures()).isEmpty();

        model.periodProperty().set("2026-09");
        model.preview();
        assertThat(model.statusProperty().get()).contains("村人口信息月报");
        String shown = model.statusProperty().get();
        model.periodProperty().set("2026-09");
        assertThat(model.statusProperty().get()).as("the same text again changes nothing").isEqualTo(shown);
    }

    @Test
    void theMonthlyTableSavesAsCsvForSpreadsheets() throws Exception {
        Path csv = home.resolve("monthly.csv");

        model.save(csv);

        assertThat(new String(Files.readAllBytes(csv), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFF").contains("期初人口");
    }

    @Test
    void theDataQualityListPrintedAndSavedAsShownIsInTheAuditLog() throws Exception {
        model.kindProperty().set(ReportKind.DATA_QUALITY);
        model.preview();
        model.save(home.resolve("quality.pdf"));
        model.print();

        assertThat(register.audit().list(org.villageregistry.domain.repository.AuditFilter.all()
                .of(org.villageregistry.domain.repository.AuditAction.DOCUMENT_HANDED_OUT), 0, 10))
                .extracting(org.villageregistry.domain.repository.AuditEntry::detail)
                .containsExactlyInAnyOrder("kind=DATA_QUALITY as=pdf", "kind=DATA_QUALITY as=print");
    }

    @Test
    void aRollWithoutAProgrammeAndAMistypedMonthAreExplainedNotRendered() {
        model.kindProperty().set(ReportKind.PAYMENT_ROLL);
        model.preview();
        assertThat(model.errorProperty().get()).contains("请先选择发放项目");

        model.kindProperty().set(ReportKind.VILLAGE_MONTHLY);
        model.periodProperty().set("2026-13");
        model.preview();
        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(model.pages()).isEmpty();
        assertThat(model.hasPreviewProperty().get()).isFalse();
    }

    @Test
    void cancellingALongReportShowsNothingAndSavesNothing() {
        uiThread = update -> {
            update.run();
            model.cancel();
        };
        Path pdf = home.resolve("cancelled.pdf");

        model.save(pdf);

        assertThat(model.errorProperty().get()).contains("已取消");
        assertThat(pdf).doesNotExist();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
