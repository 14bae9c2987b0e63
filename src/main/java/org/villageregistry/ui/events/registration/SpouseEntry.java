package org.villageregistry.ui.events.registration;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.registration.Spouse;

/** One spouse as typed on the 生育登记 form; filled in from the register when the spouse is picked. */
public final class SpouseEntry {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final ObjectProperty<Ethnicity> ethnicity = new SimpleObjectProperty<>();
    private final StringProperty hukouAddress = new SimpleStringProperty("");
    private final StringProperty currentAddress = new SimpleStringProperty("");
    private final ObjectProperty<MaritalStatus> maritalStatus = new SimpleObjectProperty<>();
    private final StringProperty marriageDate = new SimpleStringProperty("");
    /** The number the register holds for a spouse picked from it; the field shows it masked (an unaudited view). */
    private String registerIdNumber;

    Observable[] inputs() {
        return new Observable[] {name, idNumber, ethnicity, hukouAddress, currentAddress, maritalStatus,
                marriageDate};
    }

    void fill(Spouse s) {
        name.set(orEmpty(s.name()));
        registerIdNumber = s.idNumber();
        idNumber.set(s.idNumber() == null ? "" : IdNumber.mask(s.idNumber()));
        ethnicity.set(s.ethnicity());
        hukouAddress.set(orEmpty(s.hukouAddress()));
        currentAddress.set(orEmpty(s.currentAddress()));
        maritalStatus.set(s.maritalStatus());
        marriageDate.set(s.marriageDate() == null ? "" : s.marriageDate().toString());
    }

    void clear() {
        fill(new Spouse(null, null, null, null, null, null, null, null));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty name() {
        return name;
    }

    /** The number to register: the register's own while the masked one shown is left as it is, else what was typed. */
    String idNumberToSave() {
        String shown = idNumber.get();
        return registerIdNumber != null && shown.equals(IdNumber.mask(registerIdNumber)) ? registerIdNumber : shown;
    }

    public StringProperty idNumber() {
        return idNumber;
    }

    public ObjectProperty<Ethnicity> ethnicity() {
        return ethnicity;
    }

    public StringProperty hukouAddress() {
        return hukouAddress;
    }

    public StringProperty currentAddress() {
        return currentAddress;
    }

    public ObjectProperty<MaritalStatus> maritalStatus() {
        return maritalStatus;
    }

    public StringProperty marriageDate() {
        return marriageDate;
    }
}
