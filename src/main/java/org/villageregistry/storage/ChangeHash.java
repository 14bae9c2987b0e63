package org.villageregistry.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.erdtman.jcs.JsonCanonicalizer;
import org.villageregistry.domain.repository.Change;

/**
 * The hash of a change (BUNDLE.md): SHA-256, base64url without padding, of the RFC 8785 canonical JSON of
 * {changeId, origin, entityType (wire name), entityId, baseVersion, version, op, state (the record as a JSON
 * object), author, at (ISO-8601 instant), prev (null for the first change)}.
 */
final class ChangeHash {
    private ChangeHash() {
    }

    static ObjectNode withoutHash(Change c) {
        ObjectNode node = RecordJson.MAPPER.createObjectNode();
        node.put("changeId", c.changeId());
        node.put("origin", c.origin());
        node.put("entityType", c.entityType().wireName());
        node.put("entityId", c.entityId().toString());
        node.put("baseVersion", c.baseVersion());
        node.put("version", c.version());
        node.put("op", c.op());
        try {
            node.set("state", RecordJson.MAPPER.readTree(c.stateJson()));
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

    static String of(Change c) {
        try {
            byte[] canonical = new JsonCanonicalizer(RecordJson.MAPPER.writeValueAsString(withoutHash(c)))
                    .getEncodedUTF8();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash change " + c.changeId(), e);
        }
    }
}
