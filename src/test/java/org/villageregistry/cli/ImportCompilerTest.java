package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vreg import} starts with the quick compiler only, from the {@code vreg} script and in the benchmark's
 * import process alike (docs/decisions/0023); so does the desktop, for its memory (decision 0028); the long
 * commands keep the full compiler.
 */
class ImportCompilerTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path temp;

    @Test
    void theBenchmarksImportProcessUsesTheQuickCompiler() {
        assertThat(CdsArchive.options("target/classes", "import")).contains(QUICK);
        assertThat(CdsArchive.options("target/classes", "find")).contains(QUICK);
        assertThat(CdsArchive.options("target/classes", "bench")).doesNotContain(QUICK);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theVregScriptStartsImportWithTheQuickCompiler() throws Exception {
        assertThat(scriptStarts("import", "--home", "town", "stick/410103100001_000001.vrb.json")).contains(QUICK);
        assertThat(scriptStarts("find", "王秀英")).contains(QUICK);
        assertThat(scriptStarts("report", "month")).doesNotContain(QUICK);
        assertThat(scriptStarts("bench", "--scale", "village")).doesNotContain(QUICK);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theVregScriptStartsTheDesktopWithTheQuickCompiler() throws Exception {
        assertThat(scriptStarts()).contains(QUICK);
        assertThat(scriptStarts("--home", "town")).contains(QUICK);
        assertThat(scriptStarts("stick/410103100001_000001.vrb.json")).contains(QUICK);
        assertThat(scriptStarts("receipts/410103100_000003.vrr.json")).contains(QUICK);
    }

    /** The JVM options installer/vreg passes for these arguments, read from a stand-in java that prints them. */
    private List<String> scriptStarts(String... args) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "case \"$1\" in -XshowSettings*) echo '    java.specification.version = 17' >&2; exit 0 ;; esac\n"
                + "for a in \"$@\"; do echo \"$a\"; done\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(temp.resolve("village-registry.jar"), "not a jar");
        List<String> command = new ArrayList<>(List.of("sh", Path.of("installer", "vreg").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        pb.environment().put("VREG_JAR", jar.toString());
        pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        List<String> options = out.lines().takeWhile(l -> !l.equals("-cp")).toList();
        assertThat(options).as(out).contains("-XX:+UseSerialGC");
        return options;
    }
}
