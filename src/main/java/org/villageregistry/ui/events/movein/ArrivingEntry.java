package org.villageregistry.ui.events.movein;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;

/** One person moving in, as typed. */
public final class ArrivingEntry {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final ObjectProperty<Ethnicity> ethnicity = new SimpleObjectProperty<>(Ethnicity.HAN);
    private final ObjectProperty<RelationToHead> relation = new SimpleObjectProperty<>();
    private final ObjectProperty<MaritalStatus> maritalStatus = new SimpleObjectProperty<>();

    Observable[] inputs() {
        return new Observable[] {name, sex, birthDate, idNumber, ethnicity, relation, maritalStatus};
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<Sex> sex() {
        return sex;
    }

    public StringProperty birthDate() {
        return birthDate;
    }

    public StringProperty idNumber() {
        return idNumber;
    }

    public ObjectProperty<Ethnicity> ethnicity() {
        return ethnicity;
    }

    /** Relation to the head of the household they join (only when joining one). */
    public ObjectProperty<RelationToHead> relation() {
        return relation;
    }

    /** Marital status as the person states it; left empty when not stated (never assumed). */
    public ObjectProperty<MaritalStatus> maritalStatus() {
        return maritalStatus;
    }
}
