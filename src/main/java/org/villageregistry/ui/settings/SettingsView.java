package org.villageregistry.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationUser;

/** 设置: language and idle lock, users (administrators only), backup to a USB stick, workstation facts. */
public final class SettingsView extends ScrollPane {
    private final SettingsViewModel viewModel;
    private final ComboBox<Locale> language = new ComboBox<>();

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("settings");
        setFitToWidth(true);
        getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        Label title = ListPane.title(Messages.get("screen.settings"), "mdi2c-cog-outline");
        VBox page = new VBox(16, title, card(general()), card(password()));
        if (viewModel.isAdministrator()) {
            page.getChildren().add(card(users()));
        }
        if (viewModel.mayBackUp()) {
            page.getChildren().add(card(backup()));
        }
        page.getChildren().add(card(facts()));
        page.setPadding(new Insets(18, 22, 18, 22));
        page.setMaxWidth(720);
        setContent(page);
    }

    /** Puts the cursor on the first setting. */
    public void focusFirst() {
        language.requestFocus();
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(10, children);
        card.getStyleClass().add("panel-card");
        card.setPadding(new Insets(16));
        return card;
    }

    private static Label heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add(Styles.TITLE_4);
        return heading;
    }

    private VBox general() {
        language.setId("settings-language");
        language.getItems().setAll(viewModel.languages());
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : SettingsViewModel.languageName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        Spinner<Integer> minutes = new Spinner<>(DesktopSettings.MIN_IDLE_MINUTES, DesktopSettings.MAX_IDLE_MINUTES,
                viewModel.idleLockMinutesProperty().get());
        minutes.setId("settings-idle-minutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(110);
        minutes.valueProperty().addListener((o, was, now) -> viewModel.idleLockMinutesProperty().set(now));
        Label languageLabel = new Label(Messages.get("settings.language"));
        languageLabel.setLabelFor(language);
        languageLabel.setMnemonicParsing(true);
        Label idleLabel = new Label(Messages.get("settings.idle"));
        idleLabel.setLabelFor(minutes);
        idleLabel.setMnemonicParsing(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, languageLabel, language);
        HBox idle = new HBox(8, minutes, muted(Messages.get("settings.idle.unit")));
        idle.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, idleLabel, idle);
        TextField printedName = new TextField();
        printedName.setId("settings-display-name");
        printedName.setPromptText(viewModel.signedInUser());
        printedName.setPrefColumnCount(12);
        printedName.textProperty().bindBidirectional(viewModel.displayNameProperty());
        Label printedNameLabel = new Label(Messages.get("settings.displayName"));
        printedNameLabel.setLabelFor(printedName);
        HBox printed = new HBox(8, printedName, muted(Messages.get("settings.displayName.hint")));
        printed.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, printedNameLabel, printed);
        Button save = new Button(Messages.get("settings.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("settings-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> {
            minutes.increment(0); // commits a typed value
            viewModel.saveSettings();
        });
        // the button keeps its words however long the message; the message wraps below it
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label message = message("settings-message", viewModel.settingsMessageProperty(), Styles.SUCCESS);
        Label error = message("settings-error", viewModel.settingsErrorProperty(), Styles.DANGER);
        return new VBox(10, heading("settings.general"), grid, muted(Messages.get("settings.language.hint")), save,
                error, message);
    }

    private VBox users() {
        ListView<WorkstationUser> list = new ListView<>(viewModel.users());
        list.setId("settings-users");
        list.setPrefHeight(140);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(WorkstationUser user, boolean empty) {
                super.updateItem(user, empty);
                setText(empty || user == null ? null
                        : Messages.get("desktop.workstation.userLine", user.name(), user.role().label()));
            }
        });
        TextField name = new TextField();
        name.setId("new-user-name");
        name.textProperty().bindBidirectional(viewModel.newUserNameProperty());
        ComboBox<UserRole> role = new ComboBox<>();
        role.setId("new-user-role");
        role.getItems().setAll(viewModel.roles());
        role.valueProperty().bindBidirectional(viewModel.newUserRoleProperty());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(UserRole value) {
                return value == null ? "" : value.label();
            }

            @Override
            public UserRole fromString(String text) {
                return null;
            }
        });
        PasswordField password = new PasswordField();
        password.setId("new-user-password");
        PasswordField confirmation = new PasswordField();
        confirmation.setId("new-user-confirmation");
        Button add = new Button(Messages.get("settings.users.add"), new FontIcon("mdi2a-account-plus-outline"));
        add.setId("add-user");
        add.disableProperty().bind(viewModel.busyProperty());
        Runnable addUser = () -> {
            char[] typed = chars(password.getCharacters());
            char[] again = chars(confirmation.getCharacters());
            password.clear();
            confirmation.clear();
            viewModel.addUser(typed, again);
        };
        add.setOnAction(event -> addUser.run());
        confirmation.setOnAction(event -> addUser.run());
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("settings.users.name")), name);
        form.addRow(1, new Label(Messages.get("settings.users.role")), role);
        form.addRow(2, new Label(Messages.get("settings.users.password")), password);
        form.addRow(3, new Label(Messages.get("settings.users.confirmation")), confirmation);
        form.add(add, 1, 4);
        return new VBox(10, heading("settings.users"), list, muted(Messages.get("settings.users.hint")), form,
                message("settings-user-error", viewModel.userErrorProperty(), Styles.DANGER),
                message("settings-user-message", viewModel.userMessageProperty(), Styles.SUCCESS));
    }

    /** 修改我的密码, for every role: the current password, the new one twice. */
    private VBox password() {
        PasswordField current = new PasswordField();
        current.setId("password-current");
        PasswordField typed = new PasswordField();
        typed.setId("password-new");
        PasswordField again = new PasswordField();
        again.setId("password-again");
        Button change = new Button(Messages.get("settings.password.button"), new FontIcon("mdi2k-key-outline"));
        change.setId("password-change");
        change.disableProperty().bind(viewModel.changingPasswordProperty());
        Runnable submit = () -> {
            char[] now = chars(current.getCharacters());
            char[] next = chars(typed.getCharacters());
            char[] repeated = chars(again.getCharacters());
            current.clear();
            typed.clear();
            again.clear();
            viewModel.changePassword(now, next, repeated);
        };
        change.setOnAction(event -> submit.run());
        again.setOnAction(event -> submit.run());
        // after a refusal the cursor goes back to the top of the form, where typing starts again
        viewModel.passwordErrorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                current.requestFocus();
            }
        });
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("settings.password.current")), current);
        form.addRow(1, new Label(Messages.get("settings.password.new")), typed);
        form.addRow(2, new Label(Messages.get("settings.password.again")), again);
        form.add(change, 1, 3);
        return new VBox(10, heading("settings.password"), muted(Messages.get("settings.password.hint",
                viewModel.signedInUser())), form,
                message("settings-password-error", viewModel.passwordErrorProperty(), Styles.DANGER),
                message("settings-password-message", viewModel.passwordMessageProperty(), Styles.SUCCESS));
    }

    private VBox backup() {
        Button backUp = new Button(Messages.get("settings.backup.button"),
                new FontIcon("mdi2u-usb-flash-drive-outline"));
        backUp.setId("settings-backup");
        backUp.disableProperty().bind(viewModel.backingUpProperty());
        backUp.setOnAction(event -> {
            new Choosers(viewModel.lastFolder()).folder(this, Messages.get("settings.backup.choose"))
                    .ifPresent(viewModel::backUp);
        });
        ProgressIndicator running = new ProgressIndicator();
        running.setId("settings-backup-running");
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(viewModel.backingUpProperty());
        running.managedProperty().bind(running.visibleProperty());
        HBox actions = new HBox(12, backUp, running);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label automatic = muted(viewModel.automaticBackups());
        automatic.setId("settings-backup-automatic");
        return new VBox(10, heading("settings.backup"), muted(Messages.get("settings.backup.hint")), automatic, actions,
                message("settings-backup-message", viewModel.backupMessageProperty(), Styles.SUCCESS),
                message("settings-backup-error", viewModel.backupErrorProperty(), Styles.DANGER));
    }

    private VBox facts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        int row = 0;
        for (SettingsViewModel.Fact fact : viewModel.facts()) {
            Label value = new Label(fact.value());
            value.setWrapText(true);
            value.getStyleClass().add(Styles.TEXT_BOLDER);
            grid.addRow(row++, muted(fact.label()), value);
        }
        return new VBox(10, heading("settings.info"), grid);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    private static Label message(String id, ReadOnlyStringProperty text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static char[] chars(CharSequence typed) {
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        return chars;
    }
}
