package org.villageregistry.domain.text;

import java.util.List;
import java.util.Locale;

/**
 * One finding of a rule about one field: what is wrong and what to do, as a message key with arguments.
 * {@code field} is the form field it belongs to (e.g. "idNumber"), so a form can show it inline.
 */
public record Problem(Severity severity, String field, String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem error(String field, String key, Object... args) {
        return new Problem(Severity.ERROR, field, key, List.of(args));
    }

    public static Problem warning(String field, String key, Object... args) {
        return new Problem(Severity.WARNING, field, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message() {
        return Messages.get(key, args.toArray());
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
