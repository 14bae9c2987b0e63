package org.villageregistry.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterKeys;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.session.Program;
import org.villageregistry.session.Session;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.firstrun.FirstRunView;
import org.villageregistry.ui.firstrun.FirstRunViewModel;
import org.villageregistry.ui.login.LoginView;
import org.villageregistry.ui.login.LoginViewModel;
import org.villageregistry.ui.login.SampleCopy;
import org.villageregistry.ui.settings.DesktopSettings;
import org.villageregistry.ui.settings.SettingsScreen;
import org.villageregistry.ui.settings.SettingsViewModel;

/**
 * The content of the main window: the login form (or the first-run wizard) while the register is locked, the
 * shell with its screens while it is open. Holds the session of the sign-in (the open register and every
 * service); locking closes the register and drops the session and screens, so nothing decrypted stays reachable.
 */
public final class WorkstationWindow extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationWindow.class);

    private final Program program;
    private final ScreenList screenList;
    private final TaskMonitor tasks;
    private final Clock clock;
    private final LoginViewModel login;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private Session open;
    private ShellView shell;
    private IdleCover covered;
    private DesktopSettings settings;
    /** The settings screen's model of the shell shown, told after a save what was saved (the shell is rebuilt). */
    private SettingsViewModel settingsModel;
    /** A bundle or receipt the program was started with, handed to the Sync screen at the next sign-in. */
    private Optional<Path> fileToOpen = Optional.empty();
    /** The register is being backed up and closed before the program exits ({@link #closeBeforeExit}). */
    private boolean exiting;

    public WorkstationWindow(Path home, List<Path> samples, Program program, ScreenList screenList,
                             TaskExecutor executor) {
        this(home, samples, SampleCopy.defaultFolder(), program, screenList, executor, Platform::runLater);
    }

    /**
     * @param sampleCopies where sample workstations are copied before they are opened
     * @param onUiThread   hands background progress to the UI thread ({@code Platform::runLater})
     */
    public WorkstationWindow(Path home, List<Path> samples, Path sampleCopies, Program program,
                             ScreenList screenList, TaskExecutor executor, Consumer<Runnable> onUiThread) {
        this.program = program;
        this.screenList = screenList;
        this.clock = program.clock();
        this.tasks = new TaskMonitor(executor, onUiThread);
        this.settings = DesktopSettings.load(home);
        Messages.setLocale(settings.language());
        this.login = new LoginViewModel(home, samples, sampleCopies, program.store(), tasks, this::signedIn,
                Optional.of(this::showFirstRun), onUiThread);
        getStyleClass().add("workstation-window");
        DesktopTheme.style(this);
        DesktopTheme.useChineseFont(this);
        showLogin();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /**
     * The program was started with this file (a double-clicked bundle or receipt): the login window names it,
     * and after sign-in the shell opens on the screen that imports it, with the file chosen.
     */
    public void openAfterSignIn(Path file) {
        fileToOpen = Optional.of(file);
        Label note = new Label(Messages.get("desktop.fileToOpen", file.getFileName()));
        note.setId("file-to-open");
        note.setWrapText(true);
        note.setPadding(new Insets(10, 16, 0, 16));
        note.getStyleClass().add("accent");
        setTop(note);
    }

    /** The register that is open now, if a user has signed in. */
    public Optional<Register> openRegister() {
        return Optional.ofNullable(open).map(Session::register);
    }

    /**
     * The window's close button while a register is open: the automatic backup and the close (which compacts a
     * file mostly made of old chunks into a new one, decision 0020: seconds for a township after an import) run in
     * the background while the window says so, then {@code exit} runs on the UI thread. Returns false when no
     * register is open (the window may close at once); a click while it is closing changes nothing.
     */
    public boolean closeBeforeExit(Runnable exit) {
        if (exiting) {
            return true;
        }
        Session closing = open;
        if (closing == null) {
            return false;
        }
        exiting = true;
        Path home = login.homeProperty().get();
        dropShell();
        open = null;
        setTop(null);
        setCenter(closingNote(Messages.get("desktop.exit.closing"), "exit-closing"));
        tasks.execute(BackgroundTask.<Void>of(progress -> {
            backUpOnExit(closing.register(), home);
            closing.close();
            return null;
        }).titled(Messages.get("desktop.exit.closing"))
                .onSuccess(done -> LOG.info("Register backed up and closed before exit"))
                .onFailure(failure -> LOG.error("Closing the register before exit failed", failure))
                .onFinished(exit));
        return true;
    }

    /** What the window shows while the register is closed in the background (locking, exiting). */
    private static VBox closingNote(String text, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label note = new Label(text);
        note.setId(id);
        note.setWrapText(true);
        VBox box = new VBox(16, spinner, note);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Closes the open register, if any; called when the program exits. */
    public void closeRegister() {
        dropShell();
        if (open != null) {
            backUpOnExit(open.register(), login.homeProperty().get());
            open.close();
            open = null;
        }
    }

    /**
     * The automatic encrypted backup on exit (kept in backups/auto by the BackupSchedule). Runs on the exiting thread:
     * the executor is closing. A failure is logged and does not stop the exit; the register stays as it was.
     */
    private void backUpOnExit(Register register, Path home) {
        if (!(program.store() instanceof RegisterKeys) || home == null) {
            return;
        }
        try {
            program.backups().automatic(register, home);
        } catch (RuntimeException failed) {
            LOG.warn("Automatic backup on exit failed: {}", failed.getMessage());
        }
    }

    private void showLogin() {
        title.set(Messages.get("app.title"));
        LoginView view = new LoginView(login);
        setCenter(view);
        Platform.runLater(view::focusFirstField);
    }

    private void showFirstRun(Path home) {
        title.set(Messages.get("firstrun.title"));
        FirstRunView view = new FirstRunView(new FirstRunViewModel(home, program, tasks, clock, session -> {
            login.useWorkstationFolder(home);
            login.userNameProperty().set(session.register().user().name());
            enter(session);
        }, this::showLogin));
        setCenter(view);
        Platform.runLater(view::focusFirstField);
    }

    private void signedIn(Register register) {
        enter(program.session(register, login.homeProperty().get()));
    }

    /** The one session of this sign-in: every screen gets its services from it. */
    private void enter(Session session) {
        open = session;
        settings = DesktopSettings.load(session.home());
        Messages.setLocale(settings.language());
        showShell(Optional.empty());
    }

    /** Builds the shell and its screens in the current language; {@code select} picks the screen to show. */
    private void showShell(Optional<Class<? extends Screen>> select) {
        dropShell();
        Path home = login.homeProperty().get();
        Register register = open.register();
        ShellViewModel viewModel = new ShellViewModel(register.workstation(), register.user(), this::lock);
        ScreenContext context = new ScreenContext(open, tasks, viewModel);
        List<Screen> screens = new ArrayList<>(screenList.build(register.workstation().role(),
                register.user().role(), context));
        settingsModel = new SettingsViewModel(open, home, settings, tasks, this::settingsChanged);
        screens.add(new SettingsScreen(settingsModel));
        viewModel.useScreens(screens);
        viewModel.whenIdleWithInput(this::cover);
        select.ifPresent(viewModel::show);
        // work running in the background (an import of bundles, a report being made) is not broken off by the
        // idle lock: the window is covered instead, as for unsaved input
        IdleLock idleLock = new IdleLock(clock, Duration.ofMinutes(settings.idleLockMinutes()),
                whenIdle(tasks, viewModel, this::cover));
        shell = new ShellView(viewModel, tasks, idleLock, () -> AboutBox.show(getScene().getWindow()));
        title.set(Messages.get("desktop.window.titleSignedIn", Messages.get("app.title"), viewModel.division()));
        setCenter(shell);
        setTop(null);
        fileToOpen.ifPresent(viewModel::openFile);
        fileToOpen = Optional.empty();
    }

    private void settingsChanged(DesktopSettings changed) {
        settings = changed;
        Messages.setLocale(changed.language());
        LOG.info("Desktop settings changed: language {}, idle lock {} min", changed.language(),
                changed.idleLockMinutes());
        showShell(Optional.of(SettingsScreen.class));
        settingsModel.showSaved(changed.language());
    }

    /** Closes the register in the background, drops services and screens, and shows the login window. */
    private void lock() {
        Session closing = open;
        if (closing != null) {
            login.locked(closing.register().user().name(), closing.register().workstation().divisionName(),
                    clock.instant());
        }
        dropShell();
        open = null;
        if (closing == null) {
            setCenter(null);
            showLogin();
            return;
        }
        // closing a large register compacts it first (several seconds at a township): say so, not a blank window
        setCenter(closingNote(Messages.get("shell.locking.note"), "lock-closing"));
        tasks.execute(BackgroundTask.<Void>of(progress -> {
            closing.close();
            return null;
        }).titled(Messages.get("shell.locking"))
                .onSuccess(done -> LOG.info("Register locked"))
                .onFailure(failure -> LOG.error("Closing the register failed", failure))
                .onFinished(this::showLogin));
    }

    /** What the idle lock does: covers the window while work runs in the background, else as the shell decides. */
    static Runnable whenIdle(TaskMonitor tasks, ShellViewModel shell, Runnable cover) {
        return () -> {
            if (tasks.running().isEmpty()) {
                shell.idle();
            } else {
                cover.run();
            }
        };
    }

    /**
     * The idle lock on a screen with unsaved input: the shell stays as it is, hidden under {@link IdleCover}, and
     * comes back with the focus where it was once the password is typed again.
     */
    private void cover() {
        if (shell == null || open == null || covered != null) {
            return;
        }
        javafx.scene.Node focused = getScene() == null ? null : getScene().getFocusOwner();
        // a text field given the focus again selects all its text, and the next key would replace it: keep the caret
        int[] selection = focused instanceof javafx.scene.control.TextInputControl typed
                ? new int[] {typed.getAnchor(), typed.getCaretPosition()} : null;
        ShellView under = shell;
        covered = new IdleCover(open.register(), open.accounts(), tasks, () -> {
            covered = null;
            if (shell == under) {
                under.setDisable(false);
                under.setVisible(true);
                setCenter(under);
                under.uncovered();
                if (focused != null) {
                    focused.requestFocus();
                    if (selection != null) {
                        javafx.scene.control.TextInputControl typed = (javafx.scene.control.TextInputControl) focused;
                        typed.selectRange(selection[0], selection[1]);
                        Platform.runLater(() -> typed.selectRange(selection[0], selection[1]));
                    }
                }
            }
        }, () -> {
            covered = null;
            lock();
        });
        // hidden and off: no mnemonic (Alt+S …) or shortcut of the screen underneath reaches it
        under.setVisible(false);
        under.setDisable(true);
        setCenter(new javafx.scene.layout.StackPane(under, covered));
        LOG.info("Idle lock: the window is covered; the unsaved input is kept under it");
        Platform.runLater(covered::focusPassword);
    }

    private void dropShell() {
        covered = null;
        if (shell != null) {
            shell.dispose();
            shell = null;
        }
    }
}
