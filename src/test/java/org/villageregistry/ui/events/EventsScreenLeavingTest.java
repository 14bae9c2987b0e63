package org.villageregistry.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.shell.ScreenContext;

/** Looking at the event forms without typing anything must not count as unsaved input. */
@ExtendWith(ApplicationExtension.class)
class EventsScreenLeavingTest {
    @TempDir
    static Path temp;
    private EventsScreen screen;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        screen = new EventsScreen(new ScreenContext(EventsRegister.session(temp.resolve("village")),
                new SameThreadTaskExecutor(), new NowhereNavigator()));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1000, 700));
        stage.show();
    }

    @Test
    void aRegistrarWhoOnlyLooksThroughTheTabsLeavesWithoutBeingAskedToDiscard(FxRobot robot) {
        robot.interact(screen::onShow);
        for (var tab : screen.tabs().getTabs()) {
            robot.interact(() -> screen.tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(screen.forms()).allSatisfy(form -> assertThat(form.model().dirty().get())
                .as("unsaved input on %s", form.model().titleKey()).isFalse());
    }
}
