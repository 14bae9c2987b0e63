package org.villageregistry.domain.workstation;

import java.util.Optional;
import org.villageregistry.domain.text.Messages;

/**
 * The rule for a new user's password: at least 8 characters with both letters and digits. The register cannot be
 * opened without a password, so a weak one is refused when it is chosen, not discovered later.
 */
public final class PasswordStrength {
    public static final int MIN_LENGTH = 8;

    private PasswordStrength() {
    }

    /** Why the password is too weak, in the user's language; empty when it is strong enough. */
    public static Optional<String> refusal(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(Messages.get("rule.password.tooShort", MIN_LENGTH));
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            return Optional.of(Messages.get("rule.password.lettersAndDigits"));
        }
        return Optional.empty();
    }
}
