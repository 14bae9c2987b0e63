package org.villageregistry.ui.events.registration;

import java.util.List;
import org.villageregistry.service.registration.FirstMarriageGap;

/** Whether to fill the spouses' missing 初婚日期 with the marriage date typed in the registration. */
public record FirstMarriageQuestion(String text, List<FirstMarriageGap> gaps) {
    public FirstMarriageQuestion {
        gaps = List.copyOf(gaps);
    }
}
