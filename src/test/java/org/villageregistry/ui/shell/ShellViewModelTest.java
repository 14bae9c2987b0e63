package org.villageregistry.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;

class ShellViewModelTest {
    private final List<String> locked = new ArrayList<>();
    private final ShellViewModel shell = new ShellViewModel(new WorkstationInfo(UUID.randomUUID(),
            WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村", Instant.parse("2025-01-01T00:00:00Z")),
            new SignedInUser("王秀英", UserRole.REGISTRAR), () -> locked.add("locked"));
    private final FormScreen home = new FormScreen("screen.home");
    private final PeopleScreen people = new PeopleScreen();

    @Test
    void theFirstScreenIsShownAndTheHeaderNamesDivisionAndUser() {
        shell.useScreens(List.of(home, people));

        assertThat(shell.currentProperty().get()).isSameAs(home);
        assertThat(home.shown).isEqualTo(1);
        assertThat(shell.division()).isEqualTo("柳树村（410103100001）");
        assertThat(shell.user()).isEqualTo("王秀英（登记员）");
    }

    @Test
    void aFormWithUnsavedInputKeepsTheRegistrarOnItAndFromLocking() {
        shell.useScreens(List.of(home, people));
        home.unsaved = true;

        assertThat(shell.select(people)).isFalse();
        assertThat(shell.lock()).isFalse();
        assertThat(shell.currentProperty().get()).isSameAs(home);
        assertThat(locked).isEmpty();

        home.unsaved = false;
        assertThat(shell.select(people)).isTrue();
        assertThat(shell.lock()).isTrue();
        assertThat(locked).containsExactly("locked");
    }

    @Test
    void theIdleLockHeldBackByUnsavedInputSaysSo() {
        shell.useScreens(List.of(home, people));
        home.unsaved = true;

        assertThat(shell.idle()).isFalse();

        assertThat(locked).isEmpty();
        assertThat(shell.noticeProperty().get()).contains("未保存");
    }

    @Test
    void theIdleLockCoversAWindowWithUnsavedInputWithoutAskingAndLocksOneWithout() {
        shell.useScreens(List.of(home, people));
        List<String> covered = new ArrayList<>();
        shell.whenIdleWithInput(() -> covered.add("covered"));
        home.unsaved = true;

        assertThat(shell.idle()).isTrue();
        assertThat(covered).containsExactly("covered");
        assertThat(locked).as("the register stays open under the cover").isEmpty();
        assertThat(home.asked).as("nobody is there to answer").isZero();

        home.unsaved = false;
        assertThat(shell.idle()).isTrue();
        assertThat(covered).hasSize(1);
        assertThat(locked).containsExactly("locked");
    }

    @Test
    void aPersonOpenedToFixGoesBackToTheScreenThatAskedOnce() {
        shell.useScreens(List.of(home, people));
        UUID id = UUID.randomUUID();

        shell.correctPerson(id, "firstMarriageDate");
        assertThat(shell.currentProperty().get()).isSameAs(people);

        assertThat(shell.returnFromFix()).isTrue();
        assertThat(shell.currentProperty().get()).isSameAs(home);
        assertThat(shell.returnFromFix()).as("only once").isFalse();

        shell.select(people);
        assertThat(shell.returnFromFix()).as("not opened to fix").isFalse();
        assertThat(shell.currentProperty().get()).isSameAs(people);
    }

    @Test
    void ctrlNAndCtrlFGoToTheCurrentScreen() {
        shell.useScreens(List.of(home, people));

        assertThat(shell.startNew()).isTrue();
        assertThat(home.newRecords).isEqualTo(1);
        assertThat(people.newRecords).isZero();
        assertThat(shell.focusSearch()).isFalse();
    }

    @Test
    void showPersonSwitchesToTheScreenThatOpensPersonsAndHandsItTheId() {
        shell.useScreens(List.of(home, people));
        UUID id = UUID.randomUUID();

        shell.showPerson(id);

        assertThat(shell.currentProperty().get()).isSameAs(people);
        assertThat(people.opened).containsExactly(id);
        assertThat(shell.canOpen(RecordOpener.RecordKind.HOUSEHOLD)).isFalse();
    }

    @Test
    void withoutAHouseholdsScreenShowHouseholdSaysWhyAndStaysPut() {
        shell.useScreens(List.of(home, people));

        shell.showHousehold(UUID.randomUUID());

        assertThat(shell.currentProperty().get()).isSameAs(home);
        assertThat(shell.noticeProperty().get()).contains("乡镇工作站不打开").contains("请通知该村");
    }

    @Test
    void aDoubleClickedFileOpensTheSyncScreenWhichGetsTheFile() {
        SyncScreen sync = new SyncScreen();
        shell.useScreens(List.of(home, people, sync));
        Path bundle = Path.of("/media/usb/410103100001_000003_20261130.vrb.json");

        assertThat(shell.openFile(bundle)).isTrue();

        assertThat(shell.currentProperty().get()).isSameAs(sync);
        assertThat(sync.shown).isEqualTo(1);
        assertThat(sync.files).containsExactly(bundle);
    }

    @Test
    void withoutAScreenThatTakesFilesOrWithUnsavedInputTheFileIsNotHandedOn() {
        SyncScreen sync = new SyncScreen();
        shell.useScreens(List.of(home, people));

        assertThat(shell.openFile(Path.of("a.vrb.json"))).isFalse();
        assertThat(shell.noticeProperty().get()).contains("a.vrb.json");

        shell.useScreens(List.of(home, sync));
        home.unsaved = true;
        assertThat(shell.openFile(Path.of("a.vrb.json"))).isFalse();
        assertThat(sync.files).isEmpty();
        assertThat(shell.currentProperty().get()).isSameAs(home);
    }

    private static class FormScreen implements Screen {
        private final String key;
        boolean unsaved;
        int asked;
        int shown;
        int newRecords;

        FormScreen(String key) {
            this.key = key;
        }

        @Override
        public String titleKey() {
            return key;
        }

        @Override
        public String iconLiteral() {
            return "mdi2h-home-outline";
        }

        @Override
        public Node view() {
            throw new AssertionError("the view model never builds views");
        }

        @Override
        public void onShow() {
            shown++;
        }

        @Override
        public boolean hasUnsavedInput() {
            return unsaved;
        }

        @Override
        public boolean startNew() {
            newRecords++;
            return true;
        }

        @Override
        public boolean canLeave() {
            asked += unsaved ? 1 : 0;
            return !unsaved;
        }
    }

    private static final class SyncScreen extends FormScreen implements FileOpener {
        final List<Path> files = new ArrayList<>();

        SyncScreen() {
            super("screen.sync");
        }

        @Override
        public void openFile(Path file) {
            files.add(file);
        }
    }

    private static final class PeopleScreen extends FormScreen implements RecordOpener {
        final List<UUID> opened = new ArrayList<>();

        PeopleScreen() {
            super("screen.people");
        }

        @Override
        public Map<RecordKind, Consumer<UUID>> openers() {
            return Map.of(RecordKind.PERSON, opened::add);
        }
    }
}
