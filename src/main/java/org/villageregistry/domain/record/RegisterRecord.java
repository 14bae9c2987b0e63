package org.villageregistry.domain.record;

import java.util.UUID;

/**
 * What every record of the register has: a stable UUID, an optimistic version (0 = not yet saved),
 * the division code that owns it (only the owner changes it), and a void reason when it was voided.
 * Records are never deleted.
 */
public interface RegisterRecord {
    UUID id();

    long version();

    String owner();

    /** Why the record was voided (e.g. 重档), or null while it is in force. */
    String voidReason();

    EntityType entityType();

    RegisterRecord withVersion(long version);

    RegisterRecord withVoidReason(String reason);

    default boolean isVoided() {
        return voidReason() != null;
    }
}
