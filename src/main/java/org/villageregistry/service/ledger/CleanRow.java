package org.villageregistry.service.ledger;

import java.util.List;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Problem;

/** A ledger row read into a person draft, with the household it belongs to and what cleaning found. */
record CleanRow(LedgerRow row, Person draft, String householdNumber, String group, String address,
                List<Problem> problems) {
    CleanRow {
        problems = List.copyOf(problems);
    }
}
