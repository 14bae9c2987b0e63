package org.villageregistry.ui.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.villageregistry.domain.repository.RegisterStore;

/**
 * Copies a workstation of the sample township to a folder of the user's own before it is opened, so signing in
 * to the sample (which writes to its database) never changes the committed {@code sample-data}.
 */
public final class SampleCopy {
    private SampleCopy() {
    }

    /** {@code ~/.village-registry-sample}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".village-registry-sample");
    }

    /** The copy of {@code sample} below {@code copies}; made now unless a copy with a register is there. */
    public static Path copy(Path sample, Path copies, RegisterStore store) {
        Path target = copies.resolve(sample.getFileName().toString()).toAbsolutePath().normalize();
        if (store.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(target);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sample)) {
                files = walk.toList();
            }
            for (Path source : files) {
                Path destination = target.resolve(sample.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else if (!source.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(source, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
