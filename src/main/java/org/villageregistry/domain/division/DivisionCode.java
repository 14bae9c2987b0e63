package org.villageregistry.domain.division;

import java.util.Optional;
import org.villageregistry.domain.text.RegistryException;

/**
 * A statistical division code (GB/T 2260 + NBS): county 6 digits, township 9, village 12.
 * A township's code is a prefix of its villages' codes.
 */
public record DivisionCode(String value) {
    public DivisionCode {
        if (value == null || !value.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw new RegistryException("error.division.format", value == null ? "" : value);
        }
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value == null ? null : value.strip());
    }

    public DivisionLevel level() {
        return switch (value.length()) {
            case 6 -> DivisionLevel.COUNTY;
            case 9 -> DivisionLevel.TOWNSHIP;
            default -> DivisionLevel.VILLAGE;
        };
    }

    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case COUNTY -> Optional.empty();
            case TOWNSHIP -> Optional.of(new DivisionCode(value.substring(0, 6)));
            case VILLAGE -> Optional.of(new DivisionCode(value.substring(0, 9)));
        };
    }

    /** True when {@code other} is this division or lies inside it. */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
