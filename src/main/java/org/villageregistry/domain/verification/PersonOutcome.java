package org.villageregistry.domain.verification;

import org.villageregistry.domain.text.Messages;

/**
 * What the team found about a registered person: every checked field right; lives there but some field is wrong;
 * not living in this household at all (moved away, died, unknown there). A person the register already marks as
 * 户籍在村但流出 who is away is correct, not "not living there".
 */
public enum PersonOutcome {
    CORRECT, WRONG, NOT_LIVING;

    public String label() {
        return Messages.get("verification.outcome." + name());
    }
}
