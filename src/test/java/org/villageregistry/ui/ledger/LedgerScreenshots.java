package org.villageregistry.ui.ledger;

import org.villageregistry.app.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;
import org.villageregistry.ui.task.FxTaskExecutor;

/**
 * Walks the sample ledger through the import wizard on the real display (run under Xvfb) and has ImageMagick's
 * import save each step as /work/shots/ledger-*.png: for looking at the screen and for the user guide, not a test.
 * Run: java -cp target/village-registry.jar:target/test-classes org.villageregistry.ui.ledger.LedgerScreenshots
 */
public final class LedgerScreenshots {
    private LedgerScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/work/shots");
        Files.createDirectories(out);
        Register register = new WorkstationService(new H2RegisterStore()).init(
                Files.createTempDirectory("ledger-shots").resolve("柳树村"),
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "admin",
                "secret-1".toCharArray());
        RegisterServices services = new RegisterServices(register, Clock.systemDefaultZone());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<LedgerImportScreen> screen = new AtomicReference<>();
        onFx(() -> {
            DesktopTheme.apply();
            LedgerImportScreen ledger = new LedgerImportScreen(new ScreenContext(TestSessions.of(services.register(), services.clock()), new FxTaskExecutor(),
                    new Navigator() {
                        @Override
                        public void showPerson(UUID personId) {
                        }

                        @Override
                        public void showHousehold(UUID householdId) {
                        }

                        @Override
                        public void show(Class<? extends Screen> s) {
                        }
                    }));
            screen.set(ledger);
            StackPane root = new StackPane(ledger.view());
            DesktopTheme.style(root);
            DesktopTheme.useChineseFont(root);
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 1200, 720));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        LedgerImportViewModel wizard = screen.get().viewModel();
        Thread.sleep(2500);
        shoot(out.resolve("ledger-1-choose.png"));
        onFx(() -> wizard.open(Path.of("sample-data/ledger/柳树村人口台账.xlsx")));
        waitFor(() -> wizard.stepProperty().get() == LedgerImportViewModel.Step.MAPPING);
        Thread.sleep(6000);
        shoot(out.resolve("ledger-2-mapping.png"));
        onFx(wizard::validate);
        waitFor(() -> wizard.stepProperty().get() == LedgerImportViewModel.Step.CHECK);
        Thread.sleep(2500);
        shoot(out.resolve("ledger-3-check.png"));
        onFx(wizard::importValid);
        waitFor(() -> wizard.stepProperty().get() == LedgerImportViewModel.Step.SUMMARY);
        Thread.sleep(2500);
        shoot(out.resolve("ledger-4-summary.png"));
        register.close();
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
