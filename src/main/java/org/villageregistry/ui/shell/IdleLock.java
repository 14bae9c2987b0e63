package org.villageregistry.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Locks the register after a time without key presses or mouse use. The view reports every input with
 * {@link #activity()} and calls {@link #check()} from a timer; the clock is injected so tests need no waiting.
 * It fires once per idle spell: after firing it waits for new activity.
 */
public final class IdleLock {
    private final Clock clock;
    private final Runnable onIdle;
    private Duration limit;
    private Instant lastActivity;
    private boolean armed = true;

    public IdleLock(Clock clock, Duration limit, Runnable onIdle) {
        this.clock = Objects.requireNonNull(clock);
        this.onIdle = Objects.requireNonNull(onIdle);
        this.limit = requirePositive(limit);
        this.lastActivity = clock.instant();
    }

    /** A key was pressed or the mouse used: the idle time starts again. */
    public void activity() {
        lastActivity = clock.instant();
        armed = true;
    }

    /** Locks when the limit has passed since the last activity; does nothing otherwise. */
    public void check() {
        if (armed && !clock.instant().isBefore(lastActivity.plus(limit))) {
            armed = false;
            onIdle.run();
        }
    }

    /** Changes the idle time from the settings; counts from the last activity. */
    public void setLimit(Duration newLimit) {
        this.limit = requirePositive(newLimit);
    }

    public Duration limit() {
        return limit;
    }

    private static Duration requirePositive(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("idle limit must be positive: " + limit);
        }
        return limit;
    }
}
