package org.villageregistry.service.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.villageregistry.domain.text.RegistryException;

/**
 * Why a file the registrar asked for (a report, a ledger, a backup) could not be saved into the folder chosen:
 * the folder is gone (stick pulled out), read-only, full, or something else, each with its own message that says
 * the file was not saved and what to do. The register itself is never touched by such a failure.
 */
public final class WriteFailure {
    private WriteFailure() {
    }

    /** Refuses before writing when the chosen folder is not there (the stick was pulled out, the folder deleted). */
    public static void requireFolder(Path file) {
        Path folder = folderOf(file);
        if (!Files.isDirectory(folder)) {
            throw new RegistryException("file.write.folderMissing", file.getFileName().toString(), folder.toString());
        }
    }

    /** The clearest message for a failure while saving {@code file}. */
    public static RegistryException explain(Throwable failure, Path file) {
        Path folder = folderOf(file);
        String name = file.getFileName().toString();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String reason = String.valueOf(t instanceof FileSystemException fse ? fse.getReason() : t.getMessage())
                    .toLowerCase(Locale.ROOT);
            if (reason.contains("no space left") || reason.contains("not enough space")
                    || reason.contains("disk full") || reason.contains("disk quota")) {
                return new RegistryException(failure, "file.write.diskFull", name, folder.toString());
            }
            if (t instanceof AccessDeniedException || reason.contains("read-only")
                    || reason.contains("permission denied")) {
                return new RegistryException(failure, "file.write.readOnly", name, folder.toString());
            }
        }
        if (!Files.isDirectory(folder) || failure instanceof NoSuchFileException
                || failure instanceof NotDirectoryException) {
            return new RegistryException(failure, "file.write.folderMissing", name, folder.toString());
        }
        return new RegistryException(failure, "file.write.failed", name, folder.toString(),
                failure instanceof IOException io && io.getMessage() != null ? io.getMessage()
                        : failure.getClass().getSimpleName());
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
