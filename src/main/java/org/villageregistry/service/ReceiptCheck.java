package org.villageregistry.service;

import java.util.Optional;

/**
 * The result of checking a receipt: intact when the signature holds under an enrolled key; issuer names the
 * division and key that signed it; problem says, in the user's language, why it is not intact.
 */
public record ReceiptCheck(boolean intact, Optional<String> issuer, Optional<ReceiptClaims> claims,
                           Optional<String> problem) {
    public static ReceiptCheck intact(String issuer, ReceiptClaims claims) {
        return new ReceiptCheck(true, Optional.of(issuer), Optional.of(claims), Optional.empty());
    }

    public static ReceiptCheck broken(String problem) {
        return new ReceiptCheck(false, Optional.empty(), Optional.empty(), Optional.of(problem));
    }
}
