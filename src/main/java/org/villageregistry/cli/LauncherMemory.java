package org.villageregistry.cli;

import java.util.List;

/** The memory options the launchers give the JVM (installer/vreg, installer/linux and windows jpackage.args). */
final class LauncherMemory {
    static final List<String> OPTIONS = List.of();

    private LauncherMemory() {
    }
}
