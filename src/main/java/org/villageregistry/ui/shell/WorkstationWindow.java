package org.villageregistry.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.BorderPane;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.login.LoginView;
import org.villageregistry.ui.login.LoginViewModel;
import org.villageregistry.ui.workstation.WorkstationView;
import org.villageregistry.ui.workstation.WorkstationViewModel;

/**
 * The content of the main window: the login form while the register is locked, the workstation screen while
 * it is open. Holds the open register so it can be closed when the window closes.
 */
public final class WorkstationWindow extends BorderPane {
    private final TaskExecutor executor;
    private final LoginView loginView;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.title"));
    private Register open;

    public WorkstationWindow(Path home, List<Path> samples, RegisterStore store, TaskExecutor executor) {
        this.executor = executor;
        this.loginView = new LoginView(new LoginViewModel(home, samples, store, executor, this::showWorkstation));
        getStyleClass().add("workstation-window");
        DesktopTheme.style(this);
        DesktopTheme.useChineseFont(this);
        showLogin();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The register that is open now, if a user has signed in. */
    public Optional<Register> openRegister() {
        return Optional.ofNullable(open);
    }

    /** Closes the open register, if any; called when the program exits. */
    public void closeRegister() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private void showLogin() {
        open = null;
        title.set(Messages.get("app.title"));
        setCenter(loginView);
        Platform.runLater(loginView::focusFirstField);
    }

    private void showWorkstation(Register register) {
        open = register;
        WorkstationViewModel workstation = new WorkstationViewModel(register, executor, this::showLogin);
        title.set(Messages.get("desktop.window.titleSignedIn", Messages.get("app.title"), workstation.division()));
        setCenter(new WorkstationView(workstation));
    }
}
