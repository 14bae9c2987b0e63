package org.villageregistry.ui.sync;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.task.ScreenWork;

/** The parts both Sync screens use: the progress row with cancel, choosers, fingerprints, an enrolment check. */
final class SyncParts {
    private SyncParts() {
    }

    /** Progress bar, the current step and a cancel button; visible while work runs. */
    static HBox progressRow(ScreenWork work, Runnable cancel) {
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(work.progressProperty());
        bar.setMinWidth(120);
        Label step = new Label();
        step.setMinWidth(0);
        step.textProperty().bind(work.stepProperty());
        HBox.setHgrow(step, Priority.SOMETIMES);
        Button stop = new Button(Messages.get("syncui.cancel"), new FontIcon("mdi2c-close-circle-outline"));
        stop.setId("sync-cancel");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> cancel.run());
        HBox row = new HBox(10, bar, step, stop);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(work.busyProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    static Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Optional<Path> folder(Choosers choosers, Node owner, String titleKey) {
        return choosers.folder(owner, Messages.get(titleKey));
    }

    static Optional<Path> file(Choosers choosers, Node owner, String titleKey, String pattern) {
        return choosers.open(owner, Messages.get(titleKey), List.of(new FileChooser.ExtensionFilter(pattern, pattern)));
    }

    static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    static Label result(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setStyle("-fx-font-weight: bold;");
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** This workstation's two fingerprints, in groups of four, in a monospaced font. */
    static GridPane fingerprints(ReadOnlyObjectProperty<SyncCrypto.KeyFingerprints> own) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        Label signing = mono("sync-fp-signing");
        Label encryption = mono("sync-fp-encryption");
        own.addListener((o, was, now) -> {
            signing.setText(now == null ? "" : now.signingDisplay());
            encryption.setText(now == null ? "" : now.encryptionDisplay());
        });
        grid.addRow(0, new Label(Messages.get("syncui.fp.signing")), signing);
        grid.addRow(1, new Label(Messages.get("syncui.fp.encryption")), encryption);
        return grid;
    }

    static Label mono(String id) {
        Label l = new Label();
        l.setId(id);
        l.setStyle("-fx-font-family: monospace; -fx-font-size: 13px;");
        return l;
    }

    /** The checked enrolment file of the other side, with "accept" and "reject"; hidden when there is none. */
    static VBox candidate(ReadOnlyObjectProperty<VillageSyncViewModel.EnrolmentCandidate> candidate,
                          Runnable accept, Runnable reject) {
        Label who = new Label();
        who.getStyleClass().add(Styles.TITLE_4);
        Label signing = mono("sync-candidate-signing");
        Label encryption = mono("sync-candidate-encryption");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("syncui.fp.signing")), signing);
        grid.addRow(1, new Label(Messages.get("syncui.fp.encryption")), encryption);
        Button yes = button("sync-enrol-accept", "syncui.enrol.accept", "mdi2c-check-decagram", accept);
        yes.getStyleClass().add(Styles.SUCCESS);
        Button no = button("sync-enrol-reject", "syncui.enrol.reject", "mdi2c-close", reject);
        VBox box = new VBox(8, who, note(Messages.get("syncui.enrol.compare")), grid, new HBox(10, yes, no));
        box.setPadding(new Insets(10));
        box.setStyle("-fx-border-color: -color-accent-emphasis; -fx-border-radius: 6; -fx-background-radius: 6;");
        Consumer<VillageSyncViewModel.EnrolmentCandidate> show = c -> {
            box.setVisible(c != null);
            box.setManaged(c != null);
            if (c != null) {
                who.setText(Messages.get("syncui.enrol.candidate", c.check().divisionName(), c.check().division(),
                        c.file().getFileName()));
                signing.setText(c.check().fingerprints().signingDisplay());
                encryption.setText(c.check().fingerprints().encryptionDisplay());
            }
        };
        show.accept(candidate.get());
        candidate.addListener((o, was, now) -> show.accept(now));
        return box;
    }

    static VBox section(Node... children) {
        VBox box = new VBox(10, children);
        box.setPadding(new Insets(12, 0, 0, 0));
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }
}
