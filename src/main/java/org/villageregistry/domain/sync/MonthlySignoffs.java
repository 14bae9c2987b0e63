package org.villageregistry.domain.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Monthly sign-off (审核): a village's figures for a month as submitted, and the township's decision. The village
 * keeps its own months, the township those that arrived in bundles. Writes run inside {@code Transactions.write}.
 */
public interface MonthlySignoffs {
    Optional<Signoff> find(String village, String period);

    /** Every village's row for one month ("2026-11"), by village code. */
    List<Signoff> ofPeriod(String period);

    /** Every month of one village, oldest first. */
    List<Signoff> ofVillage(String village);

    /** Inserts or replaces the row of the village and month. */
    void save(Signoff signoff);

    /** Where a submitted month stands. */
    enum State { SUBMITTED, APPROVED, RETURNED }

    /**
     * One village's month: the submission's id and figures (canonical JSON), who sent it and when, the bundle it
     * arrived in (township), and the decision with its reason (a return).
     */
    record Signoff(String village, String period, UUID submissionId, String figuresJson, State state,
                   Instant submittedAt, String submittedBy, Optional<UUID> bundleId, Optional<Instant> decidedAt,
                   Optional<String> decidedBy, Optional<String> reason) {
        public Signoff decided(State newState, Instant at, String by, Optional<String> why) {
            return new Signoff(village, period, submissionId, figuresJson, newState, submittedAt, submittedBy,
                    bundleId, Optional.of(at), Optional.of(by), why);
        }
    }
}
