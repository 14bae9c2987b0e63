package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A change's "at" is read exactly as {@link Instant#parse} reads it, and refused where it refuses. */
class ChangeInstantTest {
    @Test
    void instantsAsTheProgramPrintsThemReadBackTheSame() {
        Random random = new Random(17);
        for (int i = 0; i < 50_000; i++) {
            long second = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant at = Instant.ofEpochSecond(second, nanos);
            assertThat(ChangeJson.instant(at.toString())).isEqualTo(at);
        }
    }

    @Test
    void everyOtherTextIsDecidedAsInstantParseDecidesIt() {
        List<String> texts = List.of("2026-11-30T08:15:00Z", "2026-11-30T08:15:00.5Z", "2026-11-30T08:15:00.123456789Z",
                "2026-11-30T08:15:00.1234567891Z", "2026-11-30T08:15:00.Z", "2026-11-30t08:15:00z",
                "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-00-10T00:00:00Z", "2026-11-31T00:00:00Z", "2026-11-30T24:00:00Z", "2026-11-30T23:60:00Z",
                "2016-12-31T23:59:60Z", "2026-11-30T08:15Z", "+12026-11-30T08:15:00Z", "-0001-11-30T08:15:00Z",
                "2026-11-30T08:15:00+08:00", "2026-11-30 08:15:00Z", "２０２６-11-30T08:15:00Z", "2026-11-30T08:15:0aZ",
                "2026-11-30T08:15:00,5Z", "", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z");
        for (String text : texts) {
            Object expected;
            try {
                expected = Instant.parse(text);
            } catch (RuntimeException e) {
                expected = null;
            }
            if (expected == null) {
                assertThat(catchThrowable(() -> ChangeJson.instant(text))).as(text).isInstanceOf(RuntimeException.class);
            } else {
                assertThat(ChangeJson.instant(text)).as(text).isEqualTo(expected);
            }
        }
    }
}
