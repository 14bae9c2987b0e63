package org.villageregistry.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheet programs, the one way every export writes it: Excel's dialect through commons-csv (CRLF
 * lines, quotes only where needed), and cells made inert that a spreadsheet would run as a formula (OWASP CSV
 * injection: a leading {@code = + - @}, tab or carriage return gets an apostrophe). A plain number such as -3
 * or -1.5% stays as it is: it is no formula and the township's balance is often negative.
 */
public final class SpreadsheetCsv {
    /** Written first, so Excel reads the file as UTF-8 and shows the Chinese. */
    public static final char BOM = '\uFEFF';
    private static final CSVFormat EXCEL = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?[%‰]?");

    private final CSVPrinter printer;

    public SpreadsheetCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, EXCEL);
    }

    public void row(List<String> cells) throws IOException {
        List<String> inert = new ArrayList<>(cells.size());
        for (String cell : cells) {
            inert.add(inert(cell));
        }
        printer.printRecord(inert);
    }

    public void blankLine() throws IOException {
        printer.println();
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** The cell as a spreadsheet may read it without running it (null as empty). */
    public static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** One line of CSV (CRLF not included) for a caller that prints line by line. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        try {
            CSVPrinter one = new CSVPrinter(out, CSVFormat.EXCEL.builder().setRecordSeparator("").get());
            List<String> inert = new ArrayList<>(cells.size());
            for (String cell : cells) {
                inert.add(inert(cell));
            }
            one.printRecord(inert);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
