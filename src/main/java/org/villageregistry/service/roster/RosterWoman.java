package org.villageregistry.service.roster;

import java.time.LocalDate;
import java.util.Optional;
import org.villageregistry.domain.person.Person;

/**
 * One woman of the 15–49 roster on the reference day: whether she is married, pregnant now, due for a women's
 * health check (none within the chosen number of months), and living away (外出). lastHealthCheck may be null.
 */
public record RosterWoman(Person woman, String householdNumber, int age, boolean married, boolean pregnant,
                          LocalDate lastHealthCheck, boolean checkDue, boolean away) {

    public Optional<LocalDate> lastCheck() {
        return Optional.ofNullable(lastHealthCheck);
    }

    public boolean matches(RosterFilter filter) {
        return switch (filter) {
            case ALL -> true;
            case MARRIED -> married;
            case PREGNANT -> pregnant;
            case CHECK_DUE -> checkDue;
            case AWAY -> away;
        };
    }
}
