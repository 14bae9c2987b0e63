package org.villageregistry.domain.verification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.villageregistry.domain.text.Messages;

/** The fields of a registered person the team checks at the door, in the order the sheet prints them. */
public enum CheckedField {
    NAME, SEX, BIRTH_DATE, ID_NUMBER, ETHNICITY, RELATION, MARITAL, RESIDENCE;

    /** 姓名, 性别, 出生日期…: what the sheet and the task at the village call the field. */
    public String label() {
        return Messages.get("verification.field." + name());
    }

    /** The label in Chinese, for the task that travels to the village whatever language the township reads. */
    public String chineseLabel() {
        return Messages.get(Messages.CHINESE, "verification.field." + name());
    }

    /** By its Chinese or English label or its name (出生日期, birth-date, BIRTH_DATE), as a clerk types it. */
    public static Optional<CheckedField> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        String constant = t.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(constant) || f.chineseLabel().equals(t)
                || Messages.get(Locale.ENGLISH, "verification.field." + f.name()).equalsIgnoreCase(t)).findFirst();
    }
}
