package org.villageregistry.service.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.service.Json;

/**
 * The hash of a change (BUNDLE.md): SHA-256, base64url without padding, of the RFC 8785 canonical JSON of
 * {changeId, origin, entityType (wire name), entityId, baseVersion, version, op, state (the record as a JSON
 * object), author, at (ISO-8601 instant), prev (null for the first change)}. The one definition: the change
 * log that writes it and the bundle reader that checks it both call this class.
 */
public final class ChangeHash {
    private ChangeHash() {
    }

    public static ObjectNode withoutHash(Change c) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("changeId", c.changeId());
        node.put("origin", c.origin());
        node.put("entityType", c.entityType().wireName());
        node.put("entityId", c.entityId().toString());
        node.put("baseVersion", c.baseVersion());
        node.put("version", c.version());
        node.put("op", c.op());
        try {
            node.set("state", Json.mapper().readTree(c.stateJson()));
        } catch (JsonProcessingException e) {
            // a state that is no longer JSON still gets a hash, which then cannot match
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

    /** The change as {@link #withoutHash} wrote it with its "hash" (a kept change read back; not verified here). */
    public static Change read(String json) {
        com.fasterxml.jackson.databind.JsonNode n;
        try {
            n = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept change is not JSON", e);
        }
        return new Change(n.get("changeId").asLong(), n.get("origin").asText(),
                org.villageregistry.domain.record.EntityType.fromWireName(n.get("entityType").asText()),
                java.util.UUID.fromString(n.get("entityId").asText()), n.get("baseVersion").asLong(),
                n.get("version").asLong(), n.get("op").asText(),
                n.get("state").isTextual() ? n.get("state").asText() : n.get("state").toString(),
                n.get("author").asText(), java.time.Instant.parse(n.get("at").asText()),
                n.path("prev").isNull() || n.path("prev").isMissingNode() ? null : n.get("prev").asText(),
                n.get("hash").asText());
    }

    public static String of(Change c) {
        return hashOf(withoutHash(c));
    }

    /** The hash of a change object as received, ignoring any "hash" member it carries (the object is not changed). */
    public static String hashOf(ObjectNode change) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            CanonicalJson.digest(change, "hash", sha256);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a change", e);
        }
    }
}
