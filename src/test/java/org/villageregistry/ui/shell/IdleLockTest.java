package org.villageregistry.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleLockTest {
    private Instant now = Instant.parse("2026-11-20T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger locks = new AtomicInteger();
    private final IdleLock idle = new IdleLock(clock, Duration.ofMinutes(10), locks::incrementAndGet);

    @Test
    void theRegisterLocksAfterTenIdleMinutesAndOnlyOnce() {
        pass(Duration.ofMinutes(9).plusSeconds(59));
        idle.check();
        assertThat(locks).hasValue(0);

        pass(Duration.ofSeconds(1));
        idle.check();
        idle.check();
        assertThat(locks).hasValue(1);
    }

    @Test
    void typingRestartsTheIdleTime() {
        pass(Duration.ofMinutes(8));
        idle.activity();
        pass(Duration.ofMinutes(8));
        idle.check();
        assertThat(locks).hasValue(0);

        pass(Duration.ofMinutes(2));
        idle.check();
        assertThat(locks).hasValue(1);
    }

    @Test
    void aShorterLimitFromTheSettingsCountsFromTheLastActivity() {
        pass(Duration.ofMinutes(3));
        idle.setLimit(Duration.ofMinutes(2));
        idle.check();
        assertThat(locks).hasValue(1);
    }

    private void pass(Duration time) {
        now = now.plus(time);
    }
}
