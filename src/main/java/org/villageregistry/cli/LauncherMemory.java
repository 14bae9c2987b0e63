package org.villageregistry.cli;

import java.util.List;

/**
 * The memory options every launcher gives the JVM (installer/vreg, installer/linux/jpackage.args and
 * installer/windows/jpackage.args; a test keeps them the same), so that a township workstation stays under 300 MB
 * resident (docs/decisions/0021): the serial collector (no G1 remembered sets or concurrent threads on a 2-core
 * laptop), a heap that starts at 32 MB and gives memory back when it is more than 30 % free (the township's import
 * lives in about 70 MB), and a limit of 512 MB for the large reports and workbooks instead of a quarter of the memory.
 * The young generation is at most 32 MB (by default a third of the heap, up to 170 MB, all of it touched between
 * collections): the desktop's session then peaks 100 MB lower, the command line's import the same (decision 0025).
 */
final class LauncherMemory {
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx512m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-XX:MaxNewSize=32m");
    /**
     * The desktop's launchers add the quick compiler only (installer/linux/desktop-launcher.properties, the
     * Windows launcher, and installer/vreg without a command): a desktop session without C2's compilations, their
     * native memory and its larger code keeps 40-80 MB less resident at every step (decision 0028).
     */
    static final String DESKTOP_JIT = "-XX:TieredStopAtLevel=1";

    private LauncherMemory() {
    }
}
