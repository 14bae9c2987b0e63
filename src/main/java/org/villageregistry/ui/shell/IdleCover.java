package org.villageregistry.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.common.FailureText;

/**
 * What covers the window when the idle lock comes while something is unsaved (decision: the input is kept, the
 * register stays open underneath): an opaque card that names the user and asks for her password. The right password
 * uncovers the window as it was; a wrong one says so and counts toward the sign-in lock, as at the login window; once
 * that lock is reached, or when the user chooses 放弃未保存的内容并锁定, the register is closed as by the lock button.
 */
public final class IdleCover extends StackPane {
    private static final Logger LOG = LoggerFactory.getLogger(IdleCover.class);

    private final PasswordField password = new PasswordField();
    private final Label error = new Label();
    private final Button unlock = new Button(Messages.get("shell.cover.unlock"), new FontIcon("mdi2l-lock-open-outline"));
    private final ProgressIndicator checking = new ProgressIndicator();

    /**
     * @param onUnlocked run on the UI thread once the password was right
     * @param onClose run on the UI thread to close the register and drop what is unsaved
     */
    public IdleCover(Register register, AccountService accounts, TaskExecutor executor, Runnable onUnlocked,
            Runnable onClose) {
        Objects.requireNonNull(register);
        setId("idle-cover");
        getStyleClass().add("login-view");
        // opaque: nothing of the screen underneath shows through
        setStyle("-fx-background-color: -color-bg-default;");
        Label title = new Label(Messages.get("shell.cover.title"), new FontIcon("mdi2l-lock-outline"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label who = new Label(Messages.get("shell.cover.who", register.user().name(),
                register.workstation().divisionName()));
        who.setWrapText(true);
        Label kept = new Label(Messages.get("shell.cover.kept"));
        kept.setWrapText(true);
        kept.getStyleClass().add(Styles.TEXT_MUTED);
        password.setId("idle-cover-password");
        password.setPromptText(Messages.get("shell.cover.password"));
        error.setId("idle-cover-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        unlock.setId("idle-cover-unlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        checking.setMaxSize(22, 22);
        checking.setVisible(false);
        Button close = new Button(Messages.get("shell.cover.close"));
        close.setId("idle-cover-close");
        close.setOnAction(e -> onClose.run());
        Consumer<Boolean> busy = on -> {
            checking.setVisible(on);
            unlock.setDisable(on);
            password.setDisable(on);
        };
        unlock.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            if (typed.length == 0) {
                error.setText(Messages.get("shell.cover.passwordMissing"));
                password.requestFocus();
                return;
            }
            busy.accept(true);
            executor.execute(BackgroundTask.<Void>of(p -> {
                accounts.checkOwnPassword(register, typed);
                return null;
            }).onSuccess(done -> onUnlocked.run())
                    .onFailure(failure -> {
                        if (failure instanceof RegistryException refused
                                && (refused.key().equals("storage.error.currentPasswordLocked")
                                || refused.key().equals("storage.error.locked"))) {
                            // as many wrong passwords as the login window allows: the register is closed
                            LOG.info("Idle cover: the sign-in lock was reached; closing the register");
                            onClose.run();
                            return;
                        }
                        error.setText(failure instanceof RegistryException wrong
                                && wrong.key().equals("storage.error.currentPasswordWrong")
                                ? Messages.get("shell.cover.wrong", wrong.args().toArray())
                                : failure instanceof RegistryException known ? known.getMessage()
                                : FailureText.of(failure, LOG, "Checking the password at the idle cover"));
                    })
                    .onFinished(() -> {
                        busy.accept(false);
                        password.requestFocus();
                    }));
        });
        HBox field = new HBox(8, password, unlock, checking);
        field.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(password, javafx.scene.layout.Priority.ALWAYS);
        VBox card = new VBox(14, title, who, kept, field, error, close);
        card.setMaxWidth(480);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        card.getStyleClass().add("panel-card");
        DesktopTheme.style(this);
        setPadding(new Insets(24));
        setAlignment(Pos.CENTER);
        getChildren().add(card);
    }

    /** The cursor in the password field. */
    public void focusPassword() {
        password.requestFocus();
    }
}
