package org.villageregistry.domain.sync;

import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;

/**
 * What the township tells a village in its next receipt: transfers, births known from other lists. Writes run inside
 * {@code Transactions.write} of the register.
 */
public interface VillageFeedback {
    long addFeedback(Feedback feedback);

    List<Feedback> unsentFeedback(String village);

    void markFeedbackSent(List<Long> ids, UUID receiptId);

    /** Takes back feedback of that kind about the record not yet sent in a receipt; returns how much. */
    int withdrawUnsentFeedback(SyncRecords.FeedbackKind kind, UUID entityId);

    void addKnownBirth(KnownBirth birth);

    List<KnownBirth> unmatchedKnownBirths(String village);

    /** Every birth of the village known from the lists, matched to a recorded birth or not (for verification). */
    List<KnownBirth> knownBirths(String village);

    void markKnownBirthMatched(long id);
}
