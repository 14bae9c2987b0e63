package org.villageregistry.service.change;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.service.Json;

/**
 * The hash of an audit entry: SHA-256 (base64url, no padding) of the RFC 8785 canonical JSON of {seq, at,
 * user, workstation, action, entityType, entityId, detail, prev}, computed by {@link ChangeHash#hashOf} so the
 * change log and the audit log chain their entries the same way.
 */
public final class AuditHash {
    private AuditHash() {
    }

    public static String of(AuditEntry e) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("seq", e.seq());
        node.put("at", e.at().toString());
        node.put("user", e.user());
        node.put("workstation", e.workstation());
        node.put("action", e.action());
        putNullable(node, "entityType", e.entityType());
        putNullable(node, "entityId", e.entityId() == null ? null : e.entityId().toString());
        putNullable(node, "detail", e.detail());
        putNullable(node, "prev", e.prev());
        return ChangeHash.hashOf(node);
    }

    private static void putNullable(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
