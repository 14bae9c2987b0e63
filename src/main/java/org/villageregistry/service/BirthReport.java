package org.villageregistry.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Sex;

/**
 * A delivery as reported: the mother, the father if known, and each child born alive (twins: two children).
 * Each child may have its own time of birth; without one it takes the delivery's {@code bornAt}.
 */
public record BirthReport(UUID motherId, UUID fatherId, LocalDateTime bornAt, BirthPlace place,
                          Integer gestationWeeks, EventSource source, List<NewChild> children) {
    public BirthReport {
        children = List.copyOf(children);
    }

    /** One child: name (may be given later, but a register needs one), sex, and what the certificate says. */
    public record NewChild(String name, Sex sex, LocalDateTime bornAt, Integer weightGrams, String certificateNumber,
                           String healthStatus) {
    }
}
