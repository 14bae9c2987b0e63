package org.villageregistry.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.DesktopTheme;

/**
 * The main window after sign-in: a header (division, user, about, lock), the navigation on the left, the current
 * screen in the middle and a status bar with running background work. Ctrl+F, Ctrl+N and Ctrl+L work anywhere in
 * the window, Ctrl+1…9, Ctrl+0 and Ctrl+Shift+1… choose a screen ({@link ScreenKey}); every key press or mouse
 * use restarts the idle lock.
 */
public final class ShellView extends BorderPane {
    public static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final Duration IDLE_CHECK = Duration.seconds(15);

    private final ShellViewModel viewModel;
    private final TaskMonitor tasks;
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Screen, ToggleButton> entries = new HashMap<>();
    private final Timeline idleTimer;
    private ListChangeListener<RunningWork> taskListener;
    private final IdleLock idleLock;

    public ShellView(ShellViewModel viewModel, TaskMonitor tasks, IdleLock idleLock, Runnable showAbout) {
        this.viewModel = viewModel;
        this.tasks = tasks;
        this.idleLock = idleLock;
        getStyleClass().add("shell");
        DesktopTheme.style(this);
        setTop(header(showAbout));
        setLeft(navigation());
        content.getStyleClass().add("shell-content");
        setCenter(content);
        setBottom(statusBar());
        showCurrent();
        viewModel.currentProperty().addListener((observable, before, now) -> showCurrent());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        addEventFilter(KeyEvent.ANY, event -> idleLock.activity());
        addEventFilter(MouseEvent.ANY, event -> idleLock.activity());
        addEventFilter(ScrollEvent.ANY, event -> idleLock.activity());
        // outside the timer's pulse: the lock may ask about unsaved input, and a dialog cannot wait inside a pulse
        idleTimer = new Timeline(new KeyFrame(IDLE_CHECK, event -> javafx.application.Platform.runLater(idleLock::check)));
        idleTimer.setCycleCount(Animation.INDEFINITE);
        idleTimer.play();
    }

    /** Uncovered after the idle lock: the idle time starts again from now. */
    public void uncovered() {
        idleLock.activity();
    }

    /** Stops the idle timer; called when the window locks and this view is dropped. */
    public void dispose() {
        idleTimer.stop();
        tasks.running().removeListener(taskListener);
    }

    private HBox header(Runnable showAbout) {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label division = new Label(viewModel.division(), new FontIcon("mdi2m-map-marker-outline"));
        division.setId("shell-division");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label user = new Label(viewModel.user(), new FontIcon("mdi2a-account-circle-outline"));
        user.setId("shell-user");
        Button about = new Button(null, new FontIcon("mdi2i-information-outline"));
        about.setId("about");
        about.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        about.setTooltip(new Tooltip(Messages.get("shell.about")));
        about.setFocusTraversable(false);
        about.setOnAction(event -> showAbout.run());
        Button lock = new Button(Messages.get("desktop.workstation.lock"), new FontIcon("mdi2l-lock-outline"));
        lock.setId("lock");
        lock.setTooltip(new Tooltip(Messages.get("desktop.workstation.lockHint")));
        lock.setFocusTraversable(false);
        lock.setOnAction(event -> viewModel.lock());
        HBox header = new HBox(14, title, division, spacer, user, about, lock);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 8, 14));
        header.getStyleClass().add("shell-header");
        return header;
    }

    private VBox navigation() {
        VBox nav = new VBox(2);
        nav.setId("navigation");
        nav.getStyleClass().add("shell-navigation");
        nav.setPadding(new Insets(10, 6, 10, 6));
        nav.setPrefWidth(150);
        int index = 0;
        for (Screen screen : viewModel.screens()) {
            ToggleButton entry = new ToggleButton(Messages.get(screen.titleKey()), new FontIcon(screen.iconLiteral()));
            entry.setId("nav-" + screen.titleKey().replace('.', '-'));
            entry.getStyleClass().add("nav-entry");
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.setToggleGroup(navigation);
            entry.setFocusTraversable(false);
            ScreenKey.at(index++).ifPresent(key -> entry.setTooltip(new Tooltip(key.text())));
            // a toggle click would unselect itself or switch before the current screen agreed: decide here
            entry.addEventFilter(MouseEvent.MOUSE_RELEASED, Event::consume);
            entry.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
                event.consume();
                viewModel.select(screen);
                entry.setSelected(screen == viewModel.currentProperty().get());
            });
            entries.put(screen, entry);
            nav.getChildren().add(entry);
        }
        return nav;
    }

    private HBox statusBar() {
        Label notice = new Label();
        notice.setId("shell-notice");
        notice.getStyleClass().add(Styles.WARNING);
        notice.textProperty().bind(viewModel.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label work = new Label();
        work.setId("task-message");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        Button cancel = new Button(Messages.get("shell.task.cancel"), new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("task-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        work.setMinWidth(0);
        HBox.setHgrow(work, Priority.SOMETIMES);
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox running = new HBox(8, work, bar, cancel);
        running.setId("task-status");
        running.setAlignment(Pos.CENTER_RIGHT);
        Runnable refresh = () -> {
            boolean any = !tasks.running().isEmpty();
            running.setVisible(any);
            work.textProperty().unbind();
            bar.progressProperty().unbind();
            if (!any) {
                return;
            }
            RunningWork latest = tasks.running().get(tasks.running().size() - 1);
            int others = tasks.running().size() - 1;
            work.textProperty().bind(others == 0 ? latest.messageProperty()
                    : Bindings.concat(latest.messageProperty(), Messages.get("shell.task.more", others)));
            bar.progressProperty().bind(latest.progressProperty());
            cancel.setVisible(latest.cancellable());
            cancel.setDisable(latest.cancelRequested());
            cancel.setOnAction(event -> {
                latest.cancel();
                cancel.setDisable(true);
            });
        };
        taskListener = change -> refresh.run();
        tasks.running().addListener(taskListener);
        refresh.run();
        HBox bar2 = new HBox(12, notice, spacer, running);
        bar2.setAlignment(Pos.CENTER_LEFT);
        bar2.setPadding(new Insets(4, 14, 4, 14));
        bar2.setMinHeight(30);
        bar2.getStyleClass().add("shell-status");
        return bar2;
    }

    private void showCurrent() {
        Screen screen = viewModel.currentProperty().get();
        if (screen == null) {
            content.getChildren().clear();
            return;
        }
        content.getChildren().setAll(screen.view());
        entries.values().forEach(entry -> entry.setSelected(false));
        entries.get(screen).setSelected(true);
    }

    private void shortcut(KeyEvent event) {
        if (SEARCH.match(event)) {
            viewModel.focusSearch();
            event.consume();
        } else if (NEW.match(event)) {
            viewModel.startNew();
            event.consume();
        } else if (LOCK.match(event)) {
            viewModel.lock();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode().isDigitKey()) {
            for (int index = 0; index < viewModel.screens().size(); index++) {
                if (ScreenKey.at(index).filter(key -> key.combination().match(event)).isPresent()) {
                    viewModel.select(viewModel.screens().get(index));
                    event.consume();
                    return;
                }
            }
        }
    }
}
