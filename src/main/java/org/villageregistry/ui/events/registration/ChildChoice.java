package org.villageregistry.ui.events.registration;

import java.util.UUID;

/**
 * Which child a 生育登记 is for: the coming child ({@code personId} null, the next 孩次) or one of the couple's
 * children already born (补登), with the order it has.
 */
public record ChildChoice(UUID personId, int order, String label) {
    public boolean isBorn() {
        return personId != null;
    }

    @Override
    public String toString() {
        return label;
    }
}
