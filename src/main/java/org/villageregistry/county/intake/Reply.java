package org.villageregistry.county.intake;

import java.nio.charset.StandardCharsets;

/** An HTTP answer: status, body and its content type. */
public record Reply(int status, byte[] body, String contentType) {
    static final String JOSE = "application/jose+json";
    static final String TEXT = "text/plain; charset=utf-8";

    static Reply text(int status, String message) {
        return new Reply(status, message.getBytes(StandardCharsets.UTF_8), TEXT);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
