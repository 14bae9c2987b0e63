package org.villageregistry.ui.login;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.repository.SignInStep;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.WorkstationLabel;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * Signs a user in to the register of one workstation folder. The password arrives as a char array and is
 * wiped as soon as the attempt is over; the user name stays so a mistyped password only needs retyping.
 */
public final class LoginViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final RegisterStore store;
    private final TaskExecutor executor;
    private final Consumer<Register> onSignedIn;
    private final ReadOnlyObjectWrapper<Path> home = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper registerFound = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper missingRegisterMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workstationName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockedMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> sampleWorkstations = FXCollections.observableArrayList();
    private final StringProperty userName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final Path sampleCopies;
    private final Optional<Consumer<Path>> onNewWorkstation;
    private final Consumer<Runnable> onUiThread;
    private final ObservableList<SignInStep> steps = FXCollections.observableArrayList();
    private final ObservableList<SignInStep> stepsView = FXCollections.unmodifiableObservableList(steps);

    /**
     * @param samples workstation folders of the sample township that may be offered when {@code home}
     *                holds no register yet
     * @param onSignedIn receives the opened register; it owns it from then on and must close it
     */
    public LoginViewModel(Path home, List<Path> samples, RegisterStore store, TaskExecutor executor,
                          Consumer<Register> onSignedIn) {
        this(home, samples, SampleCopy.defaultFolder(), store, executor, onSignedIn, Optional.empty(), Runnable::run);
    }

    /**
     * @param sampleCopies     where the sample workstations are copied before they are opened, so the
     *                         committed sample stays as it is (e.g. {@code ~/.village-registry-sample})
     * @param onNewWorkstation opens the first-run wizard for a folder without a register
     * @param onUiThread       hands the steps of a sign-in from the background to the UI thread
     */
    public LoginViewModel(Path home, List<Path> samples, Path sampleCopies, RegisterStore store,
                          TaskExecutor executor, Consumer<Register> onSignedIn,
                          Optional<Consumer<Path>> onNewWorkstation, Consumer<Runnable> onUiThread) {
        this.onUiThread = Objects.requireNonNull(onUiThread);
        this.sampleCopies = Objects.requireNonNull(sampleCopies);
        this.onNewWorkstation = Objects.requireNonNull(onNewWorkstation);
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        this.sampleWorkstations.setAll(samples.stream().filter(store::exists).toList());
        useWorkstationFolder(home);
    }

    /** Switches to another workstation folder, e.g. one of the sample township. */
    public void useWorkstationFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        home.set(absolute);
        workstationName.set(workstationName(absolute));
        lockedMessage.set("");
        boolean found = store.exists(absolute);
        registerFound.set(found);
        missingRegisterMessage.set(found ? "" : Messages.get("desktop.login.noRegister", absolute));
        error.set("");
    }

    /**
     * Opens a workstation of the sample township: copies it below the sample-copies folder first (once; a
     * copy already there is kept with the user's changes), then switches to the copy.
     */
    public void openSample(Path sample) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        progressMessage.set(Messages.get("desktop.login.copyingSample"));
        executor.execute(BackgroundTask.of(progress -> SampleCopy.copy(sample, sampleCopies, store))
                .onSuccess(this::useWorkstationFolder)
                .onFailure(failure -> {
                    LOG.error("Copying the sample workstation failed", failure);
                    error.set(Messages.get("desktop.login.sampleCopyFailed", sampleCopies));
                })
                .onFinished(() -> {
                    busy.set(false);
                    progressMessage.set("");
                }));
    }

    /** Whether this window can make a new workstation (the first-run wizard). */
    public boolean offersNewWorkstation() {
        return onNewWorkstation.isPresent();
    }

    /** Opens the first-run wizard for the current folder. */
    public void newWorkstation() {
        if (!busy.get() && !registerFound.get()) {
            onNewWorkstation.ifPresent(open -> open.accept(home.get()));
        }
    }

    /**
     * Tries to open the register with the user name and this password. Takes ownership of the array:
     * it is filled with zeros when the attempt is over, whatever its outcome.
     */
    public void signIn(char[] password) {
        String user = userName.get() == null ? "" : userName.get().strip();
        String refusal = refusal(user, password);
        if (!refusal.isEmpty()) {
            Arrays.fill(password, '\0');
            error.set(refusal);
            return;
        }
        Path folder = home.get();
        error.set("");
        busy.set(true);
        steps.clear();
        step(SignInStep.CHECKING_PASSWORD);
        executor.execute(BackgroundTask.of(progress -> {
                    Register register = store.open(folder, user, password,
                            step -> onUiThread.accept(() -> step(step)));
                    WorkstationLabel.remember(folder, register.workstation());
                    return register;
                })
                .onSuccess(register -> {
                    Arrays.fill(password, '\0');
                    step(SignInStep.LOADING_HOME);
                    onUiThread.accept(() -> {
                        endSignIn();
                        signedIn(register);
                    });
                })
                .onFailure(failure -> {
                    Arrays.fill(password, '\0');
                    endSignIn();
                    refused(failure);
                }));
    }

    /** A step of the sign-in begins: it joins the steps shown, and its sentence is the progress message. */
    private void step(SignInStep step) {
        if (busy.get() && !steps.contains(step)) {
            steps.add(step);
            progressMessage.set(Messages.get("desktop.login.step." + step.name()));
        }
    }

    private void endSignIn() {
        busy.set(false);
        progressMessage.set("");
        steps.clear();
    }

    /**
     * The steps of the sign-in under way, in the order they began; the last is the one running now. Opening a
     * register made by an older program shows the migration as a step of its own.
     */
    public ObservableList<SignInStep> signInSteps() {
        return stepsView;
    }

    /**
     * A workstation as the registrar knows it, by its division: "柳树村", "青山镇（乡镇工作站）"; the folder's name
     * only for a folder that has never been opened by this version.
     */
    public String workstationName(Path folder) {
        return WorkstationLabel.read(folder).map(label -> label.isTownship()
                ? Messages.get("desktop.login.townshipName", label.divisionName()) : label.divisionName())
                .orElseGet(() -> String.valueOf(folder.getFileName()));
    }

    /** The window was locked: says which workstation, by whom and when, and keeps the user's name for unlocking. */
    public void locked(String user, String division, Instant at) {
        userName.set(user);
        error.set("");
        lockedMessage.set(Messages.get("desktop.login.locked", division, user,
                LocalTime.ofInstant(at, ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("HH:mm"))));
    }

    public ReadOnlyStringProperty workstationNameProperty() {
        return workstationName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockedMessageProperty() {
        return lockedMessage.getReadOnlyProperty();
    }

    /** Esc: forget what was typed and any message about it. */
    public void clear() {
        if (!busy.get()) {
            userName.set("");
            error.set("");
        }
    }

    /** A field of the sign-in form. */
    public enum Field { USER_NAME, PASSWORD }

    /**
     * Where the cursor belongs now: the user name while it is empty (the message 请输入用户名 names it), else the
     * password, typed again after every attempt.
     */
    public Field fieldToType() {
        String user = userName.get() == null ? "" : userName.get().strip();
        return user.isEmpty() ? Field.USER_NAME : Field.PASSWORD;
    }

    private String refusal(String user, char[] password) {
        if (busy.get()) {
            return Messages.get("desktop.login.error.busy");
        }
        if (!registerFound.get()) {
            return missingRegisterMessage.get();
        }
        if (user.isEmpty()) {
            return Messages.get("desktop.login.error.noUser");
        }
        if (password.length == 0) {
            return Messages.get("desktop.login.error.noPassword");
        }
        return "";
    }

    private void signedIn(Register register) {
        LOG.info("Signed in to workstation {}", register.workstation().division());
        lockedMessage.set("");
        onSignedIn.accept(register);
    }

    private void refused(Exception failure) {
        if (failure instanceof RegistryException refusal) {
            LOG.info("Sign-in refused: {}", refusal.key());
            error.set(refusal.getMessage());
        } else {
            LOG.error("Could not open the register", failure);
            error.set(Messages.get("desktop.login.error.unexpected", failure.getClass().getSimpleName()));
        }
    }

    public ReadOnlyObjectProperty<Path> homeProperty() {
        return home.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty registerFoundProperty() {
        return registerFound.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingRegisterMessageProperty() {
        return missingRegisterMessage.getReadOnlyProperty();
    }

    /** How to make a new workstation from the command line (the set-up wizard is still to come). */
    public String howToCreateRegister() {
        // the sample workstations are offered only where the program runs in its checkout (sample-data/ there)
        return Messages.get(sampleWorkstations.isEmpty() ? "desktop.login.howToCreateNoSample"
                : "desktop.login.howToCreate");
    }

    /** The command to copy for {@link #howToCreateRegister()}, naming this folder. */
    public String createCommand() {
        return Messages.get("desktop.login.initCommand", home.get());
    }

    public ObservableList<Path> sampleWorkstations() {
        return FXCollections.unmodifiableObservableList(sampleWorkstations);
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }
}
