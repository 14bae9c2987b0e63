package org.villageregistry.ui.common;

import java.util.function.BiConsumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.util.Duration;

/**
 * A search box that runs its search 150 ms after the last key typed, so that typing a name runs one search; a key
 * that leaves the box for the results (Enter, Down) runs the waiting search at once and acts on its results, not
 * on the rows still shown from before.
 */
public final class SearchAsYouType {
    private final TextField box;
    private final BiConsumer<String, Runnable> search;
    private final PauseTransition pause = new PauseTransition(Duration.millis(150));
    private boolean running;
    private Runnable waiting;

    /** {@code search} shows the results of a query and then runs its second argument (only for the latest query). */
    public SearchAsYouType(TextField box, BiConsumer<String, Runnable> search) {
        this.box = box;
        this.search = search;
        pause.setOnFinished(event -> start());
        box.textProperty().addListener((o, was, now) -> {
            waiting = null;
            pause.playFromStart();
        });
    }

    /** Runs {@code then} once the rows shown are the results of the text in the box: now, or when they come. */
    public void whenShown(Runnable then) {
        if (pause.getStatus() == Animation.Status.RUNNING) {
            pause.stop();
            waiting = then;
            start();
        } else if (running) {
            waiting = then;
        } else {
            then.run();
        }
    }

    private void start() {
        running = true;
        search.accept(box.getText(), this::shown);
    }

    private void shown() {
        running = false;
        Runnable then = waiting;
        waiting = null;
        if (then != null) {
            then.run();
        }
    }
}
