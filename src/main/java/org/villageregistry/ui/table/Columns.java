package org.villageregistry.ui.table;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Read-only text columns for tables of records shown as rows. */
public final class Columns {
    private Columns() {
    }

    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(Math.max(width, headerWidth(title)));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : value.apply(cell.getValue())));
        return column;
    }

    /** A text column of sentences that may not fit: each cell shows its whole text in a tooltip. */
    public static <R> TableColumn<R, String> sentence(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = text(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isEmpty();
                setText(blank ? null : text);
                setTooltip(blank ? null : wrapping(text));
            }
        });
        return column;
    }

    /**
     * A text column of sentences shown whole: the text wraps within the column and the row grows to hold it (for
     * lists of reasons a registrar must read to the end, such as why a ledger row is refused).
     */
    public static <R> TableColumn<R, String> wrapped(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = text(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.text.Text shown = new javafx.scene.text.Text();

            {
                shown.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                shown.getStyleClass().add("text");
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isEmpty();
                shown.setText(blank ? null : text);
                shown.fillProperty().bind(textFillProperty());
                shown.fontProperty().bind(fontProperty());
                setText(null);
                setGraphic(blank ? null : shown);
            }
        });
        return column;
    }

    private static Tooltip wrapping(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(600);
        return tooltip;
    }

    /**
     * About the width the header needs to show {@code title} in full in the desktop's 14-pixel font: a Chinese
     * character is as wide as the font is high, a Latin letter or digit about half that, plus the header's padding.
     */
    public static double headerWidth(String title) {
        double text = title.codePoints().mapToDouble(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.isIdeographic(c) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F)
                ? 15 : 8.5).sum();
        return Math.ceil(text + 24);
    }
}
