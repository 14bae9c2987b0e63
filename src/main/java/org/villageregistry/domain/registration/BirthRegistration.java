package org.villageregistry.domain.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * 生育登记: a couple registers the birth of a child (before or after the birth). expectedDelivery (预产期)
 * is set when registered before the birth. registrationNumber is unique within the issuing office.
 */
public record BirthRegistration(
        UUID id,
        long version,
        String owner,
        Spouse wife,
        Spouse husband,
        List<RegisteredChild> children,
        int registeredOrder,
        LocalDate registeredOn,
        LocalDate expectedDelivery,
        String office,
        String registrationNumber,
        String voidReason) implements RegisterRecord {

    public BirthRegistration {
        children = List.copyOf(children);
    }

    @Override
    public EntityType entityType() {
        return EntityType.BIRTH_REGISTRATION;
    }

    @Override
    public BirthRegistration withVersion(long v) {
        return new BirthRegistration(id, v, owner, wife, husband, children, registeredOrder, registeredOn,
                expectedDelivery, office, registrationNumber, voidReason);
    }

    @Override
    public BirthRegistration withVoidReason(String reason) {
        return new BirthRegistration(id, version, owner, wife, husband, children, registeredOrder, registeredOn,
                expectedDelivery, office, registrationNumber, reason);
    }
}
