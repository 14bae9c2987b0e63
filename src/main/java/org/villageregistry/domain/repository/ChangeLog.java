package org.villageregistry.domain.repository;

import java.util.List;
import java.util.Optional;

/** The hash-chained change log of this workstation. */
public interface ChangeLog {
    /** Changes with changeId greater than {@code afterId}, in order, at most {@code limit}. */
    List<Change> after(long afterId, int limit);

    Optional<Change> last();

    /** Re-computes every hash from the first change and reports the first broken link. */
    ChainVerification verify();
}
