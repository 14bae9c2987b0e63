package org.villageregistry.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.villageregistry.service.UserCache;

/**
 * The class-data-sharing options of the {@code vreg} launcher script ({@code installer/vreg}) for the program's
 * jar, worked out the same way, so the benchmark starts {@code vreg find} as that script does. The archive lives
 * in the user's cache folder, named after the jar's size and time so a new jar gets a new archive: on JDK 19 and
 * later {@code -XX:+AutoCreateSharedArchive} makes and refreshes it; on JDK 17 the first run writes it at exit
 * ({@code -XX:ArchiveClassesAtExit}) and later runs map it ({@code -XX:SharedArchiveFile}). Class data sharing
 * takes only jars: a class path with folders (a build's {@code target/classes}) gets no archive.
 */
final class CdsArchive {
    private CdsArchive() {
    }

    /**
     * Commands that run long enough for the optimising compiler to pay off; the others start with C1 only. Not
     * {@code import}: a township's import of 40 snapshots spent more CPU compiling with C2 (about 35 s of compiler
     * threads on 2 cores) than C2's code saved; with C1 only it took 30 s instead of 43 s and peaked at 190 MB
     * resident instead of 242 MB (docs/decisions/0023).
     */
    static final java.util.Set<String> LONG_RUNNING = java.util.Set.of("bench", "sample", "county",
            "ledger", "report");

    /**
     * The launcher's JVM options for {@code command}: the class-data-sharing archive, and for a short command
     * {@code -XX:TieredStopAtLevel=1} (only the quick compiler: it compiles what start-up runs sooner and with less
     * CPU; measured 1.8 s instead of 2.7 s of CPU for {@code vreg find} with the archive).
     */
    static List<String> options(String classPath, String command) {
        List<String> out = new java.util.ArrayList<>(options(classPath));
        if (!LONG_RUNNING.contains(command)) {
            out.add("-XX:TieredStopAtLevel=1");
        }
        return out;
    }

    static List<String> options(String classPath) {
        if (classPath == null || classPath.isBlank() || classPath.contains(File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return List.of();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive;
        try {
            archive = archive(jar);
            Files.createDirectories(archive.getParent());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (Runtime.version().feature() >= 19) {
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive);
        }
        return Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                : List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** {@code ~/.cache/village-registry/village-registry-<size>-<mtime seconds>.jsa}, as installer/vreg names it. */
    static Path archive(Path jar) throws IOException {
        Path folder = UserCache.folder();
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        return folder.resolve(name + "-" + Files.size(jar) + "-"
                + Files.getLastModifiedTime(jar).toMillis() / 1000 + ".jsa");
    }
}
