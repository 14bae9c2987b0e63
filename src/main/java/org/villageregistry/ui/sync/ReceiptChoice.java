package org.villageregistry.ui.sync;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A village the township may write a receipt for, checked when it is to get one: at first every village
 * with bundles imported since its last receipt.
 */
public final class ReceiptChoice {
    private final String division;
    private final String name;
    private final boolean newImports;
    private final BooleanProperty chosen;

    ReceiptChoice(String division, String name, boolean newImports) {
        this.division = division;
        this.name = name;
        this.newImports = newImports;
        this.chosen = new SimpleBooleanProperty(newImports);
    }

    public String division() {
        return division;
    }

    public String name() {
        return name;
    }

    /** Bundles of this village were imported since its last receipt. */
    public boolean newImports() {
        return newImports;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}

