package org.villageregistry.county.store;

import java.time.LocalDate;
import java.util.UUID;

/** A record as the county stores it: typed columns for the statistics and the full state as the village sent it. */
public record CountyRecord(String entityType, UUID entityId, String village, String township, long version,
                           boolean voided, String stateJson, String personName, String sex, LocalDate birthDate,
                           String idNumber, String residence, UUID householdId, UUID motherId, LocalDate enteredOn,
                           LocalDate leftOn, LocalDate eventDate, String marital, Integer birthOrder,
                           String kind, Integer personCount, LocalDate recordedOn) {
}
