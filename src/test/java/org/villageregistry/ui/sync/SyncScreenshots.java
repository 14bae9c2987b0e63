package org.villageregistry.ui.sync;

import static org.villageregistry.ui.Screenshots.onFx;
import static org.villageregistry.ui.Screenshots.shoot;
import static org.villageregistry.ui.Screenshots.startFx;

import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.app.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.sync.SyncModule;
import org.villageregistry.ui.Screenshots;
import org.villageregistry.ui.home.HomeScreen;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;
import org.villageregistry.ui.task.FxTaskExecutor;
import org.villageregistry.ui.villages.VillagesScreen;

/**
 * Shows the Sync, Conflicts, Villages and Home screens on the real display (run under Xvfb) over a sample
 * township made with {@code vreg sample --out DIR} (bundles of two villages and a damaged one in DIR/usb),
 * saving /work/shots/sync-*.png with ImageMagick's import: for looking at the screens, not a test.
 * Run: java -cp target/village-registry.jar:target/test-classes org.villageregistry.ui.sync.SyncScreenshots DIR
 */
public final class SyncScreenshots {
    private static final char[] PASSWORD = "sample-password-2026".toCharArray();
    private static StackPane root;

    private SyncScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        Path out = Path.of("/work/shots");
        Files.createDirectories(out);
        H2RegisterStore store = new H2RegisterStore();
        Clock clock = Clock.systemDefaultZone();
        Register town = store.open(sample.resolve("township"), "admin", PASSWORD.clone());
        Register willow = store.open(sample.resolve("village-02"), "admin", PASSWORD.clone());
        Register stone = store.open(sample.resolve("village-03"), "admin", PASSWORD.clone());
        startFx();
        onFx(() -> {
            root = new StackPane();
            Screenshots.show(root, 1366, 800);
        });
        FxTaskExecutor executor = new FxTaskExecutor();
        ScreenContext townContext = new ScreenContext(TestSessions.of(town, clock), executor, new NowhereNavigator());
        ScreenContext villageContext = new ScreenContext(TestSessions.of(willow, clock), executor, new NowhereNavigator());

        TownshipSyncScreen sync = new TownshipSyncScreen(townContext);
        show(sync);
        TownshipSyncViewModel tvm = sync.viewModel();
        onFx(() -> tvm.importFolder(sample.resolve("usb")));
        Thread.sleep(700);
        shoot(out.resolve("sync-township-progress" + ".png"));
        idle(() -> tvm.work().busyProperty().get());
        shoot(out.resolve("sync-township-import" + ".png"));
        Path second = Files.createDirectories(sample.resolve("usb-stone"));
        sameIdInStone(willow, stone, second, clock);
        onFx(() -> tvm.importFolder(second));
        idle(() -> tvm.work().busyProperty().get());
        Path receipts = Files.createDirectories(sample.resolve("receipts"));
        onFx(() -> tvm.writeReceipts(receipts));
        idle(() -> tvm.work().busyProperty().get());
        shoot(out.resolve("sync-township-receipts" + ".png"));
        onFx(() -> {
            tab(sync.view(), 1);
            tvm.countyUrlProperty().set("http://127.0.0.1:9/vreg");
            tvm.uploadNow();
        });
        idle(() -> tvm.work().busyProperty().get());
        shoot(out.resolve("sync-township-upload" + ".png"));
        onFx(() -> {
            tab(sync.view(), 2);
            tvm.checkEnrolment(sample.resolve("enrolment/410103100003.enrol.json"));
        });
        idle(() -> tvm.work().busyProperty().get());
        shoot(out.resolve("sync-township-enrol" + ".png"));

        ConflictsScreen conflicts = new ConflictsScreen(townContext);
        show(conflicts);
        idle(() -> conflicts.viewModel().work().busyProperty().get());
        onFx(() -> {
            if (!conflicts.viewModel().conflicts().isEmpty()) {
                conflicts.viewModel().select(conflicts.viewModel().conflicts().get(0));
            }
        });
        Thread.sleep(500);
        shoot(out.resolve("sync-conflicts" + ".png"));

        VillagesScreen villages = new VillagesScreen(townContext);
        show(villages);
        Thread.sleep(2500);
        shoot(out.resolve("sync-villages" + ".png"));

        VillageSyncScreen village = new VillageSyncScreen(villageContext);
        show(village);
        VillageSyncViewModel vvm = village.viewModel();
        idle(() -> vvm.work().busyProperty().get());
        Path stick = Files.createDirectories(sample.resolve("usb-village"));
        onFx(() -> vvm.export(stick));
        idle(() -> vvm.work().busyProperty().get());
        shoot(out.resolve("sync-village-export" + ".png"));
        Path receipt;
        try (var files = Files.list(receipts)) {
            receipt = files.filter(f -> f.getFileName().toString().startsWith("410103100002_receipt_")).findFirst()
                    .orElseThrow();
        }
        onFx(() -> {
            tab(village.view(), 1);
            vvm.importReceipt(receipt);
        });
        idle(() -> vvm.work().busyProperty().get());
        shoot(out.resolve("sync-village-receipt" + ".png"));
        onFx(() -> {
            tab(village.view(), 2);
            vvm.checkEnrolment(sample.resolve("enrolment/410103100.enrol.json"));
        });
        idle(() -> vvm.work().busyProperty().get());
        shoot(out.resolve("sync-village-enrol" + ".png"));

        show(new HomeScreen(villageContext));
        Thread.sleep(4000);
        shoot(out.resolve("sync-home-village" + ".png"));

        town.close();
        willow.close();
        stone.close();
        Platform.exit();
        System.exit(0);
    }

    /** 石桥村 registers a person with the ID number of one of 杏花村's, with another phone: a conflict. */
    private static void sameIdInStone(Register apricot, Register stone, Path stick, Clock clock) {
        org.villageregistry.domain.person.Person[] found = new org.villageregistry.domain.person.Person[1];
        apricot.transactions().read(() -> {
            apricot.persons().forEach(p -> {
                if (found[0] == null && p.idNumber() != null && p.isActive() && p.birthDate() != null
                        && p.birthDate().getYear() < 1990) {
                    found[0] = p;
                }
            });
            return null;
        });
        org.villageregistry.domain.person.Person p = found[0];
        stone.transactions().write(() -> stone.persons().save(org.villageregistry.domain.person.Person.builder()
                .owner(stone.workstation().division().value()).name(p.name()).sex(p.sex())
                .birthDate(p.birthDate()).idNumber(p.idNumber()).phone("13912345678").ethnicity(p.ethnicity())
                .hukouType(p.hukouType()).maritalStatus(p.maritalStatus()).enteredOn(p.enteredOn()).build()));
        SyncModule.services(stone, clock).export().export(stick, false, org.villageregistry.service.task.Progress.NONE);
    }

    private static void show(Screen screen) throws InterruptedException {
        onFx(() -> {
            root.getChildren().setAll(screen.view());
            screen.onShow();
        });
        Thread.sleep(800);
    }

    private static void tab(Node view, int index) {
        ((TabPane) view.lookup(".tab-pane")).getSelectionModel().select(index);
    }

    private static void idle(Supplier<Boolean> busy) throws InterruptedException {
        Thread.sleep(300);
        AtomicBoolean running = new AtomicBoolean(true);
        for (int i = 0; i < 1200 && running.get(); i++) {
            Thread.sleep(100);
            onFx(() -> running.set(busy.get()));
        }
        Thread.sleep(600);
    }
}
