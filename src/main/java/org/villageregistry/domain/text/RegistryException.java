package org.villageregistry.domain.text;

import java.util.List;
import java.util.Locale;

/**
 * A failure a user can understand and act on. The message is looked up from the message bundle,
 * so the CLI and the UI show the same Chinese (or English) sentence.
 */
public class RegistryException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public RegistryException(String key, Object... args) {
        this(null, key, args);
    }

    public RegistryException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return Messages.get(key, args.toArray());
    }

    public String getMessage(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
