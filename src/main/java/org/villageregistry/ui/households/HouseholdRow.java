package org.villageregistry.ui.households;

import java.util.UUID;
import org.villageregistry.service.HouseholdSummary;

/** One line of the household list; a row still loading has a null id. */
public record HouseholdRow(UUID id, String number, String headName, String group, String address, int members) {
    static HouseholdRow loading() {
        return new HouseholdRow(null, "…", "", "", "", 0);
    }

    static HouseholdRow of(HouseholdSummary s) {
        return new HouseholdRow(s.household().id(), s.household().number(), s.headName(),
                s.household().group() == null ? "" : s.household().group(),
                s.household().address() == null ? "" : s.household().address(), s.activeMembers());
    }

    public boolean isLoading() {
        return id == null;
    }
}
