package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptCheck;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.sync.EnrolBothWays;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.sync.SyncModule;
import org.villageregistry.sync.receipt.JwsReceiptSigning;

/**
 * 柳树村 prints a receipt with its workstation key; the family takes the paper to the township, whose workstation
 * photographs the QR code and checks it offline against the enrolled village key.
 */
class SignedReceiptTest {
    @TempDir
    Path home;

    Liushu village;
    Register township;

    @BeforeEach
    void villageAndTownshipKnowEachOther() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        village = new Liushu(home.resolve("village")).november();
        township = new WorkstationService(new H2RegisterStore(Liushu.CLOCK)).init(home.resolve("township"),
                new WorkstationSetup(WorkstationRole.TOWNSHIP, DivisionCode.of("410103100"), "城关镇"), "李主任",
                "secret-2".toCharArray());
        java.nio.file.Files.createDirectories(home.resolve("enrol"));
        EnrolBothWays.between(SyncModule.services(township, Liushu.CLOCK),
                SyncModule.services(village.register, Liushu.CLOCK), home.resolve("enrol"));
    }

    @AfterEach
    void close() {
        village.register.close();
        township.close();
    }

    @Test
    void theTownshipReadsThePrintedCodeFromAPhotoAndKnowsWhichVillageIssuedIt() throws Exception {
        String number = village.registration().registrationNumber();
        byte[] pdf = new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                new JwsReceiptSigning(), new ProgramBuild("0.1.0", "2026-11-30")).pdf(ReportRequest.receipt(number), ReportProgress.NONE,
                CancelCheck.NEVER);
        Path photo = photograph(pdf);

        String scanned = new ReceiptScanner().scan(photo).orElseThrow();
        ReceiptCheck check = new JwsReceiptSigning().verifier(township).orElseThrow().verify(scanned);

        assertThat(check.intact()).as(check.problem().orElse("")).isTrue();
        assertThat(check.issuer()).hasValueSatisfying(i -> assertThat(i)
                .startsWith("柳树村（区划代码 410103100001），密钥指纹 ").matches(".*指纹( [0-9A-HJKMNP-TV-Z]{4}){13}"));
        assertThat(check.claims().orElseThrow().registrationNumber()).isEqualTo(number);
        assertThat(new JwsReceiptSigning().verifier(village.register).orElseThrow().verify(scanned).intact())
                .as("the issuing village checks its own receipt with its own key").isTrue();
    }

    @Test
    void aReceiptWhoseOrderWasChangedAfterSigningIsReportedAsAltered() throws Exception {
        String number = village.registration().registrationNumber();
        String signed = new JwsReceiptSigning().signer(village.register).orElseThrow().sign(
                new BirthReceipts(village.register, java.util.Optional.empty()).build(header(), number,
                        Liushu.CLOCK.instant()).claims());
        String[] parts = signed.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"o\":2");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"o\":2", "\"o\":1").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        var verifier = new JwsReceiptSigning().verifier(township).orElseThrow();
        assertThat(verifier.verify(signed).intact()).isTrue();
        ReceiptCheck check = verifier.verify(forged);
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p).contains("已被改动", "柳树村"));
    }

    @Test
    void aReceiptFromAWorkstationTheTownshipNeverEnrolledIsNotTrusted() throws Exception {
        try (Register stranger = new WorkstationService(new H2RegisterStore(Liushu.CLOCK)).init(
                home.resolve("stranger"), new WorkstationSetup(WorkstationRole.VILLAGE,
                        DivisionCode.of("410103100002"), "杨树村"), "王会计", "secret-3".toCharArray())) {
            var claims = new BirthReceipts(village.register, java.util.Optional.empty()).build(header(),
                    village.registration().registrationNumber(), Liushu.CLOCK.instant()).claims();
            String signed = new JwsReceiptSigning().signer(stranger).orElseThrow().sign(claims);

            ReceiptCheck check = new JwsReceiptSigning().verifier(township).orElseThrow().verify(signed);

            assertThat(check.intact()).isFalse();
            assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p).contains("未在本机登记"));
        }
    }

    private ReportHeader header() {
        return new ReportHeader(Liushu.VILLAGE, "柳树村", "张会计", java.time.LocalDateTime.now(Liushu.CLOCK), new ProgramBuild("0.1.0", "2026-11-30"));
    }

    /** The receipt as a township camera would see it: the PDF rasterised by poppler (not by PDFBox). */
    private Path photograph(byte[] pdf) throws Exception {
        Path file = home.resolve("receipt.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile",
                file.toString(), home.resolve("photo").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        return home.resolve("photo.png");
    }
}
