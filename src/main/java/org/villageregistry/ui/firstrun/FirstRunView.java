package org.villageregistry.ui.firstrun;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.firstrun.FirstRunViewModel.Step;

/** The first-run wizard's window content: three pages; Enter goes on, Esc goes back. */
public final class FirstRunView extends StackPane {
    private final FirstRunViewModel viewModel;
    private final VBox page = new VBox(12);
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField administrator = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Label stepLabel = new Label();
    private final CheckBox understood = new CheckBox();

    public FirstRunView(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
        setId("first-run");
        getStyleClass().add("login-view");
        DesktopTheme.style(this);
        Label title = new Label(Messages.get("firstrun.title"), new FontIcon("mdi2d-desktop-classic"));
        title.getStyleClass().add(Styles.TITLE_2);
        stepLabel.getStyleClass().add(Styles.TEXT_MUTED);
        understood.selectedProperty().addListener((o, was, now) -> viewModel.understoodProperty().set(now));
        // Enter on the focused tick box means "make it", not "tick it again"
        understood.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                create();
            }
        });
        Label error = ListPane.errorLine("first-run-error", viewModel.errorProperty());
        VBox card = new VBox(14, title, stepLabel, page, error);
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        card.getStyleClass().add("panel-card");
        setPadding(new Insets(24));
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.cancel();
                event.consume();
            }
        });
        viewModel.stepProperty().addListener((o, was, now) -> show(now));
        show(viewModel.stepProperty().get());
    }

    /** Puts the cursor where the user types first on the current page. */
    public void focusFirstField() {
        switch (viewModel.stepProperty().get()) {
            case IDENTITY -> code.requestFocus();
            case ADMINISTRATOR -> administrator.requestFocus();
            case DONE -> page.lookupAll("#enter-workstation").forEach(Node::requestFocus);
        }
    }

    private void show(Step step) {
        stepLabel.setText(Messages.get("firstrun.step", step.ordinal() + 1, Step.values().length));
        page.getChildren().setAll(switch (step) {
            case IDENTITY -> identity();
            case ADMINISTRATOR -> administrator();
            case DONE -> done();
        });
        Platform.runLater(this::focusFirstField);
    }

    private VBox identity() {
        ToggleGroup roles = new ToggleGroup();
        RadioButton village = new RadioButton(Messages.get("firstrun.role.village"));
        village.setId("role-village");
        RadioButton township = new RadioButton(Messages.get("firstrun.role.township"));
        township.setId("role-township");
        village.setToggleGroup(roles);
        township.setToggleGroup(roles);
        village.setSelected(viewModel.roleProperty().get() != WorkstationRole.TOWNSHIP);
        township.setSelected(viewModel.roleProperty().get() == WorkstationRole.TOWNSHIP);
        roles.selectedToggleProperty().addListener((o, was, now) ->
                viewModel.roleProperty().set(now == township ? WorkstationRole.TOWNSHIP : WorkstationRole.VILLAGE));
        code.setId("division-code");
        code.setPromptText(Messages.get("firstrun.code.prompt"));
        code.textProperty().bindBidirectional(viewModel.divisionCodeProperty());
        name.setId("division-name");
        name.setPromptText(Messages.get("firstrun.name.prompt"));
        name.textProperty().bindBidirectional(viewModel.divisionNameProperty());
        code.setOnAction(event -> name.requestFocus());
        // the field a refusal is about is marked red (the message above says why), and cleared with it
        viewModel.errorProperty().addListener((o, was, now) -> {
            code.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty() && viewModel.codeIsWrong());
            name.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty() && !viewModel.codeIsWrong()
                    && viewModel.nameIsMissing());
        });
        name.setOnAction(event -> viewModel.next());
        GridPane form = form();
        form.addRow(0, label("firstrun.role", village), new HBox(16, village, township));
        form.addRow(1, label("firstrun.code", code), code);
        form.addRow(2, label("firstrun.name", name), name);
        Button cancel = new Button(Messages.get("firstrun.cancel"));
        cancel.setId("first-run-cancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(event -> viewModel.cancel());
        Button next = new Button(Messages.get("firstrun.next"), new FontIcon("mdi2a-arrow-right"));
        next.setId("first-run-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(event -> viewModel.next());
        return new VBox(12, hint(Messages.get("firstrun.identity.hint", viewModel.home())), form,
                actions(cancel, next));
    }

    private VBox administrator() {
        administrator.setId("admin-name");
        administrator.textProperty().bindBidirectional(viewModel.administratorProperty());
        password.setId("admin-password");
        confirmation.setId("admin-confirmation");
        understood.setText(Messages.get("firstrun.understood"));
        understood.setId("understood");
        understood.setMnemonicParsing(false);
        understood.setSelected(viewModel.understoodProperty().get());
        administrator.setOnAction(event -> password.requestFocus());
        password.setOnAction(event -> confirmation.requestFocus());
        GridPane form = form();
        form.addRow(0, label("firstrun.admin", administrator), administrator);
        form.addRow(1, label("firstrun.password", password), password);
        form.addRow(2, label("firstrun.confirmation", confirmation), confirmation);
        Label warning = new Label(Messages.get("firstrun.warning"), new FontIcon("mdi2a-alert-outline"));
        warning.setId("first-run-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.WARNING);
        Button back = new Button(Messages.get("firstrun.back"), new FontIcon("mdi2a-arrow-left"));
        back.setId("first-run-back");
        back.setOnAction(event -> viewModel.back());
        Button create = new Button(Messages.get("firstrun.create"), new FontIcon("mdi2c-check"));
        create.setId("first-run-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(viewModel.busyProperty());
        create.setOnAction(event -> create());
        create.setDefaultButton(true);
        return new VBox(12, form, hint(Messages.get("firstrun.password.rule")), warning, understood,
                actions(back, create));
    }

    private VBox done() {
        TextArea summary = new TextArea(viewModel.summary());
        summary.setId("setup-summary");
        summary.setEditable(false);
        summary.setFocusTraversable(false);
        summary.setPrefRowCount(10);
        summary.setWrapText(true);
        Label saved = new Label(Messages.get("firstrun.sheet.saved", viewModel.sheetProperty().get()));
        saved.setId("setup-sheet-path");
        saved.setWrapText(true);
        Button enter = new Button(Messages.get("firstrun.enter"), new FontIcon("mdi2l-login"));
        enter.setId("enter-workstation");
        enter.getStyleClass().add(Styles.ACCENT);
        enter.setDefaultButton(true);
        enter.setOnAction(event -> viewModel.enter());
        VBox page = new VBox(12, hint(Messages.get("firstrun.done")));
        if (!viewModel.recoveryKeyProperty().get().isEmpty()) {
            page.getChildren().add(recoveryKeyBox(viewModel.recoveryKeyProperty().get()));
        }
        // what comes next, before any bundle can go out: the enrolment exchange (双方登记)
        Label next = new Label(Messages.get(viewModel.roleProperty().get()
                == org.villageregistry.domain.workstation.WorkstationRole.TOWNSHIP ? "firstrun.nextTownship"
                : "firstrun.nextVillage"));
        next.setId("first-run-then");
        next.setWrapText(true);
        next.getStyleClass().add(Styles.ACCENT);
        page.getChildren().addAll(summary, saved, next, actions(enter));
        return page;
    }

    /**
     * The recovery key at the top of the last page, large, to copy onto paper now: it is shown only this once and
     * is in no file (the saved sheet holds no secret), so it must not hide at the bottom of the summary.
     */
    private static VBox recoveryKeyBox(String code) {
        TextField key = new TextField(code);
        key.setId("recovery-key");
        key.setEditable(false);
        key.setFocusTraversable(false);
        key.setStyle("-fx-font-size: 20px; -fx-font-family: monospace;");
        Label warning = new Label(Messages.get("cli.init.recoveryWarning"));
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.WARNING);
        Label title = new Label(Messages.get("firstrun.recoveryKeyTitle"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, title, key, warning);
    }

    private void create() {
        char[] typed = chars(password.getCharacters());
        char[] again = chars(confirmation.getCharacters());
        if (!viewModel.create(typed, again)) {
            (viewModel.understoodProperty().get() ? password : understood).requestFocus();
            return;
        }
        password.clear();
        confirmation.clear();
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        return form;
    }

    private static Label label(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return hint;
    }

    private static HBox actions(Node... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10);
        actions.getChildren().add(spacer);
        actions.getChildren().addAll(buttons);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return actions;
    }

    private static char[] chars(CharSequence typed) {
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        return chars;
    }
}
