package org.villageregistry.ui.firstrun;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterKeys;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.PasswordStrength;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.session.Program;
import org.villageregistry.session.Session;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * The first-run wizard: (1) what this workstation keeps — role, division code and name; (2) the administrator's
 * name and password, with the plain statement that without the password the data cannot be recovered; (3) the
 * workstation is made with its signing and encryption keys (as {@code vreg init} does), the set-up sheet saved for
 * printing, and the administrator enters the workstation.
 */
public final class FirstRunViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FirstRunViewModel.class);

    /** The wizard's pages. */
    public enum Step { IDENTITY, ADMINISTRATOR, DONE }

    private final Path home;
    private final Program program;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<Session> onSignedIn;
    private final Runnable onCancel;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.IDENTITY);
    private final ObjectProperty<WorkstationRole> role = new SimpleObjectProperty<>(WorkstationRole.VILLAGE);
    private final StringProperty divisionCode = new SimpleStringProperty("");
    private final StringProperty divisionName = new SimpleStringProperty("");
    private final StringProperty administrator = new SimpleStringProperty("");
    private final BooleanProperty understood = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper sheet = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryKey = new ReadOnlyStringWrapper("");
    private Session created;

    /**
     * @param onSignedIn receives the session of the new register, opened as its administrator, when the user enters it
     * @param onCancel   returns to the login window
     */
    public FirstRunViewModel(Path home, Program program, TaskExecutor executor, Clock clock,
                             Consumer<Session> onSignedIn, Runnable onCancel) {
        this.home = Objects.requireNonNull(home);
        this.program = Objects.requireNonNull(program);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        this.onCancel = Objects.requireNonNull(onCancel);
    }

    /** Whether the division code is what the first page refuses (malformed, or of the wrong level for the role). */
    public boolean codeIsWrong() {
        String code = divisionCode.get() == null ? "" : divisionCode.get().strip();
        if (role.get() == null) {
            return false;
        }
        try {
            DivisionLevel expected = role.get() == WorkstationRole.VILLAGE ? DivisionLevel.VILLAGE
                    : DivisionLevel.TOWNSHIP;
            return DivisionCode.of(code).level() != expected;
        } catch (RegistryException format) {
            return true;
        }
    }

    public boolean nameIsMissing() {
        return divisionName.get() == null || divisionName.get().isBlank();
    }

    /** Why the first page cannot be accepted: code format, code level for the role, missing name. */
    public Optional<String> identityProblem() {
        String code = divisionCode.get() == null ? "" : divisionCode.get().strip();
        if (role.get() == null) {
            return Optional.of(Messages.get("firstrun.error.role"));
        }
        DivisionCode parsed;
        try {
            parsed = DivisionCode.of(code);
        } catch (RegistryException format) {
            return Optional.of(format.getMessage());
        }
        DivisionLevel expected = role.get() == WorkstationRole.VILLAGE ? DivisionLevel.VILLAGE : DivisionLevel.TOWNSHIP;
        if (parsed.level() != expected) {
            return Optional.of(Messages.get("service.workstation.levelMismatch", role.get().label(), code,
                    expected == DivisionLevel.VILLAGE ? 12 : 9));
        }
        if (divisionName.get() == null || divisionName.get().isBlank()) {
            return Optional.of(Messages.get("service.workstation.nameMissing"));
        }
        return Optional.empty();
    }

    /** Why the administrator page cannot be accepted; the arrays are only read. */
    public Optional<String> administratorProblem(char[] password, char[] confirmation) {
        if (administrator.get() == null || administrator.get().isBlank()) {
            return Optional.of(Messages.get("service.workstation.userMissing"));
        }
        Optional<String> weak = PasswordStrength.refusal(password);
        if (weak.isPresent()) {
            return weak;
        }
        if (!Arrays.equals(password, confirmation)) {
            return Optional.of(Messages.get("rule.password.mismatch"));
        }
        if (!understood.get()) {
            return Optional.of(Messages.get("firstrun.error.understood"));
        }
        return Optional.empty();
    }

    /** Enter on the first page: on to the administrator, or say what is wrong. */
    public boolean next() {
        if (step.get() != Step.IDENTITY) {
            return false;
        }
        Optional<String> problem = identityProblem();
        error.set(problem.orElse(""));
        if (problem.isEmpty()) {
            step.set(Step.ADMINISTRATOR);
        }
        return problem.isEmpty();
    }

    /** Back to the first page; the administrator's name stays, passwords are the view's to clear. */
    public void back() {
        if (step.get() == Step.ADMINISTRATOR && !busy.get()) {
            error.set("");
            step.set(Step.IDENTITY);
        }
    }

    /**
     * Makes the workstation with this administrator password. Takes both arrays and wipes them when done;
     * returns false (with a message) when the page is not complete.
     */
    public boolean create(char[] password, char[] confirmation) {
        Optional<String> problem = step.get() == Step.ADMINISTRATOR && !busy.get()
                ? identityProblem().or(() -> administratorProblem(password, confirmation))
                : Optional.of(Messages.get("firstrun.error.notNow"));
        Arrays.fill(confirmation, '\0');
        if (problem.isPresent()) {
            Arrays.fill(password, '\0');
            error.set(problem.get());
            return false;
        }
        WorkstationSetup setup = new WorkstationSetup(role.get(), DivisionCode.of(divisionCode.get()),
                divisionName.get().strip());
        String admin = administrator.get().strip();
        error.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> {
            Session session = program.create(home, setup, admin, password);
            try {
                Register register = session.register();
                Path saved = SetupSheet.save(home, register.workstation(), admin, LocalDate.now(clock));
                String code = program.store() instanceof RegisterKeys ? session.accounts().newRecoveryKey(register)
                        : "";
                return new Made(session, saved, code);
            } catch (RuntimeException sheetFailed) {
                session.close();
                throw sheetFailed;
            }
        }).titled(Messages.get("firstrun.creating")).onSuccess(made -> {
            created = made.session();
            sheet.set(made.sheet().toString());
            recoveryKey.set(made.recoveryKey());
            step.set(Step.DONE);
            LOG.info("New {} workstation made", setup.role().code());
        }).onFailure(this::failed).onFinished(() -> {
            Arrays.fill(password, '\0');
            busy.set(false);
        }));
        return true;
    }

    /** The last page's button: enter the new workstation as its administrator. */
    public void enter() {
        if (step.get() == Step.DONE && created != null) {
            Session session = created;
            created = null;
            onSignedIn.accept(session);
        }
    }

    /** Esc: one page back, or back to the login window from the first page. */
    public void cancel() {
        switch (step.get()) {
            case IDENTITY -> onCancel.run();
            case ADMINISTRATOR -> back();
            case DONE -> enter();
        }
    }

    /** The summary shown on the last page, the same lines as the printed sheet. */
    public String summary() {
        if (created == null) {
            return "";
        }
        String lines = String.join("\n", SetupSheet.lines(created.register().workstation(), administrator.get().strip(),
                LocalDate.now(clock)));
        return recoveryKey.get().isEmpty() ? lines : lines + "\n\n"
                + Messages.get("firstrun.recoveryKey", recoveryKey.get()) + "\n"
                + Messages.get("cli.init.recoveryWarning");
    }

    /**
     * The recovery key's code, shown once on the last page to write down or print; never saved in the workstation
     * folder (the saved set-up sheet does not hold it).
     */
    public ReadOnlyStringProperty recoveryKeyProperty() {
        return recoveryKey.getReadOnlyProperty();
    }

    private void failed(Exception failure) {
        if (failure instanceof RegistryException known) {
            error.set(known.getMessage());
        } else {
            LOG.error("Making the workstation failed", failure);
            error.set(Messages.get("firstrun.error.unexpected", failure.getClass().getSimpleName()));
        }
    }

    private record Made(Session session, Path sheet, String recoveryKey) {
    }

    public Path home() {
        return home;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<WorkstationRole> roleProperty() {
        return role;
    }

    public StringProperty divisionCodeProperty() {
        return divisionCode;
    }

    public StringProperty divisionNameProperty() {
        return divisionName;
    }

    public StringProperty administratorProperty() {
        return administrator;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where the set-up sheet was saved, once the workstation is made. */
    public ReadOnlyStringProperty sheetProperty() {
        return sheet.getReadOnlyProperty();
    }
}
