package org.villageregistry.service.sync;

import java.nio.file.Path;

/**
 * For the sample generator and installers that set up a township with its villages on one machine: the
 * village and the township exchange enrolment files through a folder, as they would on a USB stick.
 */
public final class EnrolBothWays {
    private EnrolBothWays() {
    }

    /** Writes both enrolment files into {@code folder} (they stay there for the sample's readers). */
    public static void between(SyncServices township, SyncServices village, Path folder) {
        Path villageFile = village.enrolment().export(folder).file();
        township.enrolment().importFile(villageFile, true);
        Path townshipFile = township.enrolment().export(folder).file();
        village.enrolment().importFile(townshipFile, true);
    }
}
