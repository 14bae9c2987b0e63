package org.villageregistry.ui.workstation;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/** The screen after signing in: which register is open, as whom, and locking it again. */
public final class WorkstationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationViewModel.class);

    private final Register register;
    private final TaskExecutor executor;
    private final Runnable onLocked;
    private final ReadOnlyBooleanWrapper locking = new ReadOnlyBooleanWrapper();

    /** @param onLocked runs once the register is closed, to show the login window again */
    public WorkstationViewModel(Register register, TaskExecutor executor, Runnable onLocked) {
        this.register = Objects.requireNonNull(register);
        this.executor = Objects.requireNonNull(executor);
        this.onLocked = Objects.requireNonNull(onLocked);
    }

    /** e.g. "柳树村（410103100001）". */
    public String division() {
        WorkstationInfo info = register.workstation();
        return Messages.get("desktop.workstation.divisionLine", info.divisionName(), info.division().value());
    }

    /** e.g. "村级工作站". */
    public String workstationRole() {
        return register.workstation().role().label();
    }

    /** e.g. "王秀英（登记员）". */
    public String user() {
        SignedInUser user = register.user();
        return Messages.get("desktop.workstation.userLine", user.name(), user.role().label());
    }

    /** Closes the register (the database is encrypted again on disk) and returns to the login window. */
    public void lock() {
        if (locking.get()) {
            return;
        }
        locking.set(true);
        executor.execute(BackgroundTask.<Void>of(progress -> {
            register.close();
            return null;
        }).onSuccess(done -> LOG.info("Register locked"))
                .onFailure(failure -> LOG.error("Closing the register failed", failure))
                .onFinished(() -> {
                    locking.set(false);
                    onLocked.run();
                }));
    }

    public ReadOnlyBooleanProperty lockingProperty() {
        return locking.getReadOnlyProperty();
    }
}
