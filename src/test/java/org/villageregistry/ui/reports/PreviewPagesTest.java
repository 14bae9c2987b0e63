package org.villageregistry.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.PreviewPage;

/**
 * A preview of a long report (a township's monthly report runs to ten pages and more) turns only the pages in
 * view into pixels: each decoded page is 3.6 MB at the preview's 96 dpi, and the screen used to hold every page
 * as a picture, twice, with the textures drawn from them (about 100 MB for ten pages, issue 17).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPagesTest {
    private static final int PAGES = 24;
    private final ObservableList<PreviewPage> pages = FXCollections.observableArrayList();
    private PreviewPages view;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        view = new PreviewPages(pages);
        stage.setScene(new Scene(view, 1000, 768));
        stage.show();
    }

    @Test
    void onlyThePagesInViewAreDecodedWhileScrollingThroughAReportOfManyPages(FxRobot robot) throws IOException {
        List<PreviewPage> report = new ArrayList<>();
        for (int n = 1; n <= PAGES; n++) {
            report.add(page(n));
        }
        robot.interact(() -> pages.setAll(report));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.pagesInPixels()).as("the first page is shown").isBetween(1L, 3L);

        for (int n = 0; n < PAGES; n += 5) {
            int index = n;
            robot.interact(() -> view.scrollTo(index));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(view.pagesInPixels()).as("pages in pixels with page %d in view", n + 1).isBetween(1L, 3L);
        }
        robot.interact(() -> view.scrollTo(PAGES - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".report-page").queryAllAs(javafx.scene.control.ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getItem()).isEqualTo(report.get(PAGES - 1)));

        robot.interact(pages::clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.pagesInPixels()).as("a cleared preview keeps no page").isZero();
    }

    @Test
    void aLandscapePageFitsTheListOrIsShownAtTheSizeItWasRenderedToBeRead(FxRobot robot) throws IOException {
        BufferedImage image = new BufferedImage(1123, 794, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        PreviewPage landscape = new PreviewPage(1, 1123, 794, png.toByteArray());
        robot.interact(() -> pages.setAll(landscape));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.ImageView shown = robot.lookup(".report-page .image-view").tryQuery()
                .map(javafx.scene.image.ImageView.class::cast)
                .orElseGet(() -> (javafx.scene.image.ImageView) robot.lookup(".report-page").queryAs(
                        javafx.scene.control.ListCell.class).getGraphic());
        assertThat(shown.getFitWidth()).as("fitted to the 1000-pixel list").isLessThan(1000);

        robot.interact(() -> view.actualSizeProperty().set(true));
        assertThat(shown.getFitWidth()).as("as rendered").isEqualTo(1123);

        robot.interact(() -> view.actualSizeProperty().set(false));
        assertThat(shown.getFitWidth()).isLessThan(1000);
    }

    /** A page as the preview renders one: A4 at 96 dpi, white with a line of text, as PNG. */
    private static PreviewPage page(int number) throws IOException {
        BufferedImage image = new BufferedImage(794, 1123, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 794, 1123);
        g.setColor(Color.BLACK);
        g.drawString("page " + number, 100, 100);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertThat(png.size()).as("a page's PNG is far smaller than its pixels").isLessThan(794 * 1123 / 10);
        return new PreviewPage(number, 794, 1123, png.toByteArray());
    }
}
