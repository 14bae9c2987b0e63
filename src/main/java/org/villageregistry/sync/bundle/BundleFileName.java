package org.villageregistry.sync.bundle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.villageregistry.domain.division.DivisionCode;

/** {@code <origin-division>_<sequence, 6 digits>_<yyyyMMdd-HHmm>.vrb.json}, local time of the workstation. */
public final class BundleFileName {
    public static final String SUFFIX = ".vrb.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    private BundleFileName() {
    }

    public static String of(DivisionCode origin, long sequence, Instant createdAt, ZoneId zone) {
        return String.format(Locale.ROOT, "%s_%06d_%s%s", origin.value(), sequence,
                STAMP.format(createdAt.atZone(zone)), SUFFIX);
    }

    /** When the bundle was written, as its name says (local time, to the minute); empty for a name of another form. */
    public static java.util.Optional<java.time.LocalDateTime> writtenAt(String fileName) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\d{6,12}_\\d{6}_(\\d{8}-\\d{4})"
                + java.util.regex.Pattern.quote(SUFFIX) + "$").matcher(fileName);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.LocalDateTime.parse(m.group(1), STAMP));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    public static boolean looksLikeBundle(String fileName) {
        return fileName.endsWith(SUFFIX) && !fileName.startsWith(".");
    }
}
