package org.villageregistry.service.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.registration.RegisteredChild;

/**
 * The couple's joint children already in the register, oldest first, each with its 孩次, and the order a child
 * not yet born gets. A child already born is registered (补登) with its own order.
 */
public record CoupleChildren(List<CoupleChild> known, int nextOrder) {
    public CoupleChildren {
        known = List.copyOf(known);
    }

    /** The children as a registration lists them. */
    public List<RegisteredChild> children() {
        return known.stream().map(CoupleChild::child).toList();
    }

    public Optional<CoupleChild> find(UUID personId) {
        return known.stream().filter(c -> c.personId().equals(personId)).findFirst();
    }

    /** A joint child: the person in the register and how a registration lists it. */
    public record CoupleChild(UUID personId, RegisteredChild child) {
    }
}
