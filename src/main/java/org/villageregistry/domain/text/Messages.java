package org.villageregistry.domain.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place user-visible text comes from: {@code i18n/messages_zh_CN.properties} with
 * {@code messages_en.properties} beside it. Chinese is the default language of the program.
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";
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
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
