package org.villageregistry.ui;

import org.villageregistry.service.ProgramBuild;

/**
 * The program's version and build date as the About box and the settings show them: from the jar's manifest
 * (see {@link ProgramBuild}), the same figures every printed page carries; "dev" when run from classes.
 */
public record AppVersion(String version, String built) {
    public static AppVersion current() {
        ProgramBuild build = ProgramBuild.running();
        return new AppVersion(build.version(), build.buildDate());
    }
}
