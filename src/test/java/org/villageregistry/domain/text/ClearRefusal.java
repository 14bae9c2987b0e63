package org.villageregistry.domain.text;

import java.util.regex.Pattern;

/**
 * The property every fuzz target checks: a reader of an untrusted file either succeeds or refuses it with the
 * program's own {@link RegistryException}, whose message says in Chinese what is wrong. Anything else (a null
 * pointer, a Jackson or POI exception, running out of memory or stack) escapes to Jazzer as a finding.
 */
public final class ClearRefusal {
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

    private ClearRefusal() {
    }

    /** Runs the reader; a refusal must be a RegistryException with a Chinese message, and is then returned. */
    public static java.util.Optional<RegistryException> readOrRefuse(Runnable reader) {
        try {
            reader.run();
            return java.util.Optional.empty();
        } catch (RegistryException refused) {
            requireChinese(refused.getMessage(Messages.CHINESE));
            return java.util.Optional.of(refused);
        }
    }

    /** A message shown to the registrar must be a Chinese sentence, not a key or an exception's English text. */
    public static void requireChinese(String message) {
        if (message == null || !CHINESE.matcher(message).find() || message.contains("???")) {
            throw new AssertionError("not a clear Chinese message: " + message);
        }
    }
}
