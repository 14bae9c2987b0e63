package org.villageregistry.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.service.ledger.LedgerDates;

/**
 * Makes sample-data/ledger: the population ledger of the fictitious 柳树村 as a village keeps it in Excel, with
 * the usual problems (merged title and header cells, dates as text and as Excel serials, IDs stored as numbers
 * that lost their final X, full-width digits, blank rows) and a few genuinely bad rows; plus the same ledger as
 * Excel saves it as CSV on a Chinese Windows (GBK). Deterministic: run {@code main} to write the files again.
 */
public final class SampleLedger {
    static final String TITLE = "柳树村人口台账 2026年";
    static final String[] HEADER_TOP = {"户号", "村民小组", "门牌", "姓名", "与户主关系", "性别", "出生日期", "身份证号",
            "民族", "婚姻情况", "", "户口性质", "联系电话", "备注"};
    static final String[] HEADER_SUB = {"", "", "", "", "", "", "", "", "", "婚姻状况", "初婚日期", "", "", ""};
    private static final int MARRIAGE_COLUMN = 9;
    private static final String AREA = "410103";

    /** An Excel day number in a cell formatted 常规 (General): shown and saved as a plain number. */
    record Serial(LocalDate date) {
    }

    /** An ID number typed into a cell formatted as a number. */
    record NumericId(long value) {
    }

    private SampleLedger() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data/ledger");
        writeAll(folder);
    }

    static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        writeWorkbook(new XSSFWorkbook(), folder.resolve("柳树村人口台账.xlsx"));
        writeWorkbook(new HSSFWorkbook(), folder.resolve("柳树村人口台账.xls"));
        Files.write(folder.resolve("柳树村人口台账-GBK.csv"), csv().getBytes(CsvReader.GBK));
    }

    /** The data rows; null is a blank row between households as registrars leave them. */
    static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        LocalDate b;
        b = LocalDate.of(1968, 3, 12);
        rows.add(row("0001", "一组", "柳树村1组12号", "柳建国", "户主", "男", "1968-03-12", id(b, 11), "汉族", "初婚", "1990-10-01", "农业", "13800001001", ""));
        b = LocalDate.of(1970, 7, 8);
        rows.add(row("0001", "一组", "柳树村1组12号", "王秀英", "配偶", "女", "1970/7/8", fullWidth(id(b, 22)), "汉族", "初婚", "1990-10-01", "农业", "", ""));
        b = LocalDate.of(1994, 5, 1);
        rows.add(row("0001", "一组", "柳树村1组12号", "柳明", "长子", "男", "1994.5.1", lostXText(b), "汉", "未婚", "", "农业户口", "", "在外务工"));
        rows.add(row("0001", "一组", "柳树村1组12号", "柳晓燕", "女", "女", LocalDate.of(1997, 10, 20), id(LocalDate.of(1997, 10, 20), 44), "01", "10", "", "1", "", ""));
        rows.add(null);
        b = LocalDate.of(1955, 1, 15);
        rows.add(row("0002", "一组", "柳树村1组3号", "张德福", "户主", "男", new Serial(b), spaced(id(b, 13)), "汉族", "初婚", "1976-02-01", "农业", "13800001002", ""));
        b = LocalDate.of(1957, 9, 30);
        rows.add(row("0002", "一组", "柳树村1组3号", "李桂兰", "妻", "女", "1957年9月30日", id(b, 24), "汉族", "初婚", "1976-02-01", "农业", "", ""));
        b = LocalDate.of(1982, 12, 3);
        rows.add(row("0002", "一组", "柳树村1组3号", "张伟", "子", "男", "19821203", id(b, 15), "汉族", "初婚", "2008-05-01", "农业", "13800001003", ""));
        b = LocalDate.of(1985, 6, 18);
        rows.add(row("0002", "一组", "柳树村1组3号", "陈丽", "儿媳", "女", new Serial(b), id(b, 26), "汉族", "初婚", new Serial(LocalDate.of(2008, 5, 1)), "农业", "", ""));
        b = LocalDate.of(2012, 4, 9);
        rows.add(row("0002", "一组", "柳树村1组3号", "张子涵", "孙女", "女", b, id(b, 28), "汉族", "", "", "农业", "", ""));
        rows.add(row("0002", "一组", "柳树村1组3号", "张子轩", "孙子", "男", "2024-02-29", "", "汉族", "", "", "农业", "", "未办身份证"));
        rows.add(null);
        rows.add(null);
        b = LocalDate.of(1948, 11, 2);
        rows.add(row("0003", "二组", "柳树村2组7号", "赵福生", "户主", "男", "1948-11-02", id(b, 17), "汉族", "丧偶", "1970-01-15", "农业", "", ""));
        b = LocalDate.of(1975, 3, 25);
        rows.add(row("0003", "二组", "柳树村2组7号", "赵红梅", "女", "女", "1975-3-25", id(b, 36), "汉族", "离婚", "1996-06-01", "非农业", "13800002003", ""));
        rows.add(null);
        b = LocalDate.of(1979, 8, 16);
        rows.add(row("0004", "二组", "柳树村2组9号", "孙志强", "户主", "男", "1979-08-16", id(b, 19), "汉族", "初婚", "2004-10-01", "农业", "13800002004", ""));
        b = LocalDate.of(1981, 1, 3);
        rows.add(row("0004", "二组", "柳树村2组9号", "周小芳", "妻", "女", b, lostX(b), "汉族", "初婚", "2004-10-01", "农业", "", ""));
        b = LocalDate.of(2006, 9, 1);
        rows.add(row("0004", "二组", "柳树村2组9号", "孙浩然", "长子", "男", "2006-09-01", id(b, 31), "汉族", "未婚", "", "农业", "", ""));
        b = LocalDate.of(2010, 12, 12);
        rows.add(row("0004", "二组", "柳树村2组9号", "孙雨桐", "次女", "女", "2010/12/12", id(b, 42), "汉族", "未婚", "", "农业", "", ""));
        rows.add(null);
        b = LocalDate.of(1988, 2, 14);
        rows.add(row("0005", "三组", "柳树村3组1号", "吴大勇", "户主", "男", "1988-02-14", id(b, 33), "汉族", "初婚", "2014-01-20", "居民", "13800003005", ""));
        b = LocalDate.of(1990, 6, 6);
        rows.add(row("0005", "三组", "柳树村3组1号", "郑丽娟", "配偶", "女", "1990-06-06", id(b, 46), "汉族", "初婚", "2014-01-20", "居民", "", ""));
        b = LocalDate.of(2016, 7, 19);
        rows.add(row("0005", "三组", "柳树村3组1号", "吴思远", "子", "男", "2016-07-19", id(b, 35), "汉族", "", "", "居民", "", ""));
        rows.add(null);
        b = LocalDate.of(1966, 4, 21);
        String wrongCheck = id(b, 37).substring(0, 17) + (id(b, 37).charAt(17) == '1' ? "2" : "1");
        rows.add(row("0006", "三组", "柳树村3组4号", "钱有才", "户主", "男", "1966-04-21", wrongCheck, "汉族", "初婚", "1989-03-01", "农业", "", "身份证号抄错一位"));
        b = LocalDate.of(1968, 8, 30);
        rows.add(row("0006", "三组", "柳树村3组4号", "冯桂芝", "配偶", "女", "1968-08-30", id(b, 48), "汉族", "初婚", "1989-03-01", "农业", "", ""));
        rows.add(null);
        b = LocalDate.of(1962, 5, 5);
        rows.add(row("0007", "一组", "柳树村1组20号", "马玉兰", "户主", "女", "1962-05-05", id(b, 52), "03", "丧偶", "1983-12-01", "农业", "", ""));
        b = LocalDate.of(1989, 9, 9);
        rows.add(row("0007", "一组", "柳树村1组20号", "马小龙", "子", "男", "1989-09-09", id(b, 39), "回", "未婚", "", "农业", "", ""));
        rows.add(null);
        b = LocalDate.of(1972, 10, 10);
        rows.add(row("0008", "二组", "柳树村2组15号", "何建军", "户主", "男", "1972-10-10", id(b, 51), "汉族", "初婚", "1995-05-05", "农业", "13800002008", ""));
        b = LocalDate.of(1974, 2, 2);
        rows.add(row("0008", "二组", "柳树村2组15号", "邓芳", "配偶", "女", "1974-02-02", id(b, 64).substring(0, 17), "汉族", "初婚", "1995-05-05", "农业", "", "身份证号少一位"));
        b = LocalDate.of(1999, 3, 3);
        rows.add(row("0008", "二组", "柳树村2组15号", "何小宝", "子", "男", "不详", id(b, 53), "汉族", "未婚", "", "农业", "", ""));
        rows.add(null);
        b = LocalDate.of(1985, 4, 4);
        rows.add(row("0009", "三组", "柳树村3组8号", "林海", "户主", "男", "1985-04-04", digitsLost(id(b, 55)), "汉族", "初婚", "2010-10-10", "农业", "", ""));
        b = LocalDate.of(1987, 5, 15);
        rows.add(row("0009", "三组", "柳树村3组8号", "黄梅", "配偶", "女", "1987-05-15", id(b, 66), "汉族", "初婚", "2010-10-10", "农业", "", ""));
        rows.add(null);
        b = LocalDate.of(1991, 11, 11);
        rows.add(row("0010", "三组", "柳树村3组10号", "郭强", "户主", "男", "1991-11-11", id(b, 57), "汉族", "未婚", "", "农业", "13800003010", ""));
        rows.add(row("0010", "三组", "柳树村3组10号", "郭强", "户主", "男", "1991-11-11", id(b, 57), "汉族", "未婚", "", "农业", "13800003010", "重复录入"));
        b = LocalDate.of(1960, 2, 2);
        rows.add(row("0010", "三组", "柳树村3组10号", "罗秀珍", "母亲", "女", "1960-02-02", id(b, 68), "火星族", "丧偶", "1982-02-02", "农业", "", ""));
        return rows;
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static String id(LocalDate born, int order) {
        return IdNumber.compose(AREA, born, order);
    }

    /**
     * The ID of a woman whose check character is X, typed into a number cell: Excel drops the X. The order is
     * picked so that the 17 digits survive as a double (a multiple of 8 at this size), as they do in Excel.
     */
    static NumericId lostX(LocalDate born) {
        for (int order = 8; order < 1000; order += 8) {
            String first17 = id(born, order).substring(0, 17);
            if (IdNumber.checkCharacter(first17) == 'X') {
                return new NumericId(Long.parseLong(first17));
            }
        }
        throw new IllegalStateException("no order gives an X for " + born);
    }

    /** The 17 digits of a man's ID whose check character is X, as a system that dropped the X exported it. */
    static String lostXText(LocalDate born) {
        for (int order = 1; order < 1000; order += 2) {
            String first17 = id(born, order).substring(0, 17);
            if (IdNumber.checkCharacter(first17) == 'X') {
                return first17;
            }
        }
        throw new IllegalStateException("no order gives an X for " + born);
    }

    /** An 18-digit ID typed into a number cell: Excel keeps 15 significant digits and zeroes the rest. */
    private static NumericId digitsLost(String id) {
        return new NumericId(Long.parseLong(id.substring(0, 15) + "000"));
    }

    private static String fullWidth(String id) {
        StringBuilder out = new StringBuilder();
        id.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }

    private static String spaced(String id) {
        return id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
    }

    private static void writeWorkbook(Workbook workbook, Path file) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("人口台账");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue(TITLE);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER_TOP.length - 1));
            Row top = sheet.createRow(1);
            Row sub = sheet.createRow(2);
            for (int c = 0; c < HEADER_TOP.length; c++) {
                top.createCell(c).setCellValue(HEADER_TOP[c]);
                sub.createCell(c).setCellValue(HEADER_SUB[c]);
                if (c != MARRIAGE_COLUMN && c != MARRIAGE_COLUMN + 1) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, MARRIAGE_COLUMN, MARRIAGE_COLUMN + 1));
            int r = 3;
            for (Object[] values : rows()) {
                Row row = sheet.createRow(r++);
                if (values == null) {
                    continue;
                }
                for (int c = 0; c < values.length; c++) {
                    write(row.createCell(c), values[c], dateStyle);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void write(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Serial serial) {
            cell.setCellValue(LedgerDates.toSerial(serial.date()));
        } else if (value instanceof NumericId id) {
            cell.setCellValue((double) id.value());
        } else if (!value.toString().isEmpty()) {
            cell.setCellValue(value.toString());
        }
    }

    /** The ledger as Excel saves it as CSV: merged cells keep their value in the first cell only, numbers shown. */
    static String csv() {
        StringBuilder out = new StringBuilder();
        out.append(TITLE).append(",".repeat(HEADER_TOP.length - 1)).append("\r\n");
        out.append(String.join(",", HEADER_TOP)).append("\r\n");
        out.append(String.join(",", HEADER_SUB)).append("\r\n");
        for (Object[] values : rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < HEADER_TOP.length; c++) {
                cells.add(values == null ? "" : shown(values[c]));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    /** What a cell shows in Excel's General format: long numbers in scientific notation with 6 digits. */
    private static String shown(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Serial serial) {
            return String.valueOf(LedgerDates.toSerial(serial.date()));
        }
        if (value instanceof NumericId id) {
            return String.format(java.util.Locale.ROOT, "%.5E", (double) id.value());
        }
        return value.toString();
    }
}
