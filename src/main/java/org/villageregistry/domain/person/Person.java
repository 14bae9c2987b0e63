package org.villageregistry.domain.person;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A person of the register. Nullable components: idNumber (children not yet issued one), ethnicity,
 * hukouType, maritalStatus, firstMarriageDate, phone, notes, householdId/relation (not in a household),
 * motherId/fatherId (unknown or outside the register), disabilityGrade (1–4, only with a certificate),
 * onlyChildCertificateDate (独生子女父母光荣证), leftOn (still in the register), voidReason.
 * enteredOn is the day the person entered this register (birth, move-in, or first registration);
 * leftOn the day of death or move-out. Population counts and the balance check rest on these two dates.
 * residenceBeforeLeaving is where the person lived (常住, 外出 or 流入) when the death or move-out was recorded, so
 * the months before still count the person as then; null while in the register, and for records written before it
 * was kept.
 */
public record Person(
        UUID id,
        long version,
        String owner,
        String name,
        Sex sex,
        LocalDate birthDate,
        String idNumber,
        Ethnicity ethnicity,
        HukouType hukouType,
        ResidenceStatus residence,
        MaritalStatus maritalStatus,
        LocalDate firstMarriageDate,
        String phone,
        String notes,
        UUID householdId,
        RelationToHead relation,
        UUID motherId,
        UUID fatherId,
        boolean adopted,
        Integer disabilityGrade,
        LocalDate onlyChildCertificateDate,
        LocalDate enteredOn,
        LocalDate leftOn,
        ResidenceStatus residenceBeforeLeaving,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.PERSON;
    }

    @Override
    public Person withVersion(long v) {
        return new Person(id, v, owner, name, sex, birthDate, idNumber, ethnicity, hukouType, residence,
                maritalStatus, firstMarriageDate, phone, notes, householdId, relation, motherId, fatherId, adopted,
                disabilityGrade, onlyChildCertificateDate, enteredOn, leftOn, residenceBeforeLeaving, voidReason);
    }

    @Override
    public Person withVoidReason(String reason) {
        return new Person(id, version, owner, name, sex, birthDate, idNumber, ethnicity, hukouType, residence,
                maritalStatus, firstMarriageDate, phone, notes, householdId, relation, motherId, fatherId, adopted,
                disabilityGrade, onlyChildCertificateDate, enteredOn, leftOn, residenceBeforeLeaving, reason);
    }

    /** True while the person counts in the register: not voided, not dead, not moved out. */
    public boolean isActive() {
        return voidReason == null && residence != ResidenceStatus.DEAD && residence != ResidenceStatus.MOVED_OUT;
    }

    /** Full years of age (周岁) on a day. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds changed copies of a person without repeating twenty-odd arguments. */
    public static final class Builder {
        private UUID id = UUID.randomUUID();
        private long version;
        private String owner;
        private String name;
        private Sex sex;
        private LocalDate birthDate;
        private String idNumber;
        private Ethnicity ethnicity;
        private HukouType hukouType;
        private ResidenceStatus residence = ResidenceStatus.RESIDENT;
        private MaritalStatus maritalStatus;
        private LocalDate firstMarriageDate;
        private String phone;
        private String notes;
        private UUID householdId;
        private RelationToHead relation;
        private UUID motherId;
        private UUID fatherId;
        private boolean adopted;
        private Integer disabilityGrade;
        private LocalDate onlyChildCertificateDate;
        private LocalDate enteredOn;
        private LocalDate leftOn;
        private ResidenceStatus residenceBeforeLeaving;
        private String voidReason;

        private Builder() {
        }

        private Builder(Person p) {
            id = p.id; version = p.version; owner = p.owner; name = p.name; sex = p.sex; birthDate = p.birthDate;
            idNumber = p.idNumber; ethnicity = p.ethnicity; hukouType = p.hukouType; residence = p.residence;
            maritalStatus = p.maritalStatus; firstMarriageDate = p.firstMarriageDate; phone = p.phone;
            notes = p.notes; householdId = p.householdId; relation = p.relation; motherId = p.motherId;
            fatherId = p.fatherId; adopted = p.adopted; disabilityGrade = p.disabilityGrade;
            onlyChildCertificateDate = p.onlyChildCertificateDate; enteredOn = p.enteredOn; leftOn = p.leftOn;
            residenceBeforeLeaving = p.residenceBeforeLeaving; voidReason = p.voidReason;
        }

        public Builder id(UUID v) { id = v; return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder sex(Sex v) { sex = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder idNumber(String v) { idNumber = v; return this; }
        public Builder ethnicity(Ethnicity v) { ethnicity = v; return this; }
        public Builder hukouType(HukouType v) { hukouType = v; return this; }
        public Builder residence(ResidenceStatus v) { residence = v; return this; }
        public Builder maritalStatus(MaritalStatus v) { maritalStatus = v; return this; }
        public Builder firstMarriageDate(LocalDate v) { firstMarriageDate = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder householdId(UUID v) { householdId = v; return this; }
        public Builder relation(RelationToHead v) { relation = v; return this; }
        public Builder motherId(UUID v) { motherId = v; return this; }
        public Builder fatherId(UUID v) { fatherId = v; return this; }
        public Builder adopted(boolean v) { adopted = v; return this; }
        public Builder disabilityGrade(Integer v) { disabilityGrade = v; return this; }
        public Builder onlyChildCertificateDate(LocalDate v) { onlyChildCertificateDate = v; return this; }
        public Builder enteredOn(LocalDate v) { enteredOn = v; return this; }
        public Builder leftOn(LocalDate v) { leftOn = v; return this; }
        public Builder residenceBeforeLeaving(ResidenceStatus v) { residenceBeforeLeaving = v; return this; }
        public Builder voidReason(String v) { voidReason = v; return this; }

        public Person build() {
            return new Person(id, version, owner, name, sex, birthDate, idNumber, ethnicity, hukouType, residence,
                    maritalStatus, firstMarriageDate, phone, notes, householdId, relation, motherId, fatherId,
                    adopted, disabilityGrade, onlyChildCertificateDate, enteredOn, leftOn, residenceBeforeLeaving, voidReason);
        }
    }
}
