package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.service.change.ChangeHash;

/**
 * A change as it travels in a bundle: a JSON object with the record's state embedded as JSON. Its hash is
 * the change log's own ({@link ChangeHash}), so what a village hashed is what the township checks.
 */
public final class ChangeJson {
    private ChangeJson() {
    }

    public static ObjectNode withoutHash(ObjectMapper mapper, Change c) {
        return ChangeHash.withoutHash(c);
    }

    public static ObjectNode toJson(ObjectMapper mapper, Change c) {
        return withoutHash(mapper, c).put("hash", c.hash());
    }

    public static String hash(ObjectMapper mapper, Change c) {
        return ChangeHash.of(c);
    }

    /** The hash of a change object as received, ignoring its own "hash" member (the object is not changed). */
    static String hashOf(ObjectNode change) {
        return ChangeHash.hashOf(change);
    }

    /** Reads a change object; throws IllegalArgumentException (or a parse exception) when a field is wrong. */
    static Change fromJson(JsonNode n) {
        return fromJson(n, null);
    }

    /**
     * As {@link #fromJson(JsonNode)}, with the text its state object was parsed from, where known (null: the state's
     * tree is printed).
     */
    static Change fromJson(JsonNode n, String stateText) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("change is not an object");
        }
        JsonNode state = n.get("state");
        if (state == null || !(state.isObject() || state.isTextual())) {
            throw new IllegalArgumentException("state");
        }
        JsonNode prev = n.get("prev");
        if (prev == null || !(prev.isNull() || prev.isTextual())) {
            throw new IllegalArgumentException("prev");
        }
        String op = text(n, "op");
        if (!op.equals("upsert") && !op.equals("void")) {
            throw new IllegalArgumentException("op");
        }
        return new Change(number(n, "changeId"), text(n, "origin"), EntityType.fromWireName(text(n, "entityType")),
                UUID.fromString(text(n, "entityId")), number(n, "baseVersion"), number(n, "version"), op,
                state.isTextual() ? state.asText() : stateText != null ? stateText : state.toString(), text(n, "author"),
                instant(text(n, "at")), prev.isNull() ? null : prev.asText(), text(n, "hash"));
    }

    /**
     * {@link Instant#parse}, with a quick path for the one shape {@link Instant#toString} prints for the years a
     * register holds ({@code 2026-11-30T08:15:00Z}, with 1–9 digits of a fraction): the township reads one per
     * change, and the formatter's general parse allocated more than the rest of the change. Anything else (another
     * shape, a leap second, a day that does not exist) is left to {@link Instant#parse}, which decides it as before.
     */
    static Instant instant(String text) {
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z'
                && (n == 20 || text.charAt(19) == '.' && n >= 22)) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = n == 20 ? 0 : digits(text, 20, n - 1);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && second >= 0
                    && second < 60 && nanos >= 0) {
                for (int k = n - 1 - 20; k < 9; k++) {
                    nanos *= 10;
                }
                try {
                    return java.time.LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                            .toInstant(java.time.ZoneOffset.UTC);
                } catch (java.time.DateTimeException e) {
                    // not a day of the calendar: Instant.parse refuses it with its own message
                }
            }
        }
        return Instant.parse(text);
    }

    /** The number the ASCII digits from..to spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return v.asText();
    }

    private static long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(field);
        }
        return v.asLong();
    }
}
