package org.villageregistry.storage;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The recovery key's code: 25 characters from an alphabet without look-alikes (no 0/O, 1/I/L), 125 random bits,
 * written in five groups of five. Typing it back ignores case, spaces and dashes.
 */
final class RecoveryCode {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 25;

    private RecoveryCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as it is wrapped: upper case, without separators. */
    static char[] normalise(String typed) {
        return typed == null ? new char[0]
                : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "").toCharArray();
    }
}
