package org.villageregistry.ui.login;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.DesktopTheme;

/**
 * The login window: which workstation folder, user name and password. Enter signs in, Esc clears.
 * When the folder has no register it says so and offers the sample township instead.
 */
public final class LoginView extends StackPane {
    private final LoginViewModel viewModel;
    private final TextField userName = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("login-view");
        VBox card = new VBox(14, heading(), lockedNote(), workstationFolder(), missingRegister(), form(), progress(),
                error());
        card.setMaxWidth(460);
        card.setPadding(new Insets(28));
        card.getStyleClass().add("panel-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        DesktopTheme.style(this);
        setPadding(new Insets(24));
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                password.clear();
                viewModel.clear();
                userName.requestFocus();
                event.consume();
            }
        });
        viewModel.busyProperty().addListener((observable, was, busy) -> {
            if (!busy) {
                password.requestFocus();
            }
        });
    }

    /** Puts the cursor where the user will type first. */
    public void focusFirstField() {
        if (userName.getText().isBlank()) {
            userName.requestFocus();
        } else {
            password.requestFocus();
        }
    }

    private Label heading() {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        return title;
    }

    /** After a lock: which workstation is locked, by whom and since when. */
    private Label lockedNote() {
        Label locked = new Label();
        locked.setId("locked-message");
        locked.setWrapText(true);
        locked.setGraphic(new FontIcon("mdi2l-lock-outline"));
        locked.getStyleClass().add(Styles.ACCENT);
        locked.textProperty().bind(viewModel.lockedMessageProperty());
        locked.visibleProperty().bind(locked.textProperty().isNotEmpty());
        locked.managedProperty().bind(locked.visibleProperty());
        return locked;
    }

    /** The workstation by its division (柳树村), with its folder in small print below. */
    private VBox workstationFolder() {
        Label caption = new Label(Messages.get("desktop.login.workstation"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label name = new Label();
        name.setId("workstation-name");
        name.getStyleClass().add(Styles.TITLE_4);
        name.textProperty().bind(viewModel.workstationNameProperty());
        Label folder = new Label();
        folder.setId("workstation-folder");
        folder.setWrapText(true);
        folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        folder.textProperty().bind(viewModel.homeProperty().asString());
        return new VBox(2, caption, name, folder);
    }

    private VBox missingRegister() {
        Label missing = new Label();
        missing.setId("missing-register-message");
        missing.setWrapText(true);
        missing.getStyleClass().add(Styles.WARNING);
        missing.textProperty().bind(viewModel.missingRegisterMessageProperty());
        Label howTo = new Label();
        howTo.setWrapText(true);
        howTo.getStyleClass().add(Styles.TEXT_SMALL);
        TextField command = new TextField();
        command.setId("init-command");
        command.setEditable(false);
        command.setFocusTraversable(false);
        command.setStyle("-fx-font-family: monospace;");
        VBox samples = new VBox(6);
        Button create = new Button(Messages.get("desktop.login.newWorkstation"), new FontIcon("mdi2p-plus-box-outline"));
        create.setId("new-workstation");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> viewModel.newWorkstation());
        create.setVisible(viewModel.offersNewWorkstation());
        create.setManaged(create.isVisible());
        VBox box = new VBox(8, missing, create, howTo, command, samples);
        box.setId("missing-register");
        Runnable refresh = () -> {
            howTo.setText(viewModel.howToCreateRegister());
            command.setText(viewModel.createCommand());
            samples.getChildren().setAll(viewModel.sampleWorkstations().stream().map(this::sampleButton).toList());
            if (!viewModel.sampleWorkstations().isEmpty()) {
                Label hint = new Label(Messages.get("desktop.login.sampleHint"));
                hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                hint.setWrapText(true);
                samples.getChildren().add(hint);
            }
        };
        refresh.run();
        viewModel.homeProperty().addListener((observable, before, now) -> refresh.run());
        box.visibleProperty().bind(viewModel.registerFoundProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Button sampleButton(Path sample) {
        Button open = new Button(Messages.get("desktop.login.openSample", viewModel.workstationName(sample)),
                new FontIcon("mdi2f-folder-open-outline"));
        open.setOnAction(event -> viewModel.openSample(sample));
        return open;
    }

    private GridPane form() {
        userName.setId("user-name");
        userName.setPromptText(Messages.get("desktop.login.userPrompt"));
        userName.textProperty().bindBidirectional(viewModel.userNameProperty());
        password.setId("password");
        userName.setOnAction(this::signIn);
        password.setOnAction(this::signIn);
        Button signIn = new Button(Messages.get("desktop.login.signIn"), new FontIcon("mdi2l-login"));
        signIn.setId("sign-in");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setOnAction(this::signIn);
        signIn.disableProperty().bind(viewModel.busyProperty().or(viewModel.registerFoundProperty().not()));
        userName.disableProperty().bind(signIn.disableProperty());
        password.disableProperty().bind(signIn.disableProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label(Messages.get("desktop.login.user")), userName);
        form.addRow(1, new Label(Messages.get("desktop.login.password")), password);
        HBox actions = new HBox(signIn);
        actions.setAlignment(Pos.CENTER_RIGHT);
        form.add(actions, 1, 2);
        GridPane.setFillWidth(userName, true);
        userName.setPrefColumnCount(18);
        return form;
    }

    private HBox progress() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label message = new Label();
        message.textProperty().bind(viewModel.progressMessageProperty());
        HBox box = new HBox(10, spinner, message);
        box.setId("sign-in-progress");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(viewModel.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label error() {
        Label error = new Label();
        error.setId("sign-in-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private void signIn(ActionEvent event) {
        event.consume();
        CharSequence typed = password.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        password.clear();
        viewModel.signIn(chars);
    }
}
