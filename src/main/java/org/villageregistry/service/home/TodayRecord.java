package org.villageregistry.service.home;

import java.util.Optional;
import java.util.UUID;

/**
 * A record an item of the home screen is about: the person to open (absent for a finding about a whole
 * division), the name to show and what is to be done, e.g. "孕情随访 2026-11-30 到期，已逾期 3 天", and at a
 * township the village whose record it is (empty at a village workstation).
 */
public record TodayRecord(UUID personId, String name, String detail, String village) {
    public TodayRecord {
        village = village == null ? "" : village;
    }

    public Optional<UUID> person() {
        return Optional.ofNullable(personId);
    }
}
