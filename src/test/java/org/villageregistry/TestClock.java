package org.villageregistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test moves by hand (a lock after failed sign-ins, a story over several days), or that moves on by a
 * fixed step each time it is read (backups named by the second).
 */
public class TestClock extends Clock {
    private final ZoneId zone;
    private final Duration step;
    private Instant now;

    /** A clock standing at {@code start} until the test moves it. */
    public TestClock(Instant start, ZoneId zone) {
        this(start, zone, Duration.ZERO);
    }

    /** A clock that moves on by {@code step} before each reading: the first reading is {@code start + step}. */
    public TestClock(Instant start, ZoneId zone, Duration step) {
        this.now = start;
        this.zone = zone;
        this.step = step;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        if (!step.isZero()) {
            now = now.plus(step);
        }
        return now;
    }
}
