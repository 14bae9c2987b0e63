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

    public static boolean looksLikeBundle(String fileName) {
        return fileName.endsWith(SUFFIX) && !fileName.startsWith(".");
    }
}
