package org.villageregistry.service.verification;

import java.util.List;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledNewborn;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;

/** What the door-to-door sheet (入户核查表) of one village prints: its drawn households with their members. */
public record VerificationSheet(Verification verification, String village, String villageName,
                                List<Household> households, List<SampledNewborn> newborns) {
    public VerificationSheet {
        households = List.copyOf(households);
        newborns = List.copyOf(newborns);
    }

    /** A drawn household with its members as registered. */
    public record Household(SampledHousehold household, List<SampledPerson> members) {
        public Household {
            members = List.copyOf(members);
        }
    }
}
