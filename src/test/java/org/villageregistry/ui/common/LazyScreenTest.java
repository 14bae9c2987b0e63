package org.villageregistry.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A screen costs nothing until it is first needed, and is built once however often it is shown (issue 17). */
@ExtendWith(ApplicationExtension.class)
class LazyScreenTest {
    private final AtomicInteger models = new AtomicInteger();
    private final AtomicInteger views = new AtomicInteger();
    private final List<String> refreshed = new ArrayList<>();

    private final class Counted extends LazyScreen<String, Label> {
        Counted() {
            super("screen.home", "mdi2h-home-outline", () -> "model " + models.incrementAndGet(), refreshed::add,
                    model -> {
                        views.incrementAndGet();
                        return new Label(model);
                    });
        }
    }

    @Test
    void neitherViewModelNorViewIsBuiltBeforeTheScreenIsNeeded() {
        Counted screen = new Counted();

        assertThat(screen.titleKey()).isEqualTo("screen.home");
        assertThat(screen.iconLiteral()).isEqualTo("mdi2h-home-outline");
        assertThat(screen.built()).isFalse();
        assertThat(models).hasValue(0);
        assertThat(views).hasValue(0);
    }

    @Test
    void theFirstShowBuildsTheViewModelAndLaterShowsReuseIt() throws Exception {
        Counted screen = new Counted();

        WaitForAsyncUtils.asyncFx(() -> {
            screen.onShow();
            screen.view();
            screen.onShow();
            screen.view();
            screen.onShow();
        }).get();

        assertThat(screen.built()).isTrue();
        assertThat(models).hasValue(1);
        assertThat(views).hasValue(1);
        assertThat(refreshed).containsExactly("model 1", "model 1", "model 1");
        assertThat(screen.viewModel()).isEqualTo("model 1");
    }

    @Test
    void aFileOrAnotherScreenMayNeedTheViewModelBeforeTheFirstShow() {
        Counted screen = new Counted();

        assertThat(screen.viewModel()).isEqualTo("model 1");
        assertThat(screen.viewModel()).isEqualTo("model 1");
        assertThat(models).hasValue(1);
        assertThat(views).hasValue(0);
        assertThat(refreshed).isEmpty();
    }
}
