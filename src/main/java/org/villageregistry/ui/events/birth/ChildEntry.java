package org.villageregistry.ui.events.birth;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.person.Sex;

/** One child of the delivery as typed on the birth form, with the 孩次 it will get. */
public final class ChildEntry {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty bornAt = new SimpleStringProperty("");
    private final StringProperty weightGrams = new SimpleStringProperty("");
    private final StringProperty certificateNumber = new SimpleStringProperty("");
    private final StringProperty healthStatus = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper order = new ReadOnlyStringWrapper("");

    Observable[] inputs() {
        return new Observable[] {name, sex, bornAt, weightGrams, certificateNumber, healthStatus};
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<Sex> sex() {
        return sex;
    }

    /** Date and time of birth as typed: 2026-11-30 08:15 or 202611300815. */
    public StringProperty bornAt() {
        return bornAt;
    }

    public StringProperty weightGrams() {
        return weightGrams;
    }

    public StringProperty certificateNumber() {
        return certificateNumber;
    }

    public StringProperty healthStatus() {
        return healthStatus;
    }

    /** "第 2 孩" once mother and time of birth are known, else empty. */
    public ReadOnlyStringProperty order() {
        return order.getReadOnlyProperty();
    }

    void showOrder(String text) {
        order.set(text);
    }
}
