package org.villageregistry.service.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a file is replaced so that a kill or a power cut leaves the old file or the new one, whole:
 * {@code .<name>.part}, fsync, atomic rename, fsync the folder (without it the rename may be lost at a power cut).
 * Lives here so that storage ({@code keys.json}) and sync (bundles, receipts) share it.
 */
public final class DurableFile {
    private static final Logger LOG = LoggerFactory.getLogger(DurableFile.class);

    private DurableFile() {
    }

    /** Replaces {@code folder/name} by {@code content}; on failure the part file is removed and the old file kept. */
    public static Path replace(Path folder, String name, byte[] content) throws IOException {
        Path target = folder.resolve(name);
        Path part = folder.resolve("." + name + ".part");
        try {
            writeAndSync(part, content);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            throw e;
        }
        syncFolder(folder);
        return target;
    }

    private static void writeAndSync(Path part, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Some file systems (FAT on Windows) cannot open a folder for fsync; the rename is then all we have. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("folder fsync not possible here: {}", e.toString());
        }
    }
}
