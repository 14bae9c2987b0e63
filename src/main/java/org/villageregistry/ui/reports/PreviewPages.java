package org.villageregistry.ui.reports;

import java.io.ByteArrayInputStream;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.PreviewPage;

/**
 * The pages of a report's preview, one under the other. A list view makes cells only for the pages in view and
 * reuses them while scrolling: a page becomes pixels (its PNG decoded, about 3.6 MB at 96 dpi) only while its
 * cell shows it, so a preview of ten pages holds two or three pages' pixels, not ten, nor the textures the screen
 * draws them from (docs/decisions/0025). A page is as wide as it was rendered, or narrower to fit the list; at
 * {@link #actualSizeProperty() actual size} it is as wide as rendered (a landscape township report fitted to the
 * list is too small to read), and the list scrolls sideways.
 */
final class PreviewPages extends ListView<PreviewPage> {
    /** Room beside a page: the list's padding and its scroll bar. */
    private static final double MARGIN = 48;
    private final javafx.beans.property.BooleanProperty actualSize =
            new javafx.beans.property.SimpleBooleanProperty(this, "actualSize", false);

    PreviewPages(ObservableList<PreviewPage> pages) {
        super(pages);
        setId("report-pages");
        getStyleClass().add("report-pages");
        setStyle("-fx-background-color: #e5e7eb; -fx-control-inner-background: #e5e7eb;");
        setFocusTraversable(false);
        setPlaceholder(new Label(Messages.get("reports.screen.empty")));
        setCellFactory(list -> new PageCell());
    }

    /** True: pages as wide as rendered (96 dpi); false: narrowed to fit the list's width. */
    javafx.beans.property.BooleanProperty actualSizeProperty() {
        return actualSize;
    }

    /** How many pages hold pixels now: those of the cells that show a page. */
    long pagesInPixels() {
        return lookupAll(".report-page").stream()
                .filter(n -> n instanceof PageCell cell && cell.view.getImage() != null).count();
    }

    private final class PageCell extends ListCell<PreviewPage> {
        private final ImageView view = new ImageView();

        PageCell() {
            getStyleClass().add("report-page");
            view.setPreserveRatio(true);
            setStyle("-fx-alignment: center; -fx-padding: 8 0 8 0; -fx-background-color: #e5e7eb;");
        }

        @Override
        protected void updateItem(PreviewPage page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null) {
                view.setImage(null);
                setGraphic(null);
                return;
            }
            view.setImage(new Image(new ByteArrayInputStream(page.png())));
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.when(actualSize).then((double) page.width())
                    .otherwise(javafx.beans.binding.Bindings.min(page.width(),
                            PreviewPages.this.widthProperty().subtract(MARGIN))));
            setGraphic(view);
        }
    }
}
