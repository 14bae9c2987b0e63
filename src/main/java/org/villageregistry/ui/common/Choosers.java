package org.villageregistry.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.villageregistry.ui.settings.LastFolder;

/**
 * The file and folder dialogs of the screens: each starts in the folder last chosen on this workstation (the USB
 * stick, usually) and remembers the folder of what is chosen, so the next dialog, and a report to save, start
 * there too.
 */
public final class Choosers {
    private final LastFolder last;

    public Choosers(LastFolder last) {
        this.last = last;
    }

    /** A folder to read from or write into. */
    public Optional<Path> folder(Node owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        last.get().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return remembered(chooser.showDialog(window(owner)));
    }

    /** A file to open, of the kinds given. */
    public Optional<Path> open(Node owner, String title, List<FileChooser.ExtensionFilter> kinds) {
        return remembered(fileChooser(title, kinds, "").showOpenDialog(window(owner)));
    }

    /** A file to write, offered under {@code suggestedName} in the last folder; the dialog itself asks back. */
    public Optional<Path> save(Node owner, String title, List<FileChooser.ExtensionFilter> kinds,
                               String suggestedName) {
        return remembered(fileChooser(title, kinds, suggestedName).showSaveDialog(window(owner)));
    }

    /** The chooser as {@link #save} shows it, for a caller that needs the kind the registrar picked. */
    public FileChooser fileChooser(String title, List<FileChooser.ExtensionFilter> kinds, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(kinds);
        if (!suggestedName.isEmpty()) {
            chooser.setInitialFileName(suggestedName);
        }
        last.get().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** Keeps the folder of a chosen file or folder for the next dialog. */
    public Optional<Path> remembered(File chosen) {
        Optional<Path> path = Optional.ofNullable(chosen).map(File::toPath);
        path.ifPresent(last::remember);
        return path;
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
