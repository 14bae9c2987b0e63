package org.villageregistry.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateTest {
    /** The office laptop: 1366×768 with a 40-pixel taskbar at the bottom. */
    static final WindowState.Screen LAPTOP = new WindowState.Screen(new Rectangle2D(0, 0, 1366, 768),
            new Rectangle2D(0, 0, 1366, 728));
    private static final WindowState.Screen FULL_HD = new WindowState.Screen(new Rectangle2D(0, 0, 1920, 1080),
            new Rectangle2D(0, 0, 1920, 1040));
    private static final WindowState.Screen RIGHT_MONITOR = new WindowState.Screen(
            new Rectangle2D(1920, 0, 1920, 1080), new Rectangle2D(1920, 0, 1920, 1080));

    @TempDir
    Path home;

    @Test
    void theOfficeLaptopOpensTheWindowMaximised() {
        WindowState place = WindowState.placement(List.of(LAPTOP), Optional.empty());

        assertThat(place.maximised()).isTrue();
        assertThat(place.bounds()).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
    }

    @Test
    void aLargerScreenOpensARoomyWindowInItsMiddle() {
        WindowState place = WindowState.placement(List.of(FULL_HD), Optional.empty());

        assertThat(place.maximised()).isFalse();
        assertThat(place.bounds()).isEqualTo(new Rectangle2D(240, 70, 1440, 900));
    }

    @Test
    void theRememberedPlaceIsUsedWhileItIsOnAScreen() {
        WindowState remembered = new WindowState(new Rectangle2D(2100, 50, 1200, 800), false);

        assertThat(WindowState.placement(List.of(FULL_HD, RIGHT_MONITOR), Optional.of(remembered)))
                .isEqualTo(remembered);
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneOpensOnTheMainScreenInstead() {
        WindowState remembered = new WindowState(new Rectangle2D(2100, 50, 1200, 800), false);

        WindowState place = WindowState.placement(List.of(LAPTOP), Optional.of(remembered));

        assertThat(place.maximised()).isTrue();
        assertThat(place.bounds()).isEqualTo(LAPTOP.visualBounds());
    }

    @Test
    void aRememberedWindowLargerThanTheScreenNowIsShrunkOntoIt() {
        WindowState remembered = new WindowState(new Rectangle2D(600, 300, 1800, 1000), true);

        WindowState place = WindowState.placement(List.of(LAPTOP), Optional.of(remembered));

        assertThat(place).isEqualTo(new WindowState(new Rectangle2D(0, 0, 1366, 728), true));
    }

    @Test
    void sizePositionAndMaximisedStateSurviveSavingAndLoading() {
        WindowState state = new WindowState(new Rectangle2D(-8, 12, 1280, 720), true);

        state.save(home);

        assertThat(WindowState.load(home)).contains(state);
    }

    @Test
    void anUnreadableFileIsForgotten() throws Exception {
        Files.writeString(home.resolve(WindowState.FILE), "x=left\ny=0\nwidth=1200\nheight=800\n");

        assertThat(WindowState.load(home)).isEmpty();
        assertThat(WindowState.placement(List.of(LAPTOP), WindowState.load(home)).maximised()).isTrue();
    }
}
