package org.villageregistry.ui.audit;

import org.villageregistry.app.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.settings.DesktopSettings;
import org.villageregistry.ui.settings.SettingsView;
import org.villageregistry.ui.settings.SettingsViewModel;
import org.villageregistry.ui.shell.IdleLock;
import org.villageregistry.ui.shell.ScreenContext;
import org.villageregistry.ui.shell.ShellView;
import org.villageregistry.ui.shell.ShellViewModel;
import org.villageregistry.ui.shell.TaskMonitor;
import org.villageregistry.ui.task.FxTaskExecutor;

/**
 * The auditor's story on the real display (run under Xvfb), saved by ImageMagick's import as /work/shots/audit-*.png:
 * for looking at the screen and for the user guide, not a test. Then the administrator's backup in Settings.
 * Run: java -cp target/village-registry.jar:target/test-classes org.villageregistry.ui.audit.AuditScreenshots
 */
public final class AuditScreenshots {
    private AuditScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/work/shots");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("audit-shots");
        AuditorStory story = new AuditorStory(home);
        Register[] open = {story.signInAsAuditor()};
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskExecutor executor = new FxTaskExecutor();
        AuditScreen[] screen = new AuditScreen[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            DesktopTheme.apply();
            ShellViewModel shell = new ShellViewModel(open[0].workstation(), open[0].user(), () -> { });
            screen[0] = new AuditScreen(new ScreenContext(TestSessions.of(open[0], story.clock), executor, shell));
            shell.useScreens(List.of(screen[0]));
            ShellView view = new ShellView(shell, new TaskMonitor(executor, Platform::runLater),
                    new IdleLock(story.clock, Duration.ofMinutes(10), shell::idle), () -> { });
            DesktopTheme.style(view);
            DesktopTheme.useChineseFont(view);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(view, 1200, 720));
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].show();
        });
        AuditViewModel audit = screen[0].viewModel();
        Thread.sleep(3000);
        shoot(out.resolve("audit-1-all.png"));
        onFx(() -> {
            audit.userProperty().set(AuditorStory.REGISTRAR);
            audit.fromProperty().set(LocalDate.of(2026, 11, 3));
            audit.toProperty().set(LocalDate.of(2026, 11, 6));
            audit.apply();
            audit.verifyChains();
        });
        Thread.sleep(3000);
        shoot(out.resolve("audit-2-filtered-verified.png"));
        Path csv = Files.createTempDirectory("audit-stick").resolve(audit.suggestedFileName());
        onFx(() -> audit.export(csv));
        waitFor(() -> Files.exists(csv) && !audit.exportingProperty().get());
        TestStores.behindTheProgramsBack(open[0], "UPDATE audit_log SET user_name = 'li' WHERE seq = 4");
        onFx(audit::verifyChains);
        Thread.sleep(3000);
        shoot(out.resolve("audit-3-exported-tampered.png"));

        open[0].close();
        open[0] = story.store.open(home, AuditorStory.ADMIN, AuditorStory.PASSWORD.toCharArray());
        SettingsViewModel settings = new SettingsViewModel(TestSessions.of(story.store, open[0], story.clock, home), home, DesktopSettings.load(home),
                executor, changed -> { });
        Path stick = Files.createTempDirectory("u-disk");
        SettingsView[] page = new SettingsView[1];
        onFx(() -> {
            page[0] = new SettingsView(settings);
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(page[0]);
            DesktopTheme.style(root);
            DesktopTheme.useChineseFont(root);
            stage[0].setScene(new Scene(root, 1200, 720));
            settings.backUp(stick);
        });
        waitFor(() -> !settings.backupMessageProperty().get().isEmpty());
        Thread.sleep(1500);
        onFx(() -> page[0].setVvalue(1));
        Thread.sleep(1000);
        shoot(out.resolve("audit-4-backup-done.png"));
        Path notAFolder = Files.writeString(stick.resolve("说明.txt"), "这不是文件夹");
        onFx(() -> settings.backUp(notAFolder));
        waitFor(() -> !settings.backupErrorProperty().get().isEmpty());
        Thread.sleep(1000);
        onFx(() -> page[0].setVvalue(1));
        Thread.sleep(1000);
        shoot(out.resolve("audit-5-backup-error.png"));
        open[0].close();
        Platform.exit();
        System.exit(0);
    }

    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void shoot(Path file) throws Exception {
        new ProcessBuilder("import", "-window", "root", "-crop", "1200x720+0+0", file.toString())
                .inheritIO().start().waitFor();
    }
}
