package org.villageregistry.ui.login;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.repository.SignInStep;
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
                error(), otherWorkstations());
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
                focusFirstField();
            }
        });
        viewModel.errorProperty().addListener((observable, was, now) -> focusFirstField());
    }

    /** Puts the cursor where the user will type first: the empty user name, else the password. */
    public void focusFirstField() {
        (viewModel.fieldToType() == LoginViewModel.Field.USER_NAME ? userName : password).requestFocus();
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
        folder.setMinHeight(Region.USE_PREF_SIZE);
        folder.textProperty().bind(viewModel.homeProperty().asString());
        Button choose = new Button(Messages.get("desktop.login.chooseFolder"), new FontIcon("mdi2f-folder-search-outline"));
        choose.setId("choose-workstation");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.getStyleClass().add(Styles.SMALL);
        choose.setOnAction(event -> chooseFolder());
        choose.disableProperty().bind(viewModel.busyProperty());
        folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox line = new HBox(10, folder, choose);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, caption, name, line);
    }

    /** Another workstation folder, chosen in the folder dialog (it starts at the one in use). */
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("desktop.login.chooseFolder.title"));
        java.io.File current = viewModel.homeProperty().get().toFile();
        java.io.File start = current.isDirectory() ? current : current.getParentFile();
        if (start != null && start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        java.io.File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            viewModel.useWorkstationFolder(chosen.toPath());
            focusFirstField();
        }
    }

    /** While a register is found: the sample workstations, to switch to one without restarting the program. */
    private VBox otherWorkstations() {
        Label caption = new Label(Messages.get("desktop.login.otherWorkstations"));
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        FlowPane samples = new FlowPane(6, 6);
        samples.getChildren().setAll(viewModel.sampleWorkstations().stream().map(this::sampleButton).toList());
        samples.getChildren().forEach(button -> button.getStyleClass().add(Styles.SMALL));
        VBox box = new VBox(6, caption, samples);
        box.setId("other-workstations");
        box.visibleProperty().bind(viewModel.registerFoundProperty()
                .and(javafx.beans.binding.Bindings.isNotEmpty(viewModel.sampleWorkstations())));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox missingRegister() {
        Label missing = new Label();
        missing.setId("missing-register-message");
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.getStyleClass().add(Styles.WARNING);
        missing.textProperty().bind(viewModel.missingRegisterMessageProperty());
        Label howTo = new Label();
        howTo.setWrapText(true);
        howTo.setMinHeight(Region.USE_PREF_SIZE);
        howTo.getStyleClass().add(Styles.TEXT_SMALL);
        // the whole command in sight (a folder path makes it longer than one line of the window), to copy
        TextArea command = new TextArea();
        command.setId("init-command");
        command.setEditable(false);
        command.setFocusTraversable(false);
        command.setWrapText(true);
        command.setPrefRowCount(2);
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
                hint.setMinHeight(Region.USE_PREF_SIZE);
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
        open.setId("sample-" + sample.getFileName());
        open.disableProperty().bind(viewModel.busyProperty());
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

    /**
     * While a sign-in or a sample copy runs: the steps of the sign-in so far, each finished one ticked and the
     * running one with a spinner (a sample copy has no steps: its message alone, with the spinner).
     */
    private VBox progress() {
        VBox box = new VBox(6);
        box.setId("sign-in-progress");
        Runnable refresh = () -> {
            box.getChildren().clear();
            List<SignInStep> steps = List.copyOf(viewModel.signInSteps());
            for (int i = 0; i < steps.size(); i++) {
                boolean running = i == steps.size() - 1;
                box.getChildren().add(stepRow(Messages.get("desktop.login.step." + steps.get(i).name()), running));
            }
            if (steps.isEmpty() && !viewModel.progressMessageProperty().get().isEmpty()) {
                box.getChildren().add(stepRow(viewModel.progressMessageProperty().get(), true));
            }
        };
        viewModel.signInSteps().addListener((ListChangeListener<SignInStep>) change -> refresh.run());
        viewModel.progressMessageProperty().addListener((observable, before, now) -> refresh.run());
        box.visibleProperty().bind(viewModel.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static HBox stepRow(String text, boolean running) {
        Node mark;
        if (running) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(18, 18);
            mark = spinner;
        } else {
            FontIcon done = new FontIcon("mdi2c-check");
            done.getStyleClass().add(Styles.SUCCESS);
            mark = done;
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (!running) {
            label.getStyleClass().add(Styles.TEXT_MUTED);
        }
        HBox row = new HBox(10, mark, label);
        row.getStyleClass().add("sign-in-step");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label error() {
        Label error = new Label();
        error.setId("sign-in-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
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
        focusFirstField();
    }
}
