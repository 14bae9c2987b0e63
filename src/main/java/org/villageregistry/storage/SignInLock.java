package org.villageregistry.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins in a row lock the user out for a growing time: after the 5th failure 1 minute, then 2, 4, 8 …
 * up to an hour per further failure. A correct password (after the lock has passed) or the recovery key clears it.
 */
final class SignInLock {
    static final int FREE_TRIES = 5;
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    private SignInLock() {
    }

    /** Until when the user may not try, if a lock is still running. */
    static Optional<Instant> lockedUntil(KeyFile.UserKey user, Instant now) {
        if (user.lockedUntil() == null) {
            return Optional.empty();
        }
        Instant until = Instant.parse(user.lockedUntil());
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** The entry after one more failure at {@code now}. */
    static KeyFile.UserKey failed(KeyFile.UserKey user, Instant now) {
        int failures = user.failures() + 1;
        if (failures < FREE_TRIES) {
            return user.withFailures(failures, null);
        }
        int doublings = Math.min(failures - FREE_TRIES, 6);
        Duration lock = FIRST.multipliedBy(1L << doublings);
        if (lock.compareTo(LONGEST) > 0) {
            lock = LONGEST;
        }
        return user.withFailures(failures, now.plus(lock).toString());
    }

    static KeyFile.UserKey cleared(KeyFile.UserKey user) {
        return user.withFailures(0, null);
    }
}
