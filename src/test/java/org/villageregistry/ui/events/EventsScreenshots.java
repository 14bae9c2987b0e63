package org.villageregistry.ui.events;

import static org.villageregistry.ui.Screenshots.onFx;
import static org.villageregistry.ui.Screenshots.show;
import static org.villageregistry.ui.Screenshots.shoot;
import static org.villageregistry.ui.Screenshots.startFx;

import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.app.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.events.birth.BirthFormView;
import org.villageregistry.ui.events.form.EventForm;
import org.villageregistry.ui.shell.ScreenContext;
import org.villageregistry.ui.task.FxTaskExecutor;

/**
 * Shows every form of the Events screen on the real display (run under Xvfb) with a small register, and has
 * ImageMagick's import save each as /work/shots/events-TAB.png: for looking at the forms, not a test.
 * Run: java -cp target/village-registry.jar:target/test-classes org.villageregistry.ui.events.EventsScreenshots
 */
public final class EventsScreenshots {
    private EventsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/work/shots");
        Files.createDirectories(out);
        RegisterServices services = EventsRegister.open(Files.createTempDirectory("events-shots"));
        seed(services);
        startFx();
        AtomicReference<EventsScreen> screen = new AtomicReference<>();
        onFx(() -> {
            EventsScreen events = new EventsScreen(new ScreenContext(TestSessions.of(services.register(),
                    services.clock()), new FxTaskExecutor(), new NowhereNavigator()));
            screen.set(events);
            show(new javafx.scene.layout.StackPane(events.view()), 1366, 800);
        });
        String only = args.length > 1 ? args[1] : "";
        List<EventForm> forms = screen.get().forms();
        for (int i = 0; i < forms.size(); i++) {
            int tab = i;
            String id = screen.get().tabs().getTabs().get(i).getId().substring(4);
            if (!only.isEmpty() && !only.contains(id)) {
                continue;
            }
            onFx(() -> screen.get().tabs().getSelectionModel().select(tab));
            Thread.sleep(600);
            shoot(out.resolve("events-" + id + ".png"));
            if (forms.get(i) instanceof BirthFormView birth) {
                onFx(() -> ExampleInput.birth(birth));
                Thread.sleep(1500);
                shoot(out.resolve("events-birth-filled.png"));
                onFx(() -> birth.model().save());
                waitUntilIdle(birth);
                shoot(out.resolve("events-birth-problems.png"));
            } else {
                onFx(() -> ExampleInput.fill(forms.get(tab)));
                Thread.sleep(1500);
                waitUntilIdle(forms.get(tab));
                shoot(out.resolve("events-" + id + "-filled.png"));
            }
        }
        services.register().close();
        Platform.exit();
        System.exit(0);
    }

    private static void seed(RegisterServices s) {
        var hh = s.households().add(new NewHousehold(s.households().nextNumber(), "一组", "柳树村一组 12 号",
                org.villageregistry.domain.person.HukouType.AGRICULTURAL, LocalDate.of(2015, 1, 1), List.of(
                EventsRegister.adult("张建国", Sex.MALE, LocalDate.of(1993, 8, 9), 1)
                        .relation(RelationToHead.HEAD).build(),
                EventsRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1995, 4, 2), 2)
                        .relation(RelationToHead.SPOUSE).build())));
        Household household = hh.household();
        Person father = hh.members().get(0);
        Person mother = hh.members().get(1);
        s.births().record(new BirthReport(mother.id(), father.id(), LocalDateTime.of(2020, 5, 1, 9, 0),
                BirthPlace.HOSPITAL, 39, null, List.of(new BirthReport.NewChild("张一鸣", Sex.MALE, null, 3300,
                "Q410012345", "健康"))), false);
        s.persons().register(EventsRegister.adult("王小红", Sex.FEMALE, LocalDate.of(2013, 6, 1), 4)
                .maritalStatus(null).firstMarriageDate(null).householdId(household.id())
                .relation(RelationToHead.OTHER).build());
        s.persons().register(EventsRegister.adult("孙强", Sex.MALE, LocalDate.of(1990, 5, 5), 3)
                .maritalStatus(null).firstMarriageDate(null).build());
    }

    private static void waitUntilIdle(EventForm form) throws InterruptedException {
        java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean(true);
        for (int i = 0; i < 600 && busy.get(); i++) {
            Thread.sleep(100);
            onFx(() -> busy.set(form.model().busy().get()));
        }
        Thread.sleep(400);
    }
}
