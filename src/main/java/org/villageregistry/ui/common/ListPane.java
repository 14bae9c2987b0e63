package org.villageregistry.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small building blocks the list screens share: a title bar, an error line, Enter/double click to open. */
public final class ListPane {
    private ListPane() {
    }

    /** A screen's title with its icon, as the navigation shows it. */
    public static Label title(String text, String icon) {
        Label label = new Label(text, new FontIcon(icon));
        label.getStyleClass().add(Styles.TITLE_3);
        return label;
    }

    public static HBox titleBar(String title, String icon, ObservableBooleanValue loading, Node... right) {
        Label label = title(title, icon);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(loading);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, label, spinner, spacer);
        bar.getChildren().addAll(right);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * A table's placeholder that says "正在读取……" while its screen loads and {@code noneText} once it has
     * loaded with nothing to show: an empty list never claims "none" before the answer is in.
     */
    public static Label placeholder(ObservableBooleanValue loading, String noneText) {
        Label label = new Label();
        label.textProperty().bind(javafx.beans.binding.Bindings.when(loading)
                .then(org.villageregistry.domain.text.Messages.get("lists.loading")).otherwise(noneText));
        return label;
    }

    public static Label errorLine(String id, ObservableStringValue error) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.DANGER);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** The line that says what was just done (saved, moved…), shown only while there is something to say. */
    public static Label messageLine(ObservableStringValue message) {
        Label label = new Label();
        label.getStyleClass().add(Styles.SUCCESS);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    public static Insets padding() {
        return new Insets(18, 22, 18, 22);
    }

    /** Moves from a search box into its table, onto the first row when none is chosen. */
    public static void focusTable(TableView<?> table) {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Enter or a double click on a row runs the action with the selected row. */
    public static <R> void onOpen(TableView<R> table, java.util.function.Consumer<R> action) {
        table.setOnKeyPressed(event -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                action.accept(selected);
                event.consume();
            }
        });
        table.setOnMouseClicked(event -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && selected != null) {
                action.accept(selected);
            }
        });
    }

    public static String date(java.time.LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Shows and reads dates as 2026-11-30, whatever the system locale. */
    public static javafx.scene.control.DatePicker iso(javafx.scene.control.DatePicker picker) {
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText(org.villageregistry.domain.text.Messages.get("form.datePrompt"));
        return picker;
    }
}
