package org.villageregistry.domain.indicator;

import java.util.Optional;

/**
 * The register's data quality (DOMAIN.md "Indicators"): complete person records of the persons in it, invalid ID
 * numbers, duplicate suspects (within a village: the same ID number, or the same name and birth date), conflicts
 * not yet decided, and records whose changes are not yet acknowledged by the township. The last two are empty
 * ("—") where the division does not keep them: a village has no conflict list, the county acknowledges every
 * bundle on arrival; at the county "unresolved conflicts" are the changes it quarantined.
 */
public record DataQuality(Share completeness, long invalidIds, long duplicateSuspects,
                          Optional<Long> unresolvedConflicts, Optional<Long> notAcknowledged) {
}
