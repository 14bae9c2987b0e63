package org.villageregistry.domain.repository;

import java.util.OptionalLong;

/** Result of re-computing the change log's hash chain: how many entries were checked and the first broken one. */
public record ChainVerification(long checked, OptionalLong firstBroken, String reason) {
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
