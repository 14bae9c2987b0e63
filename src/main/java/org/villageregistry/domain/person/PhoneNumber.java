package org.villageregistry.domain.person;

import java.util.Optional;

/**
 * Phone numbers of mainland China: a mobile has 11 digits starting 13–19 (a leading +86 is dropped); a landline
 * has its area code (0 + 2–3 digits), then 7–8 digits, optionally an extension, e.g. 0371-65512345. Full-width
 * digits and signs read as their ASCII forms.
 */
public final class PhoneNumber {
    private static final String MOBILE = "1[3-9]\\d{9}";
    private static final String LANDLINE = "0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?";

    private PhoneNumber() {
    }

    /** The number cleaned of spaces, brackets around the area code and +86, when it is a phone number at all. */
    public static Optional<String> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = org.villageregistry.domain.text.HalfWidth.of(text).strip().replaceAll("[\\s\\u3000]", "").replace('—', '-').replace('－', '-')
                .replaceAll("^\\((0\\d{2,3})\\)", "$1-").replaceAll("^（(0\\d{2,3})）", "$1-");
        if (t.startsWith("+86")) {
            t = t.substring(3);
        }
        if (t.matches("86" + MOBILE)) {
            t = t.substring(2);
        }
        return t.matches(MOBILE) || t.matches(LANDLINE) ? Optional.of(t) : Optional.empty();
    }
}
