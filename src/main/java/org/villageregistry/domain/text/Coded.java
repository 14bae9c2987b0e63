package org.villageregistry.domain.text;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of a national code table (GB/T 2261, GB/T 3304…): its code and its Chinese and English names. The
 * implementing enums write the table itself, one {@link Code} on each constant.
 */
public interface Coded {
    default String code() {
        return CodeTable.row(this).code();
    }

    default String zh() {
        return CodeTable.row(this).zh();
    }

    default String en() {
        return CodeTable.row(this).en();
    }

    default String label() {
        return Messages.locale().getLanguage().equals("en") ? en() : zh();
    }

    /** Finds a value by its code, its Chinese name or its English name (case-insensitive). */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(t) || e.zh().equals(t) || e.en().equalsIgnoreCase(t)
                        || e.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
