package org.villageregistry.sync.enrol;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The enrolled workstations this one accepts files from, looked up by signing-key thumbprint. */
@FunctionalInterface
public interface EnrolledOrigins {
    Optional<EnrolledOrigin> bySigningKey(String kid);

    static EnrolledOrigins of(Collection<EnrolledOrigin> origins) {
        List<EnrolledOrigin> copy = List.copyOf(origins);
        return kid -> copy.stream().filter(o -> o.signingFingerprint().thumbprint().equals(kid)).findFirst();
    }
}
