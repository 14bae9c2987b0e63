package org.villageregistry.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the folders of the sample township ({@code sample-data/} below the working directory): the township
 * workstation first, then its villages. Which of them really hold a register the login window checks itself.
 */
public final class SampleWorkstations {
    private static final String SAMPLE_DATA = "sample-data";

    private SampleWorkstations() {
    }

    public static List<Path> below(Path workingDirectory) {
        Path samples = workingDirectory.resolve(SAMPLE_DATA).toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        Path township = samples.resolve("township");
        if (Files.isDirectory(township)) {
            found.add(township);
        }
        found.addAll(folders(samples.resolve("villages")));
        folders(samples).stream().filter(folder -> !found.contains(folder)).forEach(found::add);
        return List.copyOf(found);
    }

    private static List<Path> folders(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().equals("villages"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
