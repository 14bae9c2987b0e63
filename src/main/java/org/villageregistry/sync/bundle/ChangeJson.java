package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import org.erdtman.jcs.JsonCanonicalizer;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.sync.Base64Url;

/**
 * A change as it travels in a bundle: a JSON object with the record's state embedded as JSON. Its hash is
 * the one the change log uses (BUNDLE.md): SHA-256, base64url, of the RFC 8785 canonical JSON of
 * {changeId, origin, entityType, entityId, baseVersion, version, op, state, author, at, prev (null for the
 * first change)}.
 */
public final class ChangeJson {
    private ChangeJson() {
    }

    public static ObjectNode withoutHash(ObjectMapper mapper, Change c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("changeId", c.changeId());
        node.put("origin", c.origin());
        node.put("entityType", c.entityType().wireName());
        node.put("entityId", c.entityId().toString());
        node.put("baseVersion", c.baseVersion());
        node.put("version", c.version());
        node.put("op", c.op());
        try {
            node.set("state", mapper.readTree(c.stateJson()));
        } catch (JsonProcessingException e) {
            // a state that is not JSON still gets a hash, which then cannot match the one the log keeps
            node.put("state", c.stateJson());
        }
        node.put("author", c.author());
        node.put("at", c.at().toString());
        if (c.prev() == null) {
            node.putNull("prev");
        } else {
            node.put("prev", c.prev());
        }
        return node;
    }

    public static ObjectNode toJson(ObjectMapper mapper, Change c) {
        return withoutHash(mapper, c).put("hash", c.hash());
    }

    public static String hash(ObjectMapper mapper, Change c) {
        return hashOf(withoutHash(mapper, c));
    }

    /** The hash of a change object as received, ignoring its own "hash" member. */
    static String hashOf(ObjectNode changeWithoutHash) {
        try {
            byte[] canonical = new JsonCanonicalizer(changeWithoutHash.toString()).getEncodedUTF8();
            return Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot canonicalise a change", e);
        }
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
