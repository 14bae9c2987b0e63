package org.villageregistry.service.signoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One village's month as the township sees it: its state, when it was submitted and decided, the reason of a
 * return, and whether it is overdue (no figures, or returned and not sent again, after the due date).
 */
public record VillageMonth(String village, String villageName, String period, MonthState state,
                           Optional<Instant> submittedAt, Optional<Instant> decidedAt, Optional<String> reason,
                           LocalDate dueOn, boolean overdue) {
    /** The village as a list of overdue months names it: "石桥村（退回后未重报）" when its month came back and not again. */
    public String overdueName() {
        return state == MonthState.RETURNED
                ? org.villageregistry.domain.text.Messages.get("signoff.returnedNotResent", villageName) : villageName;
    }
}
