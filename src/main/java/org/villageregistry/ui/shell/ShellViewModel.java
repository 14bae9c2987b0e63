package org.villageregistry.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.ui.shell.RecordOpener.RecordKind;

/**
 * The main window after sign-in: which screen is shown, switching between screens (the current one may refuse
 * while it holds unsaved input), the global shortcuts, locking, and opening records for other screens.
 */
public final class ShellViewModel implements Navigator {
    private final WorkstationInfo workstation;
    private final SignedInUser user;
    private final Runnable onLock;
    private Runnable cover;
    /** The screen that asked for the fix of the person now open ({@link #correctPerson}), to go back to. */
    private Screen fixFrom;
    private final ObservableList<Screen> screens = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a fresh wrapper would be dropped with it. */
    private final ObservableList<Screen> screensView = FXCollections.unmodifiableObservableList(screens);
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** @param onLock closes the register and shows the login window; runs once the user may leave */
    public ShellViewModel(WorkstationInfo workstation, SignedInUser user, Runnable onLock) {
        this.workstation = Objects.requireNonNull(workstation);
        this.user = Objects.requireNonNull(user);
        this.onLock = Objects.requireNonNull(onLock);
    }

    /** Sets the screens (built with a context whose navigator is this) and shows the first. */
    public void useScreens(List<Screen> built) {
        screens.setAll(built);
        current.set(null);
        if (!built.isEmpty()) {
            select(built.get(0));
        }
    }

    /** Shows a screen if the current one lets the user leave; returns whether it is shown now. */
    public boolean select(Screen screen) {
        if (!screens.contains(screen)) {
            throw new IllegalArgumentException("not a screen of this window: " + screen.titleKey());
        }
        if (screen == current.get()) {
            return true;
        }
        if (current.get() != null && !current.get().canLeave()) {
            return false;
        }
        notice.set("");
        current.set(screen);
        screen.onShow();
        return true;
    }

    /** Ctrl+N. */
    public boolean startNew() {
        return currentScreen().map(Screen::startNew).orElse(false);
    }

    /** Ctrl+F. */
    public boolean focusSearch() {
        return currentScreen().map(Screen::focusSearch).orElse(false);
    }

    /** The lock button and Ctrl+L: locks unless the current screen keeps the user (unsaved input). */
    public boolean lock() {
        if (currentScreen().map(Screen::canLeave).orElse(true)) {
            onLock.run();
            return true;
        }
        return false;
    }

    /**
     * What covers the window when the idle time is over on a screen with unsaved input: the register stays open
     * under a password prompt, so the input is kept and nobody passing by sees or changes it.
     */
    public void whenIdleWithInput(Runnable cover) {
        this.cover = Objects.requireNonNull(cover);
    }

    /**
     * The idle time is over. Nothing unsaved on the current screen: locks (the register is closed). Unsaved input
     * (or an import running): the window is covered by the password prompt of {@link #whenIdleWithInput}, without
     * asking anything of a user who is not there. Without a cover, the window stays open and says why; the idle
     * lock tries again after the next idle spell.
     */
    public boolean idle() {
        if (currentScreen().map(Screen::hasUnsavedInput).orElse(false)) {
            if (cover != null) {
                cover.run();
                return true;
            }
        } else if (lock()) {
            return true;
        }
        notice.set(Messages.get("shell.idle.heldBack"));
        return false;
    }

    @Override
    public void showPerson(UUID personId) {
        open(RecordKind.PERSON, personId);
    }

    @Override
    public void correctPerson(UUID personId, String field) {
        Objects.requireNonNull(personId);
        opener(RecordKind.PERSON).ifPresentOrElse(screen -> {
            Screen from = current.get();
            if (select(screen)) {
                fixFrom = from == screen ? null : from;
                ((RecordOpener) screen).openToFix(RecordKind.PERSON, personId, field);
            }
        }, () -> notice.set(Messages.get("shell.open.noScreen." + RecordKind.PERSON.name())));
    }

    @Override
    public boolean returnFromFix() {
        Screen back = fixFrom;
        fixFrom = null;
        return back != null && screens.contains(back) && select(back);
    }

    @Override
    public void showHousehold(UUID householdId) {
        open(RecordKind.HOUSEHOLD, householdId);
    }

    @Override
    public void show(Class<? extends Screen> screen) {
        screens.stream().filter(screen::isInstance).findFirst().ifPresent(this::select);
    }

    /**
     * The program was started with a file (a double-clicked bundle or receipt): shows the screen that takes
     * files (数据同步) and hands it the file. Returns false, with a notice, when no screen of this workstation
     * takes files or the current screen keeps the user.
     */
    public boolean openFile(Path file) {
        Objects.requireNonNull(file);
        Optional<Screen> screen = screens.stream().filter(FileOpener.class::isInstance).findFirst();
        if (screen.isEmpty()) {
            notice.set(Messages.get("shell.openFile.noScreen", file.getFileName()));
            return false;
        }
        if (!select(screen.get())) {
            return false;
        }
        ((FileOpener) screen.get()).openFile(file);
        return true;
    }

    /** Whether some screen opens records of this kind (the People screen for persons…). */
    public boolean canOpen(RecordKind kind) {
        return opener(kind).isPresent();
    }

    private void open(RecordKind kind, UUID id) {
        Objects.requireNonNull(id);
        Optional<Screen> screen = opener(kind);
        if (screen.isEmpty()) {
            notice.set(Messages.get("shell.open.noScreen." + kind.name()));
            return;
        }
        if (select(screen.get())) {
            Consumer<UUID> handler = ((RecordOpener) screen.get()).openers().get(kind);
            handler.accept(id);
        }
    }

    private Optional<Screen> opener(RecordKind kind) {
        return screens.stream()
                .filter(s -> s instanceof RecordOpener opener && opener.openers().containsKey(kind))
                .findFirst();
    }

    private Optional<Screen> currentScreen() {
        return Optional.ofNullable(current.get());
    }

    public ObservableList<Screen> screens() {
        return screensView;
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** A message for the status bar, e.g. why the idle lock did not lock. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** e.g. "柳树村（410103100001）". */
    public String division() {
        return Messages.get("desktop.workstation.divisionLine", workstation.divisionName(),
                workstation.division().value());
    }

    /** e.g. "王秀英（登记员）". */
    public String user() {
        return Messages.get("desktop.workstation.userLine", user.name(), user.role().label());
    }

    public WorkstationInfo workstation() {
        return workstation;
    }

    public SignedInUser signedInUser() {
        return user;
    }
}
