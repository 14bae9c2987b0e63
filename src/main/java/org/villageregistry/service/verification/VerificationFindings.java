package org.villageregistry.service.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.FeedbackKind;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.service.Json;

/**
 * Turns what the team found into feedback for the village's next receipt (one task each): a wrong field with the
 * value found, a person not living there, a person or a birth not in the register. The township never changes the
 * village's records; the village corrects its own.
 */
final class VerificationFindings {
    /** What a finding asks the village to look at (the payload's "finding"). */
    enum Finding { WRONG_FIELD, NOT_LIVING, MISSING_PERSON, UNRECORDED_BIRTH }

    private final Register register;

    VerificationFindings(Register register) {
        this.register = register;
    }

    /**
     * The findings about a person, replacing those of an earlier entry that have not gone out yet (a result typed
     * again after a slip must not send the slip to the village).
     */
    void person(Verification v, SampledHousehold household, SampledPerson person, PersonResult result, Instant now) {
        register.sync().feedback().withdrawUnsentFeedback(FeedbackKind.VERIFICATION_FINDING, person.personId());
        if (!result.livesThere()) {
            send(v, household, Optional.of(person), payload(v, household, Finding.NOT_LIVING)
                    .put("personName", person.name()), now);
            return;
        }
        for (Map.Entry<CheckedField, String> c : new java.util.TreeMap<>(result.corrections()).entrySet()) {
            send(v, household, Optional.of(person), payload(v, household, Finding.WRONG_FIELD)
                    .put("personName", person.name()).put("field", c.getKey().name())
                    .put("fieldLabel", c.getKey().chineseLabel()).put("value", c.getValue()), now);
        }
    }

    void found(Verification v, SampledHousehold household, FoundPerson found, Instant now) {
        Finding finding = found.kind() == FoundPerson.Kind.MISSING_PERSON ? Finding.MISSING_PERSON
                : Finding.UNRECORDED_BIRTH;
        send(v, household, Optional.empty(), payload(v, household, finding).put("personName", found.name())
                .put("sex", found.sex() == null ? "" : found.sex().zh())
                .put("birthDate", found.birthDate() == null ? "" : found.birthDate().toString()), now);
    }

    private static ObjectNode payload(Verification v, SampledHousehold household, Finding finding) {
        return Json.mapper().createObjectNode().put("finding", finding.name()).put("verification", v.id())
                .put("seed", v.seed()).put("drawnOn", v.drawnOn().toString())
                .put("household", household.householdNumber() == null ? "" : household.householdNumber())
                .put("householdId", household.householdId().toString());
    }

    private void send(Verification v, SampledHousehold household, Optional<SampledPerson> person, ObjectNode payload,
                      Instant now) {
        register.sync().feedback().addFeedback(new Feedback(0, household.village(),
                FeedbackKind.VERIFICATION_FINDING, person.map(SampledPerson::personId), payload.toString(), now));
    }
}
