package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's {@code vreg import} process is started with {@link LauncherMemory#OPTIONS}: the memory goal holds
 * only while every launcher gives the program the same options (docs/decisions/0021-launcher-memory.md).
 */
class LauncherMemoryTest {
    @Test
    void theVregScriptStartsTheProgramWithTheMemoryOptions() throws Exception {
        String script = Files.readString(Path.of("installer", "vreg"));

        assertThat(script).contains("mem=\"" + String.join(" ", LauncherMemory.OPTIONS) + "\"")
                .containsPattern("exec \"\\$java\" [^\\n]*\\$mem [^\\n]*org\\.villageregistry\\.app\\.Launcher");
    }

    @Test
    void theInstalledProgramsLaunchersCarryTheSameOptions() throws Exception {
        for (Path args : List.of(Path.of("installer", "linux", "jpackage.args"),
                Path.of("installer", "windows", "jpackage.args"))) {
            List<String> javaOptions = Files.readAllLines(args).stream().filter(l -> l.startsWith("--java-options "))
                    .map(l -> l.substring("--java-options ".length()).trim()).toList();
            assertThat(javaOptions).as(args.toString()).containsAll(LauncherMemory.OPTIONS);
        }
    }

    @Test
    void theDesktopsLauncherHasTheMainLaunchersOptionsAndTheQuickCompiler() throws Exception {
        List<String> main = javaOptions(Path.of("installer", "linux", "jpackage.args"));
        List<String> desktop = Files.readAllLines(Path.of("installer", "linux", "desktop-launcher.properties")).stream()
                .filter(l -> l.startsWith("java-options=")).flatMap(l -> Arrays.stream(l.substring(13).trim().split(" +")))
                .toList();

        // jpackage gives an added launcher its own options instead of the main launcher's: all of them again
        assertThat(desktop).containsAll(main).containsAll(LauncherMemory.OPTIONS).contains(LauncherMemory.DESKTOP_JIT)
                .hasSize(main.size() + 1);
        assertThat(main).as("the command line and the county server keep the full compiler")
                .doesNotContain(LauncherMemory.DESKTOP_JIT);
        assertThat(Files.readString(Path.of("pom.xml")))
                .contains("<option>village-registry-desktop=${project.basedir}/installer/linux/desktop-launcher.properties");
        assertThat(Files.readString(Path.of("installer", "linux", "deb", "desktop", "village-registry.desktop")))
                .as("GTK's own OpenGL off (decision 0042)")
                .contains("\nExec=env GDK_GL=disable /opt/village-registry/bin/village-registry-desktop %f\n");
        assertThat(Files.readString(Path.of("installer", "vreg"))).contains("export GDK_GL=\"${GDK_GL:-disable}\"");
        assertThat(javaOptions(Path.of("installer", "windows", "jpackage.args")))
                .as("on Windows the one launcher is the desktop's").contains(LauncherMemory.DESKTOP_JIT);
    }

    private static List<String> javaOptions(Path args) throws Exception {
        return Files.readAllLines(args).stream().filter(l -> l.startsWith("--java-options "))
                .map(l -> l.substring("--java-options ".length()).trim()).toList();
    }

    @Test
    void theImportProcessNotesItsHeapLimitAndOptions() {
        assertThat(ImportProcessBench.how(LauncherMemory.OPTIONS)).startsWith("heap limit -Xmx512m; options: ")
                .contains("-XX:+UseSerialGC");
        assertThat(ImportProcessBench.how(List.of("-XX:SharedArchiveFile=/x.jsa", "-Xlog:cds=off")))
                .startsWith("no -Xmx: the JVM's default heap limit").endsWith("options: none");
    }

    @Test
    void theHighWaterMarkIsReadFromAProcStatusFile() throws Exception {
        Path status = Files.createTempFile("status", ".txt");
        try {
            Files.writeString(status, "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t  280000 kB\nVmRSS:\t  250000 kB\n");
            assertThat(ImportProcessBench.highWaterMark(status)).isEqualTo(280_000L * 1024);
            assertThat(ImportProcessBench.highWaterMark(status.resolveSibling("gone-" + status.getFileName())))
                    .isEqualTo(-1);
        } finally {
            Files.delete(status);
        }
    }

    @Test
    void theCollectorsPausesAreSummedFromItsLog() throws Exception {
        Path log = Files.createTempFile("gc", ".log");
        try {
            Files.writeString(log, String.join("\n",
                    "[0.004s][info][gc] Using Serial",
                    "[1.098s][info][gc] GC(7) Pause Full (Allocation Failure) 28M->28M(44M) 11.984ms",
                    "[1.160s][info][gc] GC(8) Pause Young (Allocation Failure) 39M->27M(44M) 2.516ms",
                    "[2.264s][info][gc] GC(19) Pause Full (Metadata GC Threshold) 63M->11M(72M) 19.992ms", ""));
            assertThat(ImportProcessBench.pauses(log)).containsExactly(3, 34);
            assertThat(ImportProcessBench.pauses(log.resolveSibling("gone-" + log.getFileName())))
                    .containsExactly(-1, -1);
        } finally {
            Files.delete(log);
        }
    }
}
