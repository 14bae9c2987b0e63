package org.villageregistry.service.verification;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.service.SpreadsheetCsv;

/**
 * The results file the field team fills (核查结果 CSV, UTF-8 with or without BOM), one line per entry, by the numbers
 * printed on the sheet, the same entries as {@code vreg verification record}:
 * <pre>
 * 类别,编号,结果,有误项目,姓名,性别,出生日期,已婚
 * 人员,7,正确,,,,,
 * 人员,8,有误,出生日期=1985-03-02；婚姻状况=已婚,,,,
 * 人员,9,不在此居住,,,,,
 * 漏登,3,,,张丽,女,1990-05-01,已婚
 * 漏报出生,3,,,王小宝,男,2026-08-09,
 * 新生儿,2,找到,,,,,
 * </pre>
 * Words are read in Chinese or English (person, missing-person, unrecorded-birth, newborn; correct, wrong,
 * not-living; found, not-found). A line that cannot be read refuses the whole file, quoting its number and text.
 */
public final class ResultsFile {
    private static final CSVFormat EXCEL = CSVFormat.EXCEL;

    private ResultsFile() {
    }

    /** What a line enters: a sampled person's result, a person or birth found in a household, a listed newborn. */
    public enum Kind { PERSON, MISSING_PERSON, UNRECORDED_BIRTH, NEWBORN }

    /** One line as read: its number in the file and its text as typed, and what it enters. */
    public record Row(int line, String text, Kind kind, String number, PersonOutcome outcome,
                      Map<CheckedField, String> corrections, String name, Sex sex, LocalDate born, boolean married,
                      boolean found) {
    }

    /** The blank file to fill: the Chinese header, with a BOM so Excel shows the Chinese. */
    public static byte[] template() {
        return (SpreadsheetCsv.BOM + header(Messages.CHINESE) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The header line in a language (the file is read with either). */
    public static String header(Locale locale) {
        return Messages.get(locale, "verification.file.header");
    }

    /** Every line of the file read, or the first that cannot be: nothing is entered from a file with one. */
    public static List<Row> read(String fileName, byte[] content) {
        String text = decode(fileName, content);
        String[] lines = text.split("\r\n|\n|\r", -1);
        String typedHeader = lines.length == 0 ? "" : lines[0].strip();
        if (!headerMatches(typedHeader)) {
            throw new RegistryException("verification.file.badHeader", fileName, typedHeader,
                    header(Messages.CHINESE));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                rows.add(row(i + 1, lines[i], cells));
            } catch (RegistryException e) {
                throw line(e, i + 1, lines[i]);
            }
        }
        if (rows.isEmpty()) {
            throw new RegistryException("verification.file.empty", fileName);
        }
        return rows;
    }

    /** The failure of a line, with its number and its text as typed. */
    static RegistryException line(RegistryException cause, int line, String text) {
        return new RegistryException(cause, "verification.file.line", String.valueOf(line), text.strip(),
                cause.getMessage());
    }

    private static String decode(String fileName, byte[] content) {
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistryException(e, "verification.file.notUtf8", fileName);
        }
    }

    /** The header as typed, empty cells at its end left out (Excel pads every line to the widest one). */
    private static boolean headerMatches(String typed) {
        List<String> cells = new ArrayList<>(cells(typed).stream().map(String::strip).toList());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells.equals(cells(header(Messages.CHINESE))) || cells.equals(cells(header(Messages.ENGLISH)));
    }

    private static List<String> cells(String line) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new RegistryException(e, "verification.file.unreadableLine", line.strip());
        }
    }

    private static Row row(int line, String text, List<String> cells) {
        int columns = cells(header(Messages.CHINESE)).size();
        if (cells.size() > columns && cells.subList(columns, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            throw new RegistryException("verification.file.tooManyCells", columns);
        }
        String kindText = cell(cells, 0);
        Kind kind = kind(kindText);
        String number = cell(cells, 1);
        if (number.isEmpty()) {
            throw new RegistryException("verification.file.noNumber");
        }
        String result = cell(cells, 2);
        return switch (kind) {
            case PERSON -> {
                PersonOutcome outcome = outcome(result);
                yield new Row(line, text, kind, number, outcome, corrections(cell(cells, 3)), null, null, null,
                        false, false);
            }
            case NEWBORN -> new Row(line, text, kind, number, null, Map.of(), null, null, null, false, found(result));
            case MISSING_PERSON, UNRECORDED_BIRTH -> new Row(line, text, kind, number, null, Map.of(), cell(cells, 4),
                    sex(cell(cells, 5)), date(cell(cells, 6)), married(cell(cells, 7)), false);
        };
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    private static Kind kind(String typed) {
        return Arrays.stream(Kind.values()).filter(k -> words("verification.file.kind." + k.name()).stream()
                .anyMatch(w -> w.equalsIgnoreCase(typed))).findFirst()
                .orElseThrow(() -> new RegistryException("verification.file.badKind", typed,
                        Arrays.stream(Kind.values()).map(k -> Messages.get(Messages.CHINESE,
                                "verification.file.kind." + k.name())).collect(Collectors.joining("、"))));
    }

    private static PersonOutcome outcome(String typed) {
        return Arrays.stream(PersonOutcome.values()).filter(o -> o.name().equalsIgnoreCase(typed.replace('-', '_'))
                        || words("verification.outcome." + o.name()).stream().anyMatch(w -> w.equalsIgnoreCase(typed)))
                .findFirst().orElseThrow(() -> new RegistryException("verification.file.badOutcome", typed));
    }

    /** 出生日期=1985-03-02；婚姻状况=已婚 (pairs apart by ；or ;), as --wrong takes them. */
    private static Map<CheckedField, String> corrections(String typed) {
        Map<CheckedField, String> out = new EnumMap<>(CheckedField.class);
        for (String pair : typed.split("[;；]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=') >= 0 ? pair.indexOf('=') : pair.indexOf('＝');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).strip();
            CheckedField field = CheckedField.parse(name).orElseThrow(() -> new RegistryException(
                    "verification.error.field", name, Arrays.stream(CheckedField.values()).map(CheckedField::label)
                            .collect(Collectors.joining("、"))));
            out.put(field, eq < 0 ? "" : pair.substring(eq + 1).strip());
        }
        return out;
    }

    private static boolean found(String typed) {
        if (words("verification.file.found").stream().anyMatch(w -> w.equalsIgnoreCase(typed))) {
            return true;
        }
        if (words("verification.file.notFound").stream().anyMatch(w -> w.equalsIgnoreCase(typed))) {
            return false;
        }
        throw new RegistryException("verification.file.badFound", typed);
    }

    private static Sex sex(String typed) {
        return Coded.parse(Sex.class, typed).orElseThrow(() -> new RegistryException("verification.error.sex", typed));
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            throw new RegistryException(e, "verification.error.date", typed);
        }
    }

    private static boolean married(String typed) {
        if (typed.isEmpty()) {
            return false;
        }
        if (words("verification.file.married").stream().anyMatch(w -> w.equalsIgnoreCase(typed))) {
            return true;
        }
        throw new RegistryException("verification.file.badMarried", typed);
    }

    /** The word in Chinese and in English (and the machine name where one is given after a |). */
    private static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (Locale locale : List.of(Messages.CHINESE, Messages.ENGLISH)) {
            out.addAll(Arrays.stream(Messages.get(locale, key).split("\\|")).map(String::strip).toList());
        }
        return out;
    }
}
