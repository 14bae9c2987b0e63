package org.villageregistry.service.roster;

import java.time.LocalDate;
import java.util.List;

/** The 育龄妇女 roster on a reference day, with the months a health check stays current. */
public record Roster(LocalDate referenceDate, int checkMonths, List<RosterWoman> women) {
    public Roster {
        women = List.copyOf(women);
    }

    public List<RosterWoman> filtered(RosterFilter filter) {
        return women.stream().filter(w -> w.matches(filter)).toList();
    }

    public long count(RosterFilter filter) {
        return women.stream().filter(w -> w.matches(filter)).count();
    }
}
