package org.villageregistry.service.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villageregistry.service.verification.SampleTownshipRegister.CLOCK;
import static org.villageregistry.service.verification.SampleTownshipRegister.WILLOW;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.VerificationSample;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;

/**
 * Every step of a verification leaves a line in the audit log saying who did it, when and to which sample: the draw,
 * a redraw, each result entered, and each sheet or report made to print. No line holds a name, an ID number or a
 * value the team found.
 */
class VerificationAuditTest {
    @TempDir
    Path temp;
    private Register register;
    private VerificationService service;

    @BeforeEach
    void township() {
        Messages.setLocale(Messages.CHINESE);
        register = SampleTownshipRegister.open(temp);
        service = new VerificationService(register, CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    private List<AuditEntry> audited(AuditAction action) {
        return register.transactions().read(() -> register.audit().list(AuditFilter.all().of(action), 0, 100));
    }

    @Test
    void drawingAndRedrawingAreAuditedWithTheSampleAndTheSeeds() {
        VerificationSample s = service.draw(new VerificationService.Draw(List.of(), 3, 41, false));
        long id = s.verification().id();
        service.redraw(id, 42);

        assertThat(audited(AuditAction.VERIFICATION_DRAWN)).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEqualTo("verification=" + id + " seed=41 villages=2 households=3 newborns=false");
            assertThat(e.user()).isEqualTo(register.user().name());
            assertThat(e.at()).isEqualTo(CLOCK.instant());
        });
        assertThat(audited(AuditAction.VERIFICATION_REDRAWN)).extracting(AuditEntry::detail)
                .containsExactly("verification=" + id + " seed=42 before=41");
    }

    @Test
    void eachResultEnteredIsAuditedBySheetNumberWithoutNamesOrValues() {
        register.transactions().write(() -> register.sync().feedback().addKnownBirth(new KnownBirth(0, WILLOW,
                "县医院", "张宝", "男", LocalDate.of(2026, 8, 8), "张梅", "410103199501011228")));
        VerificationSample s = service.draw(new VerificationService.Draw(List.of(WILLOW), 2, 1, true));
        long id = s.verification().id();
        SampledPerson first = s.persons().get(0);
        service.recordPerson(id, "1", PersonOutcome.WRONG, Map.of(CheckedField.NAME, "王五六",
                CheckedField.BIRTH_DATE, "1901-01-01"));
        service.recordFound(id, "1", FoundPerson.Kind.MISSING_PERSON, "李秀兰", Sex.FEMALE, LocalDate.of(1990, 4, 4),
                true);
        service.recordNewborn(id, "1", true);
        int rest = service.recordRestCorrect(id, WILLOW);

        List<AuditEntry> entries = audited(AuditAction.VERIFICATION_RECORDED);
        assertThat(entries).extracting(AuditEntry::detail).containsExactlyInAnyOrder(
                "verification=" + id + " person=1 outcome=WRONG fields=NAME,BIRTH_DATE",
                "verification=" + id + " household=1 found=MISSING_PERSON",
                "verification=" + id + " newborn=1 found=true",
                "verification=" + id + " rest-correct=" + rest + " village=" + WILLOW);
        assertThat(entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain("王五六", "1901-01-01", "李秀兰",
                "张宝", first.name(), "410103199501011228"));
    }

    @Test
    void printingASheetOrTheReportIsAudited() {
        VerificationSample s = service.draw(new VerificationService.Draw(List.of(WILLOW), 2, 5, false));
        long id = s.verification().id();
        ReportService reports = new ReportService(register, CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));

        assertThat(reports.verificationSheet(service.sheet(id, WILLOW))).isNotEmpty();
        assertThat(reports.verificationReport(service.report(id))).isNotEmpty();

        assertThat(audited(AuditAction.VERIFICATION_PRINTED)).extracting(AuditEntry::detail)
                .containsExactlyInAnyOrder("verification=" + id + " sheet village=" + WILLOW,
                        "verification=" + id + " report");
    }
}
