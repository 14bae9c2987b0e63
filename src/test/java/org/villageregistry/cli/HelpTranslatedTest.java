package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.storage.H2RegisterStore;
import picocli.CommandLine;

/**
 * Every command's help, at every depth ({@code vreg county enrol export --help} too), in both languages: each
 * description and option has its text, none shows a message key instead (the county's commands once did).
 */
class HelpTranslatedTest {
    private static final Pattern KEY = Pattern.compile("\\bcli\\.[a-zA-Z]+\\.[a-zA-Z.-]+");

    @AfterEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyHelpScreenHasItsTexts(String language) {
        Messages.setLocale(Locale.forLanguageTag(language));
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), VregCommandLineTest.CLOCK,
                Path.of("unused"), question -> Optional.empty());
        CommandLine root = Vreg.commandLine(TestSessions.program(new H2RegisterStore(), context.clock()), context);
        List<String> untranslated = new ArrayList<>();
        int[] screens = {0};
        walk(root, untranslated, screens);
        assertThat(screens[0]).as("help screens walked").isGreaterThan(60);
        assertThat(untranslated).isEmpty();
    }

    private static void walk(CommandLine command, List<String> untranslated, int[] screens) {
        String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
        screens[0]++;
        var keys = KEY.matcher(usage);
        while (keys.find()) {
            untranslated.add(command.getCommandSpec().qualifiedName() + ": " + keys.group());
        }
        for (CommandLine sub : new java.util.LinkedHashSet<>(command.getSubcommands().values())) {
            walk(sub, untranslated, screens); // an alias names the same command: walked once
        }
    }
}
