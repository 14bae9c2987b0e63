package org.villageregistry.service.health;

import org.villageregistry.domain.health.ServiceVisit;

/** A service visit as opened by the registrar, with the name of the person visited. */
public record OpenedVisit(ServiceVisit visit, String personName) {
}
