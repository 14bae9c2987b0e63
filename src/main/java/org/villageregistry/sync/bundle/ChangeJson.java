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
                state.isTextual() ? state.asText() : state.toString(), text(n, "author"),
                Instant.parse(text(n, "at")), prev.isNull() ? null : prev.asText(), text(n, "hash"));
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
