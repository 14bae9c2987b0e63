package org.villageregistry.domain.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.villageregistry.domain.text.Problem;

/**
 * The 18-character resident ID number of GB 11643-1999: 6-digit address code, birth date YYYYMMDD,
 * 3-digit order (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 * This is the one place that reads, checks, builds and masks ID numbers.
 */
public final class IdNumber {
    public static final String FIELD = "idNumber";
    private static final Pattern FORM = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern DATE_PART = Pattern.compile("\\d{8}");
    private static final Pattern FIRST_17 = Pattern.compile("\\d{17}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private IdNumber() {
    }

    /** Removes spaces, turns full-width digits and X into ASCII and a lower-case x into X. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        if (isPlain(raw)) {
            return raw; // the usual case: nothing to turn (the data-quality counts normalise every person's number)
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == 'x' || c == 'Ｘ' || c == 'ｘ') {
                out.append('X');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Only ASCII digits and upper-case X: what {@link #normalise} would return unchanged. */
    private static boolean isPlain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c < '0' || c > '9') && c != 'X') {
                return false;
            }
        }
        return true;
    }

    /** The check character for the first 17 digits of an ID number. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !FIRST_17.matcher(first17).matches()) {
            throw new IllegalArgumentException("the check character needs exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** Builds a valid ID number, e.g. for sample data; order is the 3-digit sequence (odd for men). */
    public static String compose(String addressCode, LocalDate birthDate, int order) {
        if (addressCode == null || !addressCode.matches("\\d{6}") || order < 0 || order > 999) {
            throw new IllegalArgumentException("an ID number needs a 6-digit address code and an order 0-999");
        }
        String first17 = addressCode + String.format("%04d%02d%02d%03d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), order);
        return first17 + checkCharacter(first17);
    }

    /** Shows an ID number masked: the first 6 and last 4 characters, the rest as *. */
    public static String mask(String raw) {
        String id = normalise(raw);
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** Masked but for the last 4 characters (**************123X), for papers that leave the office. */
    public static String lastFourOnly(String raw) {
        String id = normalise(raw);
        return id.length() <= 4 ? "*".repeat(id.length()) : "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }

    /** Problems of the number on its own: length, characters, birth date, check character. */
    public static List<Problem> check(String raw, LocalDate today) {
        String id = normalise(raw);
        List<Problem> problems = new ArrayList<>();
        if (id.length() != 18) {
            problems.add(Problem.error(FIELD, "rule.id.length", id.length()));
            return problems;
        }
        if (!FORM.matcher(id).matches()) {
            problems.add(Problem.error(FIELD, "rule.id.characters"));
            return problems;
        }
        String datePart = id.substring(6, 14);
        Optional<LocalDate> born = birthDate(id);
        if (born.isEmpty()) {
            problems.add(Problem.error(FIELD, "rule.id.date", datePart));
        } else if (born.get().isAfter(today)) {
            problems.add(Problem.error(FIELD, "rule.id.dateFuture", born.get().toString()));
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            problems.add(Problem.error(FIELD, "rule.id.checkCharacter", String.valueOf(expected),
                    String.valueOf(id.charAt(17))));
        }
        return problems;
    }

    /** All problems of an ID number, including agreement with the recorded sex and birth date (either may be null). */
    public static List<Problem> check(String raw, Sex recordedSex, LocalDate recordedBirthDate, LocalDate today) {
        List<Problem> problems = check(raw, today);
        if (!problems.isEmpty()) {
            return problems;
        }
        String id = normalise(raw);
        Sex idSex = sex(id).orElseThrow();
        if (recordedSex != null && recordedSex != idSex) {
            problems.add(Problem.error(FIELD, "rule.id.sexMismatch", idSex.zh(), recordedSex.zh()));
        }
        LocalDate idBirth = birthDate(id).orElseThrow();
        if (recordedBirthDate != null && !recordedBirthDate.equals(idBirth)) {
            problems.add(Problem.error(FIELD, "rule.id.birthMismatch", idBirth.toString(),
                    recordedBirthDate.toString()));
        }
        return problems;
    }

    /**
     * Whether {@link #check(String, Sex, LocalDate, LocalDate)} finds no problem, without building the problems:
     * the data-quality counts ask it of every person in the register.
     */
    public static boolean isValid(String raw, Sex recordedSex, LocalDate recordedBirthDate, LocalDate today) {
        LocalDate from = validFromOrNull(raw, recordedSex, recordedBirthDate);
        return from != null && !from.isAfter(today);
    }

    /**
     * The first day on which {@link #isValid(String, Sex, LocalDate, LocalDate)} holds (the birth date the number
     * carries: before it, the number is of someone not born yet), or empty when it holds on no day. The day is the
     * only thing validity depends on that changes without the record changing.
     */
    public static Optional<LocalDate> validFrom(String raw, Sex recordedSex, LocalDate recordedBirthDate) {
        return Optional.ofNullable(validFromOrNull(raw, recordedSex, recordedBirthDate));
    }

    private static LocalDate validFromOrNull(String raw, Sex recordedSex, LocalDate recordedBirthDate) {
        String id = normalise(raw);
        if (id.length() != 18) {
            return null;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return null;
            }
        }
        char last = id.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') {
            return null;
        }
        LocalDate born;
        try {
            born = LocalDate.of(number(id, 6, 10), number(id, 10, 12), number(id, 12, 14));
        } catch (DateTimeException e) {
            return null;
        }
        if (checkCharacter(id.substring(0, 17)) != last) {
            return null;
        }
        Sex idSex = (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return (recordedSex == null || recordedSex == idSex)
                && (recordedBirthDate == null || recordedBirthDate.equals(born)) ? born : null;
    }

    /** The ASCII digits from {@code from} to {@code to} as a number. */
    private static int number(String digits, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (digits.charAt(i) - '0');
        }
        return n;
    }

    public static boolean isValid(String raw, LocalDate today) {
        return check(raw, today).isEmpty();
    }

    /** The birth date written in an ID number, when it is a real calendar date. */
    public static Optional<LocalDate> birthDate(String raw) {
        String id = normalise(raw);
        if (id.length() != 18 || !DATE_PART.matcher(id).region(6, 14).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The sex written in an ID number: the 17th digit is odd for men and even for women. */
    public static Optional<Sex> sex(String raw) {
        String id = normalise(raw);
        if (id.length() != 18 || !Character.isDigit(id.charAt(16))) {
            return Optional.empty();
        }
        return Optional.of((id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }
}
