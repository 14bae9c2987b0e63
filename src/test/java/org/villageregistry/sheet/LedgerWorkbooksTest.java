package org.villageregistry.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.ledger.RawSheet;
import org.villageregistry.service.ledger.SheetCell;

/** Ledger files as villages have them: CSV from Excel in either encoding, workbooks with merged cells. */
class LedgerWorkbooksTest {
    @TempDir
    Path temp;
    LedgerWorkbooks files = new LedgerWorkbooks();

    private Path bytes(String name, byte[] content) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static List<String> texts(List<SheetCell> row) {
        return row.stream().map(SheetCell::text).toList();
    }

    @Test
    void aCsvInGbkAndTheSameInUtf8WithAndWithoutBomReadAlike() throws Exception {
        String text = "姓名,性别,户号\r\n王秀英,女,\"0001\"\r\n\"李,四\",男,0002\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        for (Path file : List.of(bytes("gbk.csv", text.getBytes(CsvReader.GBK)), bytes("utf8.csv", utf8),
                bytes("bom.csv", bom))) {
            RawSheet sheet = files.read(file);
            assertThat(texts(sheet.rows().get(0))).as(file.toString()).containsExactly("姓名", "性别", "户号");
            assertThat(texts(sheet.rows().get(2))).as(file.toString()).containsExactly("李,四", "男", "0002");
        }
    }

    @Test
    void aCsvInGb18030KeepsTheRareCharactersOfNamesThatGbkLacks() throws Exception {
        String text = "姓名,性别\r\n吉𠮷,男\r\n王䶮,女\r\n";

        RawSheet sheet = files.read(bytes("gb18030.csv", text.getBytes(CsvReader.GB18030)));

        assertThat(texts(sheet.rows().get(1))).containsExactly("吉𠮷", "男");
        assertThat(texts(sheet.rows().get(2))).containsExactly("王䶮", "女");
    }

    @Test
    void excelsUnicodeTextIsUtf16WithTabsBetweenTheCells() throws Exception {
        String text = "\uFEFF姓名\t户号\t备注\r\n王秀英\t0001\t\"住址,三组\"\r\n";

        for (Path file : List.of(bytes("unicode.txt", text.getBytes(StandardCharsets.UTF_16LE)),
                bytes("unicode-be.txt", text.getBytes(StandardCharsets.UTF_16BE)))) {
            RawSheet sheet = files.read(file);
            assertThat(texts(sheet.rows().get(0))).as(file.toString()).containsExactly("姓名", "户号", "备注");
            assertThat(texts(sheet.rows().get(1))).as(file.toString()).containsExactly("王秀英", "0001", "住址,三组");
        }
    }

    @Test
    void theDamagedXlsThatOnceTookSecondsIsRefusedWithinASecond() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        files.read(Path.of("sample-data/ledger/柳树村人口台账.xls"));
        Path slow = Files.copy(Path.of("src/test/fuzz/slow/ledgerXls-slow-unit-13004573"), temp.resolve("坏.xls"));

        long start = System.nanoTime();
        assertThatThrownBy(() -> files.read(slow)).hasMessageContaining("65525").hasMessageContaining("损坏");

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void mergedCellsGiveTheirValueToEveryCellAndNumbersKeepAllTheirDigits() throws Exception {
        Path file = temp.resolve("merged.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("出生日期");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 1));
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue(41010319810103008d);
            row.createCell(1).setCellValue(LocalDate.of(1981, 1, 3));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            row.getCell(1).setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        RawSheet raw = files.read(file);

        assertThat(texts(raw.rows().get(1))).containsExactly("出生日期", "出生日期");
        assertThat(raw.rows().get(2)).containsExactly(SheetCell.number("41010319810103008"),
                SheetCell.date(LocalDate.of(1981, 1, 3)));
    }

    @Test
    void theWrittenWorkbookKeepsIdsAndLeadingZerosAsText() throws Exception {
        Path file = temp.resolve("out.xlsx");

        files.writeWorkbook(file, "台账", List.of("户号", "身份证号"), List.of(List.of("0012", "11010519491231002X")));

        RawSheet raw = files.read(file);
        assertThat(raw.rows().get(1)).containsExactly(SheetCell.text("0012"), SheetCell.text("11010519491231002X"));
    }

    @Test
    void theWrittenWorkbookHasRealDatesInTheDateColumnsAndPrintsOnA4() throws Exception {
        Path file = temp.resolve("dates.xlsx");

        files.writeWorkbook(file, "台账", List.of("户号", "出生日期", "电话"),
                List.of(List.of("0006", "1981-01-03", "13800001111")), java.util.Set.of(1));

        assertThat(files.read(file).rows().get(1)).containsExactly(SheetCell.text("0006"),
                SheetCell.date(LocalDate.of(1981, 1, 3)), SheetCell.text("13800001111"));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void aFileThatIsNoLedgerIsRefusedWithAReason() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        Path doc = bytes("通知.docx", new byte[] {1, 2, 3});
        Path broken = bytes("坏.xlsx", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> files.read(doc)).hasMessageContaining(".xlsx、.xls 或 .csv");
        assertThatThrownBy(() -> files.read(broken)).hasMessageContaining("坏.xlsx").hasMessageContaining("读不出来");
        assertThatThrownBy(() -> files.read(temp.resolve("没有.xlsx"))).hasMessageContaining("找不到文件");
    }
}
