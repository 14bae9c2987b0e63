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

    @Test
    void theSyncStickIsRememberedApartFromWhereReportsWereSaved() throws Exception {
        Path home = Files.createDirectories(temp.resolve("town"));
        Path stick = Files.createDirectories(temp.resolve("usb"));
        Path reports = Files.createDirectories(temp.resolve("reports"));
        new LastFolder(home).remember(stick);
        assertThat(new LastFolder(home, "sync").get()).as("before a sync folder: the last one").contains(
                stick.toAbsolutePath());

        new LastFolder(home, "sync").remember(stick.resolve("410103100001_000004.vrb.json"));
        new LastFolder(home).remember(reports.resolve("乡镇人口信息月报-2026-11.pdf"));

        assertThat(new LastFolder(home, "sync").get()).as("receipts go to the stick, not the reports' folder")
                .contains(stick.toAbsolutePath());
        assertThat(new LastFolder(home).get()).contains(reports.toAbsolutePath());

        LastFolder session = new LastFolder(null);
        session.remember(reports);
        assertThat(session.get()).as("a session without a folder keeps it while it lasts").contains(
                reports.toAbsolutePath());
    }
}
