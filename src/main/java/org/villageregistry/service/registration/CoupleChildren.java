package org.villageregistry.service.registration;

import java.util.List;
import org.villageregistry.domain.registration.RegisteredChild;

/** The couple's joint children already in the register, each with its 孩次, and the order the new child gets. */
public record CoupleChildren(List<RegisteredChild> children, int nextOrder) {
    public CoupleChildren {
        children = List.copyOf(children);
    }
}
