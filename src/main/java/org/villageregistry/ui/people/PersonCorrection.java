package org.villageregistry.ui.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdentityFields;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.events.form.DateText;

/**
 * The person form as typed: every field of the record. Dates stay text until they are dates; the ID and phone
 * numbers are shown masked, so their fields start blank and blank keeps what is stored; "无" in the phone field
 * removes the stored phone.
 */
public final class PersonCorrection {
    /** The fields of the form, in form order, as the domain's rules and the data-quality findings name them. */
    public static final List<String> FIELDS = List.of("name", "sex", "birthDate", "idNumber", "relation",
            "ethnicity", "hukouType", "maritalStatus", "firstMarriageDate", "phone", "notes");

    /** Typed in the phone field, removes the stored phone (blank keeps it, as the number is shown masked). */
    static final java.util.Set<String> NO_PHONE = java.util.Set.of("无", "-");

    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    final StringProperty birthDate = new SimpleStringProperty("");
    final StringProperty newIdNumber = new SimpleStringProperty("");
    final ObjectProperty<RelationToHead> relation = new SimpleObjectProperty<>();
    final ObjectProperty<Ethnicity> ethnicity = new SimpleObjectProperty<>();
    final ObjectProperty<HukouType> hukouType = new SimpleObjectProperty<>();
    final ObjectProperty<MaritalStatus> maritalStatus = new SimpleObjectProperty<>();
    final StringProperty firstMarriageDate = new SimpleStringProperty("");
    final StringProperty newPhone = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObjectProperty<CorrectionReason> reason = new SimpleObjectProperty<>();

    Observable[] inputs() {
        return new Observable[] {name, sex, birthDate, newIdNumber, relation, ethnicity, hukouType, maritalStatus,
                firstMarriageDate, newPhone, notes};
    }

    void fill(Person p) {
        name.set(p.name() == null ? "" : p.name());
        sex.set(p.sex());
        birthDate.set(p.birthDate() == null ? "" : p.birthDate().toString());
        newIdNumber.set("");
        relation.set(p.relation());
        ethnicity.set(p.ethnicity());
        hukouType.set(p.hukouType());
        maritalStatus.set(p.maritalStatus());
        firstMarriageDate.set(p.firstMarriageDate() == null ? "" : p.firstMarriageDate().toString());
        newPhone.set("");
        notes.set(p.notes() == null ? "" : p.notes());
        reason.set(null);
    }

    /** The dates that are typed but are no dates, by field, quoting what was typed. */
    Map<String, String> dateProblems() {
        java.util.LinkedHashMap<String, String> problems = new java.util.LinkedHashMap<>();
        if (DateText.isBlank(birthDate.get())) {
            problems.put("birthDate", Messages.get("rule.person.birthDate.required"));
        } else if (DateText.date(birthDate.get()).isEmpty()) {
            problems.put("birthDate", Messages.get("events.error.date", birthDate.get()));
        }
        if (!DateText.isBlank(firstMarriageDate.get()) && DateText.date(firstMarriageDate.get()).isEmpty()) {
            problems.put("firstMarriageDate", Messages.get("events.error.date", firstMarriageDate.get()));
        }
        return problems;
    }

    /** The stored person with the typed values (dates that cannot be read are left as stored). */
    Person applyTo(Person stored) {
        Person.Builder b = stored.toBuilder().name(name.get().strip()).sex(sex.get())
                .birthDate(DateText.date(birthDate.get()).orElse(stored.birthDate())).relation(relation.get())
                .ethnicity(ethnicity.get()).hukouType(hukouType.get()).maritalStatus(maritalStatus.get())
                .firstMarriageDate(firstMarriage(stored)).notes(blankToNull(notes.get()));
        if (!newIdNumber.get().isBlank()) {
            b.idNumber(newIdNumber.get().strip());
        }
        String phone = newPhone.get().strip();
        if (NO_PHONE.contains(phone)) {
            b.phone(null);
        } else if (!phone.isEmpty()) {
            b.phone(phone);
        }
        return b.build();
    }

    private LocalDate firstMarriage(Person stored) {
        if (DateText.isBlank(firstMarriageDate.get())) {
            return null;
        }
        return DateText.date(firstMarriageDate.get()).orElse(stored.firstMarriageDate());
    }

    /** True when something typed differs from the stored person. */
    boolean differsFrom(Person stored) {
        return !applyTo(stored).equals(stored) || !dateProblems().isEmpty();
    }

    /** True when the typed values change who the person is, so a reason must be chosen. */
    boolean changesIdentity(Person stored) {
        return !IdentityFields.changed(stored, applyTo(stored)).isEmpty();
    }

    Optional<CorrectionReason> reason() {
        return Optional.ofNullable(reason.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
