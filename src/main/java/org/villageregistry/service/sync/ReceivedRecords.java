package org.villageregistry.service.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.Json;

/**
 * A record as it arrives in a village's change, read and checked the same way wherever it is applied: at the
 * township ({@link ChangeApplier}) and at the county.
 */
public final class ReceivedRecords {
    private ReceivedRecords() {
    }

    /** The record a change carries; empty when its state cannot be read as its kind of record. */
    public static Optional<RegisterRecord> parse(Change c) {
        try {
            return Optional.of(Json.mapper().readValue(c.stateJson(), c.entityType().recordClass()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The errors of the village's own rules that the record breaks on {@code today} (none for a voided one). */
    public static List<Problem> ruleErrors(RegisterRecord record, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (record.isVoided()) {
            return problems;
        }
        if (record instanceof Person p) {
            problems.addAll(PersonRules.validate(p, today));
        } else if (record instanceof Birth b) {
            problems.addAll(Plausibility.birthDetails(b));
        }
        return problems.stream().filter(Problem::isError).toList();
    }
}
