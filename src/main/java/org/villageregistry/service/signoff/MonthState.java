package org.villageregistry.service.signoff;

import org.villageregistry.domain.text.Messages;

/** Where a village's month stands at the township: 未报, 待审, 已审 or 退回. */
public enum MonthState {
    NOT_SUBMITTED, PENDING, APPROVED, RETURNED;

    public String label() {
        return Messages.get("signoff.state." + name());
    }
}
