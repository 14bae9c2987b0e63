package org.villageregistry.domain.verification;

import java.util.UUID;

/** A household drawn for the visit: its number on the sheet (1, 2, … across the verification) and in the village. */
public record SampledHousehold(int number, String village, UUID householdId, String householdNumber,
                               String headName) {
}
