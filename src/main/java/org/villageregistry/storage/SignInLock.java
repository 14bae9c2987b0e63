package org.villageregistry.storage;

import java.time.Instant;
import java.util.Optional;
import org.villageregistry.domain.workstation.SignInLockout;

/**
 * Failed sign-ins in a row lock the user out ({@link SignInLockout}'s policy). A correct password (after the lock
 * has passed) or the recovery key clears it.
 */
final class SignInLock {
    static final int FREE_TRIES = SignInLockout.FREE_TRIES;

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
        return user.withFailures(failures, SignInLockout.lockAfter(failures).map(lock -> now.plus(lock).toString())
                .orElse(null));
    }

    static KeyFile.UserKey cleared(KeyFile.UserKey user) {
        return user.withFailures(0, null);
    }
}
