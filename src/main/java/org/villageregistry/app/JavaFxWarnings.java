package org.villageregistry.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * JavaFX 21 warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'" on every start
 * from the class path, which is how the installed program runs (one shaded jar, decision 0009). The program is
 * tested that way; the warning only alarms the registrar. Only that one message of the "javafx" logger is
 * dropped; every other JavaFX warning (CSS, layout, input) still reaches the console and the log.
 */
final class JavaFxWarnings {
    static final String UNSUPPORTED_CONFIGURATION = "Unsupported JavaFX configuration";
    /** Held so the configured logger is not collected and recreated without the filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxWarnings() {
    }

    static void dropUnsupportedConfigurationWarning() {
        Filter before = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> {
            String message = record.getMessage();
            if (message != null && message.startsWith(UNSUPPORTED_CONFIGURATION)) {
                return false;
            }
            return before == null || before.isLoggable(record);
        });
    }
}
