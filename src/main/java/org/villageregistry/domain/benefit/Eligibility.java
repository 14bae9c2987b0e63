package org.villageregistry.domain.benefit;

import java.util.List;
import java.util.Locale;
import org.villageregistry.domain.text.Messages;

/**
 * A computed eligibility with its reason, shown to the registrar who then confirms or declines an enrolment.
 * The reason is a message key and its arguments, like a Problem.
 */
public record Eligibility(boolean eligible, String reasonKey, List<Object> args) {
    public Eligibility {
        args = List.copyOf(args);
    }

    public static Eligibility yes(String key, Object... args) {
        return new Eligibility(true, key, List.of(args));
    }

    public static Eligibility no(String key, Object... args) {
        return new Eligibility(false, key, List.of(args));
    }

    public String message() {
        return Messages.get(reasonKey, args.toArray());
    }

    public String message(Locale locale) {
        return Messages.get(locale, reasonKey, args.toArray());
    }
}
