package org.villageregistry.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What a screen that reads in the background shows of it: whether it is reading, and what went wrong (or ""). */
public abstract class LoadingViewModel {
    protected final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    protected final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
