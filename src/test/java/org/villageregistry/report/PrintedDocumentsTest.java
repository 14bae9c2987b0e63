package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptCheck;
import org.villageregistry.service.ReceiptSigner;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.ReceiptVerifier;

/** The roll, the receipt, the quality report and the exports of 柳树村, read back as the clerk would. */
class PrintedDocumentsTest {
    @TempDir
    Path home;

    Liushu village;

    @BeforeEach
    void november() {
        Messages.setLocale(Messages.CHINESE);
        village = new Liushu(home.resolve("ws")).november();
    }

    @AfterEach
    void close() {
        village.register.close();
    }

    private ReportService reports(ReceiptSigning signing) {
        return new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED, signing, new ProgramBuild("0.1.0", "2026-11-30"));
    }

    @Test
    void everyPrintedPageSaysWhichVersionOfTheProgramMadeItAndWhenThatVersionWasBuilt() {
        village.payments("2026-11", new Money(30000), Collections.nCopies(45, village.zhouHong));
        ReportService reports = new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("1.4.2", "2027-03-15"));

        PdfText text = new PdfText(reports.pdf(ReportRequest.roll("YEBT", Period.parse("2026-11")),
                ReportProgress.NONE, CancelCheck.NEVER));

        assertThat(text.pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(text.pages).allSatisfy(page -> assertThat(page).contains("版本 1.4.2（2027-03-15 构建）"));
    }

    @Test
    void aLongPaymentRollCarriesASubtotalOnEveryPageAndTheTotalAtTheEnd() {
        List<Person> payees = Collections.nCopies(45, village.zhouHong);
        village.payments("2026-11", new Money(30000), payees);

        byte[] pdf = reports(ReceiptSigning.UNAVAILABLE).pdf(ReportRequest.roll("YEBT", Period.parse("2026-11")),
                ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "payment-roll.pdf");
        PdfText text = new PdfText(pdf);

        assertThat(text.pages).hasSizeGreaterThan(1);
        assertThat(text.all()).contains("发放花名册", "育儿补贴", "领取人签字", "周红", "410103********0266".substring(0, 6),
                "合计", new Money(30000 * 45L).format());
        assertThat(text.all()).doesNotContain(village.zhouHong.idNumber());
        long subtotals = 0;
        for (String page : text.pages) {
            assertThat(page).contains("本页小计");
            long rows = page.lines().filter(l -> l.contains("周红")).count();
            assertThat(page).contains(new Money(30000 * rows).format());
            subtotals += rows;
        }
        assertThat(subtotals).isEqualTo(45);
    }

    @Test
    void theReceiptsQrCodeScansAndProvesWhoIssuedItAndThatNothingChanged() throws Exception {
        TestReceiptKeys keys = new TestReceiptKeys("柳树村");
        ReceiptSigning signing = new ReceiptSigning() {
            @Override
            public Optional<ReceiptSigner> signer(org.villageregistry.domain.repository.Register r) {
                return Optional.of(keys);
            }

            @Override
            public Optional<ReceiptVerifier> verifier(org.villageregistry.domain.repository.Register r) {
                return Optional.of(keys);
            }
        };
        String number = village.registration().registrationNumber();

        byte[] pdf = reports(signing).pdf(ReportRequest.receipt(number), ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "birth-receipt.pdf");
        assertThat(new PdfText(pdf).all()).contains("生育登记回执", "SY2026-0042", "李秀英", "王建国", "王小明",
                "第 2 孩", "经办人");

        String scanned = scan(pdf);
        ReceiptCheck check = keys.verify(scanned);
        assertThat(check.intact()).isTrue();
        assertThat(check.issuer()).hasValueSatisfying(i -> assertThat(i).startsWith("柳树村"));
        assertThat(check.claims().orElseThrow().registrationNumber()).isEqualTo("SY2026-0042");
        assertThat(check.claims().orElseThrow().wifeIdMasked()).contains("****");

        String[] parts = scanned.split("\\.");
        String altered = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"registeredOrder\":2", "\"registeredOrder\":1");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(altered.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(keys.verify(forged).intact()).isFalse();
    }

    private static String scan(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // read as the township's workstation reads a receipt's PDF: rendered at 150 dpi, by its scanner (ZXing
            // alone misses a few dense codes in a hundred, ReceiptScanMatrixTest says how often)
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            return new ReceiptScanner().scan(page).orElseThrow();
        }
    }

    @Test
    void withoutASigningKeyTheReceiptSaysSoInsteadOfPrintingACode() {
        String number = village.registration().registrationNumber();

        byte[] pdf = reports(ReceiptSigning.UNAVAILABLE).pdf(ReportRequest.receipt(number), ReportProgress.NONE,
                CancelCheck.NEVER);

        assertThat(new PdfText(pdf).all()).contains("未附核验二维码", "以登记机关盖章为准").doesNotContain("vreg");
    }

    @Test
    void aReceiptHandedOutIsAuditedByItsRegistrationNotByWhatWasTypedToFindIt() throws Exception {
        var registration = village.registration();
        Path file = home.resolve("回执.pdf");

        reports(ReceiptSigning.UNAVAILABLE).write(ReportRequest.receipt(registration.registrationNumber()),
                file, ReportProgress.NONE, CancelCheck.NEVER);

        assertThat(village.register.audit().list(org.villageregistry.domain.repository.AuditFilter.all()
                .of(org.villageregistry.domain.repository.AuditAction.DOCUMENT_HANDED_OUT), 0, 10)).singleElement()
                .satisfies(e -> {
                    assertThat(e.detail()).isEqualTo("kind=BIRTH_RECEIPT as=pdf");
                    assertThat(e.entityId()).isEqualTo(registration.id());
                });
    }

    @Test
    void theTownshipReportNamesVillagesWhoseBundleStateIsUnknownRatherThanClaimingArrivals() {
        // the township's layout over 柳树村's register: the service prints it only at a township workstation
        ReportDocument doc = MonthlyLayouts.township(new TownshipMonthlyReports(village.register,
                BundleArrivals.NOT_TRACKED).build(new ReportHeader(Liushu.VILLAGE, "柳树村", "张会计",
                Liushu.TODAY.atTime(9, 30), new ProgramBuild("0.1.0", "2026-11-30")), Period.parse("2026-11"),
                CancelCheck.NEVER));
        byte[] pdf = new PdfRenderer().render(doc, ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "township-monthly.pdf");

        assertThat(doc.landscape()).isTrue();
        assertThat(new PdfText(pdf).all()).contains("乡镇人口信息月报", "合计", "没有记录为未到的数据包");
    }

    @Test
    void aPeriodNotBegunIsSaidSo() {
        String january = new PdfText(reports(ReceiptSigning.UNAVAILABLE).pdf(ReportRequest.monthly(
                ReportKind.VILLAGE_MONTHLY, Period.parse("2027-01")), ReportProgress.NONE, CancelCheck.NEVER)).all();
        assertThat(january).contains("注意：统计期 2027-01 还没有开始（2027-01-01 起），本表不是这一期的数字");
        String november = new PdfText(reports(ReceiptSigning.UNAVAILABLE).pdf(ReportRequest.monthly(
                ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")), ReportProgress.NONE, CancelCheck.NEVER)).all();
        assertThat(november).doesNotContain("注意：统计期");
    }

    @Test
    void theQualityReportCountsFindingsByKindAndShowsCompleteness() {
        ReportDocument doc = reports(ReceiptSigning.UNAVAILABLE).document(ReportRequest.quality(),
                ReportProgress.NONE, CancelCheck.NEVER);
        byte[] pdf = new PdfRenderer().render(doc, ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "data-quality.pdf");

        // 7 active: 王建国, 李秀英, 王小红, 赵刚, 周红 complete; 周红 has no household, so 周小虎 and 周小梅 have no
        // relation to a head: 5 of 7 complete (marked: fewer than 20), two findings of kind 记录不完整
        assertThat(new PdfText(pdf).all()).contains("数据质量报告", "人员记录完整率", "71.4% (5/7)*", "按类别统计",
                "记录不完整 2", "周小虎", "周小梅");
    }

    @Test
    void everyTableExportsAsCsvWithByteOrderMarkAndAsXlsx() throws Exception {
        ReportService service = reports(ReceiptSigning.UNAVAILABLE);
        Path csv = home.resolve("月报.csv");
        Path xlsx = home.resolve("月报.xlsx");
        ReportRequest monthly = ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11"));

        service.write(monthly, csv, ReportProgress.NONE, CancelCheck.NEVER);
        service.write(monthly, xlsx, ReportProgress.NONE, CancelCheck.NEVER);

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("期初人口,7,6,0", "王小红");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(SpreadsheetExportTest.headerRow(sheet) + 1).getCell(1).getNumericCellValue())
                    .isEqualTo(7.0);
        }
    }

    @Test
    void aCancelledReportWritesNoFile() {
        Path out = home.resolve("月报.pdf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports(ReceiptSigning.UNAVAILABLE).write(
                ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")), out, ReportProgress.NONE,
                () -> true)).hasMessageContaining("已取消");
        assertThat(out).doesNotExist();
    }

    @Test
    void pdftoppmDrawsPagesThatAreNotBlank() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm (poppler-utils) is not installed");
        Path pdf = home.resolve("m.pdf");
        reports(ReceiptSigning.UNAVAILABLE).write(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY,
                Period.parse("2026-11")), pdf, ReportProgress.NONE, CancelCheck.NEVER);
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf.toString(),
                home.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        Path png;
        try (var files = Files.list(home)) {
            png = files.filter(f -> f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark pixels on page 1").isGreaterThan(2000);
    }
}
