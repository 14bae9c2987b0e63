package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's logback.xml, loaded into a private Logback context so the tests' own set-up is untouched. */
class LogFolderTest {
    @TempDir
    Path home;

    private LoggerContext programLogging() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty(LogFolder.PROPERTY, home.resolve("logs").toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFolderTest.class.getResource("/logback.xml"));
        return context;
    }

    @Test
    void theProgramLogsIntoTheLogsFolderOfTheWorkstation() throws Exception {
        LoggerContext context = programLogging();
        context.getLogger("org.villageregistry.ui.login.LoginViewModel").info("Signed in to workstation 410103100001");
        context.stop();

        Path log = home.resolve("logs").resolve("vreg.log");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Signed in to workstation 410103100001");
    }

    @Test
    void oldLogsAreKeptForFourteenDays() throws Exception {
        LoggerContext context = programLogging();
        RollingFileAppender<?> file = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        context.stop();

        assertThat(policy.getMaxHistory()).isEqualTo(14);
        assertThat(policy.getFileNamePattern()).startsWith(home.resolve("logs").toString()).contains("%d{yyyy-MM-dd}");
    }

    @Test
    void theLauncherPointsLogbackAtTheWorkstationFolderUnlessAlreadyChosen() {
        withPropertyCleared(() -> {
            LogFolder.useWorkstation(home);
            assertThat(System.getProperty(LogFolder.PROPERTY)).isEqualTo(home.resolve("logs").toString());
            LogFolder.useWorkstation(Path.of("/elsewhere"));
            assertThat(System.getProperty(LogFolder.PROPERTY)).isEqualTo(home.resolve("logs").toString());
        });
    }

    @Test
    void aCommandOnAFolderThatIsNotThereLogsAmongTheTemporaryFilesUnlessItMakesTheFolder() {
        Path typo = home.resolve("typo");
        withPropertyCleared(() -> {
            LogFolder.useForCommand(typo, new String[] {"find", "王"});
            assertThat(System.getProperty(LogFolder.PROPERTY)).startsWith(System.getProperty("java.io.tmpdir"))
                    .doesNotStartWith(typo.toString());
        });
        withPropertyCleared(() -> {
            LogFolder.useForCommand(typo, new String[] {"init", "--role", "village"});
            assertThat(System.getProperty(LogFolder.PROPERTY)).isEqualTo(typo.resolve("logs").toString());
        });
        withPropertyCleared(() -> {
            LogFolder.useForCommand(home, new String[] {"find", "王"});
            assertThat(System.getProperty(LogFolder.PROPERTY)).isEqualTo(home.resolve("logs").toString());
        });
    }

    @Test
    void signingInToAnotherWorkstationMovesTheLogIntoItsFolder() throws Exception {
        Path first = home.resolve("village-01");
        Path second = home.resolve("township");
        withPropertyCleared(() -> {
            LoggerContext context = new LoggerContext();
            context.setMDCAdapter(new LogbackMDCAdapter());
            java.net.URL config = LogFolderTest.class.getResource("/logback.xml");
            LogFolder.useWorkstation(first);
            try {
                JoranConfigurator configurator = new JoranConfigurator();
                configurator.setContext(context);
                configurator.doConfigure(config);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            context.getLogger("org.villageregistry.Test").info("line at the first workstation");

            LogFolder.follow(second, context, config);
            context.getLogger("org.villageregistry.Test").info("line at the second workstation");
            LogFolder.follow(second, context, config);
            context.stop();

            assertThat(System.getProperty(LogFolder.PROPERTY)).isEqualTo(second.resolve("logs").toString());
            assertThat(read(first)).contains("line at the first workstation")
                    .doesNotContain("line at the second workstation");
            assertThat(read(second)).contains("line at the second workstation");
        });
    }

    private static String read(Path workstation) {
        try {
            return Files.readString(workstation.resolve("logs").resolve("vreg.log"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs with the launcher's property unset, and puts back what the test run had. */
    private static void withPropertyCleared(Runnable check) {
        String before = System.getProperty(LogFolder.PROPERTY);
        try {
            System.clearProperty(LogFolder.PROPERTY);
            check.run();
        } finally {
            if (before == null) {
                System.clearProperty(LogFolder.PROPERTY);
            } else {
                System.setProperty(LogFolder.PROPERTY, before);
            }
        }
    }
}
