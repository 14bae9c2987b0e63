package org.villageregistry.domain.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hash-chained change log of this workstation. */
public interface ChangeLog {
    /** Changes with changeId greater than {@code afterId}, in order, at most {@code limit}. */
    List<Change> after(long afterId, int limit);

    Optional<Change> last();

    /** Every change of one record (all its versions), oldest first: who changed it and when. */
    List<Change> forEntity(UUID entityId);

    /** Re-computes every hash from the first change and reports the first broken link. */
    ChainVerification verify();
}
