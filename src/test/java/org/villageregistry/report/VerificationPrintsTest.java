package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.indicator.SampleRate;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.sample.SampleVerification;
import org.villageregistry.service.verification.SampleTownshipRegister;
import org.villageregistry.service.verification.VerificationReport;
import org.villageregistry.service.verification.VerificationService;
import org.villageregistry.service.verification.VerificationSheet;

/**
 * The sheet the team carries to 柳树村 and the report the township files, read back as text. Set VREG_PDF_OUT to a
 * folder to keep both PDFs for looking at them.
 */
class VerificationPrintsTest {
    @TempDir
    Path temp;
    private Register register;
    private VerificationService service;
    private ReportService reports;

    @BeforeEach
    void township() {
        Messages.setLocale(Messages.CHINESE);
        register = SampleTownshipRegister.open(temp);
        register.transactions().write(() -> register.sync().feedback().addKnownBirth(new KnownBirth(0,
                SampleTownshipRegister.WILLOW, "县人民医院", "张宝", "男", LocalDate.of(2026, 8, 8), "张梅",
                "410103199501011228")));
        service = new VerificationService(register, SampleTownshipRegister.CLOCK);
        reports = new ReportService(register, SampleTownshipRegister.CLOCK, BundleArrivals.NOT_TRACKED, null,
                new ProgramBuild("0.1.0", "2026-11-30"));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void theSheetListsEachHouseholdsMembersWithOnlyTheLastFourOfTheirIdAndRoomForWhatIsMissing() throws Exception {
        VerificationReport done = SampleVerification.complete(service, 20261201);
        VerificationSheet sheet = service.sheet(done.sample().verification().id(), SampleTownshipRegister.WILLOW);

        byte[] pdf = reports.verificationSheet(sheet);
        keep("verification-sheet.pdf", pdf);

        String text = new PdfText(pdf).all();
        assertThat(text).contains("入户核查表").contains("柳树村").contains("随机种子 20261201")
                .contains("第 1 户").contains("漏登").contains("漏报").contains("核查人").contains("核查日期")
                .contains("张宝").contains("□ 找到");
        SampledPerson someone = sheet.households().get(0).members().stream()
                .filter(p -> p.idNumber() != null && p.idNumber().length() == 18).findFirst().orElseThrow();
        assertThat(text).contains(someone.name()).contains("*".repeat(14) + someone.idNumber().substring(14))
                .doesNotContain(someone.idNumber()).doesNotContain(someone.idNumber().substring(0, 6) + "*");
    }

    @Test
    void theReportGivesEachRateWithItsCountsAndInterval() throws Exception {
        VerificationReport done = SampleVerification.complete(service, 20261201);

        byte[] pdf = reports.verificationReport(done);
        keep("verification-report.pdf", pdf);

        String text = new PdfText(pdf).all();
        SampleRate accuracy = done.total().accuracy();
        assertThat(text).contains("抽样核查报告").contains("数据库信息准确率").contains("漏登率").contains("出生漏统率")
                .contains("已婚育龄妇女信息管理率").contains("95% 置信区间").contains("青山镇合计").contains("杏花村")
                .contains(accuracy.numerator() + "/" + accuracy.denominator())
                .contains(VerificationReportLayout.interval(accuracy)).contains("出生日期").contains("已完成");
    }

    private static void keep(String name, byte[] pdf) throws Exception {
        String folder = System.getenv("VREG_PDF_OUT");
        if (folder != null) {
            Files.write(Path.of(folder).resolve(name), pdf);
        }
    }
}
