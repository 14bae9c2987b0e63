package org.villageregistry.sync.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.service.files.DurableFile;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;

/**
 * Writes a file so that it appears under its final name only when complete ({@link DurableFile}: {@code .<name>.part},
 * fsync, atomic rename, fsync the folder), then reads it back (USB sticks lie) and checks it. On any failure
 * neither the part file nor a file under the final name is left behind.
 */
public final class AtomicFileWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileWriter.class);

    private AtomicFileWriter() {
    }

    /**
     * @param check runs on the file under its final name after it was read back byte for byte; it throws a
     *              {@link SyncException} when the file is not what it should be
     */
    public static Path write(Path folder, String name, byte[] content, Consumer<Path> check) {
        Path target = folder.resolve(name);
        Path part = folder.resolve("." + name + ".part");
        if (!Files.isDirectory(folder)) {
            throw new SyncException(SyncProblem.WRITE_FOLDER_MISSING, name, folder.toString());
        }
        boolean renamed = false;
        try {
            DurableFile.replace(folder, name, content);
            renamed = true;
            readBack(target, content, name);
            check.accept(target);
            return target;
        } catch (IOException e) {
            cleanUp(part, renamed ? target : null);
            throw failure(e, name, folder);
        } catch (ReadOnlyFileSystemException e) {
            cleanUp(part, renamed ? target : null);
            throw new SyncException(e, SyncProblem.WRITE_READ_ONLY, name, folder.toString());
        } catch (RuntimeException e) {
            cleanUp(part, renamed ? target : null);
            throw e;
        }
    }

    private static void readBack(Path target, byte[] content, String name) throws IOException {
        if (Files.size(target) != content.length
                || !MessageDigest.isEqual(sha256(Files.readAllBytes(target)), sha256(content))) {
            throw new SyncException(SyncProblem.READ_BACK_FAILED, name);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cleanUp(Path part, Path target) {
        for (Path p : new Path[] {part, target}) {
            if (p == null) {
                continue;
            }
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("could not remove {} after a failed write: {}", p.getFileName(), e.toString());
            }
        }
    }

    private static SyncException failure(IOException e, String name, Path folder) {
        String reason = String.valueOf(e instanceof FileSystemException fse ? fse.getReason() : e.getMessage());
        if (reason.contains("No space left") || reason.contains("not enough space")
                || reason.contains("Disk quota")) {
            return new SyncException(e, SyncProblem.WRITE_DISK_FULL, name, folder.toString());
        }
        if (e instanceof AccessDeniedException || reason.contains("Read-only")) {
            return new SyncException(e, SyncProblem.WRITE_READ_ONLY, name, folder.toString());
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException || !Files.isDirectory(folder)) {
            return new SyncException(e, SyncProblem.WRITE_FOLDER_MISSING, name, folder.toString());
        }
        return new SyncException(e, SyncProblem.WRITE_FAILED, name, folder.toString(), reason);
    }
}
