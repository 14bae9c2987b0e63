package org.villageregistry.ui.audit;

import static org.villageregistry.ui.Screenshots.onFx;
import static org.villageregistry.ui.Screenshots.scene;
import static org.villageregistry.ui.Screenshots.shoot;
import static org.villageregistry.ui.Screenshots.show;
import static org.villageregistry.ui.Screenshots.startFx;
import static org.villageregistry.ui.Screenshots.waitFor;

import org.villageregistry.app.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.storage.TestStores;
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
        startFx();
        FxTaskExecutor executor = new FxTaskExecutor();
        AuditScreen[] screen = new AuditScreen[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            ShellViewModel shell = new ShellViewModel(open[0].workstation(), open[0].user(), () -> { });
            screen[0] = new AuditScreen(new ScreenContext(TestSessions.of(open[0], story.clock), executor, shell));
            shell.useScreens(List.of(screen[0]));
            ShellView view = new ShellView(shell, new TaskMonitor(executor, Platform::runLater),
                    new IdleLock(story.clock, Duration.ofMinutes(10), shell::idle), () -> { });
            stage[0] = show(view, 1200, 720);
        });
        AuditViewModel audit = screen[0].viewModel();
        Thread.sleep(3000);
        shoot(out.resolve("audit-1-all.png"), 1200, 720);
        onFx(() -> {
            audit.userProperty().set(AuditorStory.REGISTRAR);
            audit.fromProperty().set(LocalDate.of(2026, 11, 3));
            audit.toProperty().set(LocalDate.of(2026, 11, 6));
            audit.apply();
            audit.verifyChains();
        });
        Thread.sleep(3000);
        shoot(out.resolve("audit-2-filtered-verified.png"), 1200, 720);
        Path csv = Files.createTempDirectory("audit-stick").resolve(audit.suggestedFileName());
        onFx(() -> audit.export(csv));
        waitFor(() -> Files.exists(csv) && !audit.exportingProperty().get());
        TestStores.behindTheProgramsBack(open[0], "UPDATE audit_log SET user_name = 'li' WHERE seq = 4");
        onFx(audit::verifyChains);
        Thread.sleep(3000);
        shoot(out.resolve("audit-3-exported-tampered.png"), 1200, 720);

        open[0].close();
        open[0] = story.store.open(home, AuditorStory.ADMIN, AuditorStory.PASSWORD.toCharArray());
        SettingsViewModel settings = new SettingsViewModel(TestSessions.of(story.store, open[0], story.clock, home), home, DesktopSettings.load(home),
                executor, changed -> { });
        Path stick = Files.createTempDirectory("u-disk");
        SettingsView[] page = new SettingsView[1];
        onFx(() -> {
            page[0] = new SettingsView(settings);
            stage[0].setScene(scene(new javafx.scene.layout.StackPane(page[0]), 1200, 720));
            settings.backUp(stick);
        });
        waitFor(() -> !settings.backupMessageProperty().get().isEmpty());
        Thread.sleep(1500);
        onFx(() -> page[0].setVvalue(1));
        Thread.sleep(1000);
        shoot(out.resolve("audit-4-backup-done.png"), 1200, 720);
        Path notAFolder = Files.writeString(stick.resolve("说明.txt"), "这不是文件夹");
        onFx(() -> settings.backUp(notAFolder));
        waitFor(() -> !settings.backupErrorProperty().get().isEmpty());
        Thread.sleep(1000);
        onFx(() -> page[0].setVvalue(1));
        Thread.sleep(1000);
        shoot(out.resolve("audit-5-backup-error.png"), 1200, 720);
        open[0].close();
        Platform.exit();
        System.exit(0);
    }
}
