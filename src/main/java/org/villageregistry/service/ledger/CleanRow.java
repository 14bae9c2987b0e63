package org.villageregistry.service.ledger;

import java.util.List;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Problem;

/**
 * A ledger row read into a person draft, with what marks its household (户号, 组, 门牌, 户主姓名 as written, each
 * null when blank) and what cleaning found.
 */
record CleanRow(LedgerRow row, Person draft, String householdNumber, String group, String address, String headName,
                List<Problem> problems) {
    CleanRow {
        problems = List.copyOf(problems);
    }
}
