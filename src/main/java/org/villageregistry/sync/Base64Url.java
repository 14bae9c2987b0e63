package org.villageregistry.sync;

import java.util.Base64;
import java.util.Optional;

/**
 * Strict base64url without padding: only the one canonical spelling of a byte string is accepted, so that
 * a changed character can never decode to the same bytes and slip past a signature.
 */
public final class Base64Url {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    public static Optional<byte[]> decode(String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            return ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
