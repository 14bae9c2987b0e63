package org.villageregistry.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;

/** The file and folder dialogs start where the registrar last chose something: the USB stick. */
class LastFolderTest {
    @TempDir
    Path temp;

    @Test
    void theFolderOfAChosenFileIsRememberedPerWorkstationAndSurvivesSavingTheSettings() throws Exception {
        Path home = temp.resolve("ws");
        Path stick = Files.createDirectories(temp.resolve("usb"));
        assertThat(new LastFolder(home).get()).isEmpty();

        new LastFolder(home).remember(stick.resolve("410103100001_000003_20261130-081500.vrb.json"));

        assertThat(new LastFolder(home).get()).contains(stick.toAbsolutePath());
        new DesktopSettings(Messages.ENGLISH, 15).save(home);
        assertThat(new LastFolder(home).get()).contains(stick.toAbsolutePath());
        assertThat(DesktopSettings.load(home)).isEqualTo(new DesktopSettings(Messages.ENGLISH, 15));
        assertThat(new LastFolder(temp.resolve("other-workstation")).get()).isEmpty();
    }

    @Test
    void aChosenFolderIsRememberedItselfAndAStickPulledOutIsNotOffered() throws Exception {
        Path home = temp.resolve("ws");
        Path stick = Files.createDirectories(temp.resolve("usb"));

        new LastFolder(home).remember(stick);
        assertThat(new LastFolder(home).get()).contains(stick.toAbsolutePath());

        Files.delete(stick);
        assertThat(new LastFolder(home).get()).isEmpty();
    }
}
