package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportTable.Column;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;

/** The exports a finance clerk opens in Excel: numbers that add up, codes that keep their zeros, pages that print. */
class SpreadsheetExportTest {
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

    private ReportService reports() {
        return new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));
    }

    private XSSFWorkbook xlsx(ReportRequest request) throws Exception {
        ReportDocument document = reports().document(request, ReportProgress.NONE, CancelCheck.NEVER);
        return new XSSFWorkbook(new ByteArrayInputStream(new TableExport().xlsx(document)));
    }

    @Test
    void aPaymentRollSumsInExcelWithAmountsInYuanAndATotalThatIsAFormula() throws Exception {
        village.payments("2026-11", new Money(210000), Collections.nCopies(3, village.zhouHong));

        try (XSSFWorkbook book = xlsx(ReportRequest.roll("YEBT", Period.parse("2026-11")))) {
            Sheet roll = book.getSheetAt(0);
            int h = headerRow(roll);
            assertThat(roll.getRow(1).getCell(0).getStringCellValue()).as("whose roll it is, above the table")
                    .startsWith("填报单位：柳树村（区划代码 410103100001）");
            Cell amount = roll.getRow(h + 1).getCell(5);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(2100.0);
            assertThat(amount.getCellStyle().getDataFormatString()).contains("¥").contains("#,##0.00");
            assertThat(roll.getRow(h + 1).getCell(0).getCellType()).as("序号").isEqualTo(CellType.NUMERIC);
            assertThat(roll.getRow(h + 1).getCell(2).getCellType()).as("身份证号").isEqualTo(CellType.STRING);

            Cell total = roll.getRow(h + 4).getCell(5);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(F" + (h + 2) + ":F" + (h + 4) + ")");
            assertThat(total.getNumericCellValue()).isEqualTo(6300.0);
        }
    }

    @Test
    void aRollSavedToAFileIsInTheAuditLogWithoutANameAndAMonthlyReportIsNot() throws Exception {
        village.payments("2026-11", new Money(210000), Collections.nCopies(3, village.zhouHong));
        reports().write(ReportRequest.roll("YEBT", Period.parse("2026-11")), home.resolve("发放花名册.xlsx"),
                ReportProgress.NONE, CancelCheck.NEVER);
        reports().write(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")),
                home.resolve("月报.xlsx"), ReportProgress.NONE, CancelCheck.NEVER);
        reports().handedOut(ReportRequest.quality(), "print");

        assertThat(village.register.audit().list(org.villageregistry.domain.repository.AuditFilter.all()
                .of(org.villageregistry.domain.repository.AuditAction.DOCUMENT_HANDED_OUT), 0, 10))
                .extracting(org.villageregistry.domain.repository.AuditEntry::detail)
                .containsExactlyInAnyOrder("kind=PAYMENT_ROLL period=2026-11 programme=YEBT as=xlsx",
                        "kind=DATA_QUALITY as=print");
    }

    @Test
    void theMonthlyReportHasCountsRatesAndDatesAsNumbersAndDates() throws Exception {
        try (XSSFWorkbook book = xlsx(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")))) {
            Sheet indicators = book.getSheetAt(0);
            assertThat(indicators.getRow(0).getCell(0).getStringCellValue()).contains("村人口信息月报");
            assertThat(indicators.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位：柳树村（区划代码 410103100001）");
            assertThat(indicators.getRow(2).getCell(0).getStringCellValue()).startsWith("统计期：2026-11");
            Row population = row(indicators, Messages.get("report.indicator.POPULATION_START"));
            assertThat(population.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(population.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            Cell birthRate = row(indicators, Messages.get("report.indicator.BIRTH_RATE")).getCell(1);
            assertThat(birthRate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(birthRate.getCellStyle().getDataFormatString()).isEqualTo("0.00\"‰\"");
            // the page's "出生（男 / 女）" as two rows of numbers a clerk can add up
            Cell boys = row(indicators, "出生（男）").getCell(1);
            assertThat(boys.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row(indicators, "出生（女）").getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            Cell timely = row(indicators, Messages.get("report.indicator.TIMELY_REGISTRATION")).getCell(1);
            assertThat(timely.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(timely.getNumericCellValue()).isBetween(0.0, 1.0);
            assertThat(timely.getCellStyle().getDataFormatString()).as("the share with its counts, as printed")
                    .isEqualTo("0.0%\" (1/1)*\"");

            Sheet events = sheetWithHeader(book, Messages.get("report.col.date"));
            Cell day = events.getRow(headerRow(events) + 1).getCell(0);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isBetween(LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 30));
        }
    }

    @Test
    void everySheetPrintsOnA4WithItsHeaderOnEveryPageAndFrozenOnScreen() throws Exception {
        village.payments("2026-11", new Money(30000), Collections.nCopies(45, village.zhouHong));
        for (ReportRequest request : List.of(ReportRequest.roll("YEBT", Period.parse("2026-11")),
                ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")), ReportRequest.quality())) {
            try (XSSFWorkbook book = xlsx(request)) {
                for (Sheet sheet : book) {
                    assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    int h = headerRow(sheet);
                    assertThat(h).as("the title and 填报单位 above the table").isGreaterThanOrEqualTo(3);
                    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo((h + 1) + ":" + (h + 1));
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (h + 1));
                    assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(6 * 256);
                }
            }
        }
    }

    @Test
    void householdNumbersAndDivisionCodesStayTextWithTheirLeadingZeros() throws Exception {
        ReportTable table = new ReportTable("户", List.of(Column.text("户号", 1), Column.text("区划代码", 2),
                Column.text("电话", 2), Column.number("人数", 1)),
                List.of(List.of("0006", "410103100001", "13800001111", "4"), List.of("0012", "410103100002", "", "3")),
                Optional.of(List.of("合计", "", "", "7")), Optional.empty());
        ReportDocument document = new ReportDocument("户", false, null, List.of(table));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new TableExport().xlsx(document)))) {
            Row first = book.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("0006");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("410103100001");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("13800001111");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(book.getSheetAt(0).getRow(3).getCell(3).getCellFormula()).isEqualTo("SUM(D2:D3)");
        }
    }

    @Test
    void aTownshipsTotalRateIsItsOwnFigureNeverASumOfTheVillagesRates() throws Exception {
        // the villages' rates happen to add up to the total's: still no =SUM(), a clerk's corrected row must not
        // turn the township's rate into a sum of rates
        ReportTable table = new ReportTable("乡镇", List.of(Column.text("村", 1), Column.number("出生", 1),
                Column.number("妇女健康检查", 1), Column.number("自然增长率", 1)),
                List.of(List.of("柳树村", "1", "0.0%", "1.0‰"), List.of("杏花村", "2", "50.0%", "2.0‰")),
                Optional.of(List.of("合计", "3", "50.0%", "3.0‰")), Optional.empty());
        ReportDocument document = new ReportDocument("乡镇", false, null, List.of(table));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new TableExport().xlsx(document)))) {
            Row total = book.getSheetAt(0).getRow(3);
            assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUM(B2:B3)");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void aCsvCellThatASpreadsheetWouldRunIsMadeInertAndNumbersStayNumbers() {
        ReportTable table = ReportTable.of("名单", List.of(Column.text("姓名", 1), Column.text("备注", 2),
                Column.number("差额", 1)), List.of(
                List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-3"),
                List.of("@SUM(A1)", "\tcmd", "-1.5%"),
                List.of("-2+3", "\r=1", "12")));
        String csv = new String(new TableExport().csv(new ReportDocument("名单", false, null, List.of(table))),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF姓名,备注,差额\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",'+1+1,-3\r\n",
                "'@SUM(A1),'\tcmd,-1.5%\r\n", "'-2+3,\"'\r=1\",12\r\n");
    }

    /** The table's header row: the first with more than one cell (the lines above it have one each). */
    static int headerRow(Sheet sheet) {
        for (Row r : sheet) {
            if (r.getLastCellNum() > 1) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no table in " + sheet.getSheetName());
    }

    private static Row row(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (label.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static Sheet sheetWithHeader(XSSFWorkbook book, String title) {
        for (Sheet s : book) {
            if (title.equals(s.getRow(headerRow(s)).getCell(0).getStringCellValue())) {
                return s;
            }
        }
        throw new AssertionError("no sheet headed " + title);
    }
}
