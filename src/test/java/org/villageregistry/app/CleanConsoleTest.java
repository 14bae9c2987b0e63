package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a registrar sees on the console while printing a report or starting the desktop: nothing to worry about. */
class CleanConsoleTest {
    @TempDir
    Path home;

    @Test
    void fontCmapNoticesAndFlywaysUpgradeNoticeAreNeitherOnTheConsoleNorInTheLog() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty(LogFolder.PROPERTY, home.resolve("logs").toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(CleanConsoleTest.class.getResource("/logback.xml"));
        try {
            assertThat(context.getLogger("org.apache.fontbox.ttf.CmapSubtable").isWarnEnabled()).isFalse();
            assertThat(context.getLogger("org.flywaydb.core.internal.database.base.Database").isWarnEnabled())
                    .isFalse();
            assertThat(context.getLogger("org.apache.fontbox.ttf.TrueTypeFont").isWarnEnabled())
                    .as("other font problems are still told").isTrue();
            assertThat(context.getLogger("org.flywaydb.core.FlywayExecutor").isWarnEnabled()).isTrue();
        } finally {
            context.stop();
        }
    }

    @Test
    void theDesktopDropsOnlyJavaFxsUnsupportedConfigurationWarning() {
        List<String> shown = new ArrayList<>();
        Logger javafx = Logger.getLogger("javafx");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                shown.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(capture);
        try {
            JavaFxWarnings.dropUnsupportedConfigurationWarning();
            System.Logger platform = System.getLogger("javafx");
            platform.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @5a2e4553'");
            platform.log(System.Logger.Level.WARNING, "Could not find stylesheet: app.css");

            assertThat(shown).containsExactly("Could not find stylesheet: app.css");
        } finally {
            javafx.removeHandler(capture);
            javafx.setFilter(null);
        }
    }
}
