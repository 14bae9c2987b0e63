package org.villageregistry.domain.verification;

import java.time.LocalDate;

/**
 * A birth of the last 12 months known from a hospital or police list (reconciliation), added to the sample when
 * asked: the team checks whether the child was born and lives in the village; recorded says whether the village's
 * register held the birth at the draw.
 */
public record SampledNewborn(int number, String village, String childName, String sex, LocalDate bornOn,
                             String motherName, String source, boolean recorded) {
}
