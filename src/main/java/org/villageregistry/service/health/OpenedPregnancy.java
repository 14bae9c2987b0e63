package org.villageregistry.service.health;

import java.util.List;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;

/** A pregnancy record as opened by the registrar, with the woman's name and the visits made for it. */
public record OpenedPregnancy(Pregnancy pregnancy, String womanName, List<ServiceVisit> visits) {
    public OpenedPregnancy {
        visits = List.copyOf(visits);
    }
}
