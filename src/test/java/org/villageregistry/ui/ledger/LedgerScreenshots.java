package org.villageregistry.ui.ledger;

import static org.villageregistry.ui.Screenshots.onFx;
import static org.villageregistry.ui.Screenshots.show;
import static org.villageregistry.ui.Screenshots.shoot;
import static org.villageregistry.ui.Screenshots.startFx;
import static org.villageregistry.ui.Screenshots.waitFor;

import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.app.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.storage.H2RegisterStore;
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
        startFx();
        AtomicReference<LedgerImportScreen> screen = new AtomicReference<>();
        onFx(() -> {
            LedgerImportScreen ledger = new LedgerImportScreen(new ScreenContext(TestSessions.of(services.register(),
                    services.clock()), new FxTaskExecutor(), new NowhereNavigator()));
            screen.set(ledger);
            show(new StackPane(ledger.view()), 1200, 720);
        });
        LedgerImportViewModel wizard = screen.get().viewModel();
        Thread.sleep(2500);
        shoot(out.resolve("ledger-1-choose.png"), 1200, 720);
        onFx(() -> wizard.open(Path.of("sample-data/ledger/柳树村人口台账.xlsx")));
        waitFor(() -> wizard.stepProperty().get() == LedgerImportViewModel.Step.MAPPING);
        Thread.sleep(6000);
        shoot(out.resolve("ledger-2-mapping.png"), 1200, 720);
        onFx(wizard::validate);
        waitFor(() -> wizard.stepProperty().get() == LedgerImportViewModel.Step.CHECK);
        Thread.sleep(2500);
        shoot(out.resolve("ledger-3-check.png"), 1200, 720);
        onFx(wizard::importValid);
        waitFor(() -> wizard.stepProperty().get() == LedgerImportViewModel.Step.SUMMARY);
        Thread.sleep(2500);
        shoot(out.resolve("ledger-4-summary.png"), 1200, 720);
        register.close();
        Platform.exit();
        System.exit(0);
    }
}
