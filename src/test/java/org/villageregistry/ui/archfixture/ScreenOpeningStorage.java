package org.villageregistry.ui.archfixture;

import org.villageregistry.storage.H2RegisterStore;

/** Breaks the layers on purpose: the UI building the store itself instead of getting it from app. */
public class ScreenOpeningStorage {
    public Object store() {
        return new H2RegisterStore();
    }
}
