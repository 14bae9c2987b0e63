package org.villageregistry.ui.households;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;

/** One row of the new-household member table as typed; the birth date stays text until it is a date. */
public final class MemberDraft {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final ObjectProperty<RelationToHead> relation = new SimpleObjectProperty<>();
    private final ObjectProperty<Ethnicity> ethnicity = new SimpleObjectProperty<>(Ethnicity.HAN);
    private final ObjectProperty<HukouType> hukouType = new SimpleObjectProperty<>(HukouType.AGRICULTURAL);
    private final ObjectProperty<MaritalStatus> maritalStatus = new SimpleObjectProperty<>();
    private final StringProperty firstMarriageDate = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final ObservableSet<String> wrongFields = FXCollections.observableSet();

    MemberDraft(RelationToHead relation) {
        this.relation.set(relation);
    }

    /** The typed birth date, if it is one (2026-11-30). */
    public Optional<LocalDate> parsedBirthDate() {
        return parsed(birthDate.get());
    }

    /** The typed 初婚日期, if it is one. */
    public Optional<LocalDate> parsedFirstMarriageDate() {
        return parsed(firstMarriageDate.get());
    }

    /** True when the chosen marital status is one of marriage (20–23), so the 初婚日期 is asked for. */
    public boolean needsFirstMarriageDate() {
        return MaritalStatusRules.isMarried(maritalStatus.get());
    }

    private static Optional<LocalDate> parsed(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    boolean isBlank() {
        return name.get().isBlank() && birthDate.get().isBlank() && idNumber.get().isBlank();
    }

    Person toPerson() {
        return Person.builder().name(name.get().strip()).sex(sex.get()).birthDate(parsedBirthDate().orElse(null))
                .idNumber(idNumber.get().isBlank() ? null : idNumber.get().strip()).relation(relation.get())
                .ethnicity(ethnicity.get()).hukouType(hukouType.get()).maritalStatus(maritalStatus.get())
                .firstMarriageDate(parsedFirstMarriageDate().orElse(null)).build();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public ObjectProperty<RelationToHead> relationProperty() {
        return relation;
    }

    public ObjectProperty<Ethnicity> ethnicityProperty() {
        return ethnicity;
    }

    public ObjectProperty<HukouType> hukouTypeProperty() {
        return hukouType;
    }

    public ObjectProperty<MaritalStatus> maritalStatusProperty() {
        return maritalStatus;
    }

    /** The 初婚日期 as typed (2010-05-01); asked for when the marital status is one of marriage. */
    public StringProperty firstMarriageDateProperty() {
        return firstMarriageDate;
    }

    /** This row's problems as the domain rules word them, one per line; empty when the row is fine. */
    public StringProperty problemsProperty() {
        return problems;
    }

    /**
     * The fields of this row with an error, by the names the domain rules use (name, sex, birthDate, idNumber,
     * relation, ethnicity, hukouType, maritalStatus, firstMarriageDate): the form gives each a red border.
     */
    public ObservableSet<String> wrongFields() {
        return wrongFields;
    }
}
