package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;
import org.villageregistry.ui.shell.ShellViewModel;

/**
 * Signing in to a township workstation builds the home screen only; every other screen of the navigation is
 * built when the registrar first shows it (issue 17: the desktop's memory; decision 0028).
 */
@ExtendWith(ApplicationExtension.class)
class ScreensBuiltWhenShownTest {
    @TempDir
    Path home;
    Register register;

    @BeforeEach
    void townshipWorkstation() {
        register = TestStores.quick(ScreensByRoleTest.CLOCK).create(home, new WorkstationSetup(
                WorkstationRole.TOWNSHIP, DivisionCode.of("410103100"), "青山镇"), "admin",
                "qingshan-2026".toCharArray());
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void onlyTheHomeScreenIsBuiltAtSignInAndEachOtherOnceWhenFirstShown() throws Exception {
        ShellViewModel shell = new ShellViewModel(register.workstation(), register.user(), () -> {
        });
        ScreenContext context = new ScreenContext(TestSessions.of(register, ScreensByRoleTest.CLOCK),
                new SameThreadTaskExecutor(), shell);
        List<Screen> screens = Screens.build(WorkstationRole.TOWNSHIP, UserRole.ADMINISTRATOR, context);
        assertThat(screens).hasSizeGreaterThanOrEqualTo(8).allMatch(LazyScreen.class::isInstance);
        assertThat(built(screens)).as("made, not built").isEmpty();

        WaitForAsyncUtils.asyncFx(() -> shell.useScreens(screens)).get();
        assertThat(built(screens)).containsExactly("screen.home");

        LazyScreen<?, ?> villages = (LazyScreen<?, ?>) screens.stream()
                .filter(screen -> screen.titleKey().equals("screen.villages")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> shell.select(villages)).get();
        Object model = villages.viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            shell.select(screens.get(0));
            shell.select(villages);
        }).get();
        assertThat(villages.viewModel()).as("built once").isSameAs(model);
        assertThat(built(screens)).containsExactly("screen.home", "screen.villages");
    }

    /** The screens whose view model is built, in the order of the navigation. */
    private static List<String> built(List<Screen> screens) {
        return screens.stream().filter(screen -> ((LazyScreen<?, ?>) screen).built()).map(Screen::titleKey).toList();
    }
}
