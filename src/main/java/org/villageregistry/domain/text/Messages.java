package org.villageregistry.domain.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place user-visible text comes from: {@code i18n/messages_zh_CN.properties} with
 * {@code messages_en.properties} beside it. Chinese is the default language of the program.
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();
    private static volatile Locale current = CHINESE;

    private Messages() {
    }

    public static Locale locale() {
        return current;
    }

    public static void setLocale(Locale locale) {
        current = locale.getLanguage().equals("en") ? ENGLISH : CHINESE;
    }

    public static String get(String key, Object... args) {
        return get(current, key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // a parsed pattern kept per language and key (a list of 60,000 findings formats the same few messages);
        // MessageFormat is not thread-safe, so each use formats with its own copy
        MessageFormat parsed = FORMATS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    public static ResourceBundle bundle(Locale locale) {
        return BUNDLES.computeIfAbsent(locale, l -> ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
