package org.villageregistry.domain.workstation;

import java.time.Duration;
import java.util.Optional;

/**
 * Failed sign-ins in a row lock the user out for a growing time: after the 5th failure 1 minute, then 2, 4, 8 …
 * up to an hour per further failure. One policy for the workstations and the county's web page.
 */
public final class SignInLockout {
    public static final int FREE_TRIES = 5;
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    private SignInLockout() {
    }

    /** How long the user is locked out after {@code failures} failures in a row (none before the fifth). */
    public static Optional<Duration> lockAfter(int failures) {
        if (failures < FREE_TRIES) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_TRIES, 6);
        Duration lock = FIRST.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(LONGEST) > 0 ? LONGEST : lock);
    }
}
