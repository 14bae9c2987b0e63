package org.villageregistry.service.roster;

import org.villageregistry.domain.text.Messages;

/** The filters of the 育龄妇女 roster. */
public enum RosterFilter {
    ALL, MARRIED, PREGNANT, CHECK_DUE, AWAY;

    public String label() {
        return Messages.get("roster.filter." + name());
    }
}
