package org.villageregistry.domain.repository;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.domain.verification.VerificationResults;
import org.villageregistry.domain.verification.VerificationSample;

/** The township's sample verifications: what was drawn and what the team found. Writes run in a write transaction. */
public interface VerificationRepository {
    /** Stores a new verification with its sample; returns it with the id it was given. */
    VerificationSample add(VerificationSample sample);

    /** Replaces the sample of a verification that has no result yet (a redraw with another seed). */
    void replace(VerificationSample sample);

    /** Every verification, newest first. */
    List<Verification> list();

    Optional<VerificationSample> sample(long id);

    VerificationResults results(long id);

    /** Sets (or replaces) the result of a sampled person. */
    void savePersonResult(long verification, PersonResult result);

    long addFound(long verification, FoundPerson found);

    void saveNewbornResult(long verification, int newborn, boolean found);
}
