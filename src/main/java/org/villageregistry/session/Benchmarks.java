package org.villageregistry.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.villageregistry.service.bench.GoalSheet;

/** The parts of {@code vreg bench} that need modules the command line does not see (the sync module's crypto). */
public interface Benchmarks {
    /** How big the hand-off is: the village exported and verified, and the township's import of village snapshots. */
    record Size(int villagePersons, int villages, int personsPerVillage) {
        /** The targets: a 2,000-person village; 40 village snapshots, 60,000 persons in all. */
        public static final Size TARGET = new Size(2_000, 40, 1_500);
    }

    /**
     * Times the USB hand-off on generated registers in {@code work}: snapshot export, verify, an incremental
     * bundle and a township importing the villages' snapshots; one line a step to {@code report}; {@code process}
     * imports the same snapshots as {@code vreg import} in a process of its own, for the memory goal.
     */
    void syncHandOff(Path work, Consumer<String> report, Size size, GoalSheet goals,
            org.villageregistry.service.bench.ImportProcess process) throws IOException;

    /** How big the county is: townships, villages per township, persons per village. */
    record CountySize(int townships, int villages, int persons) {
        /** The target of issue 13: 20 townships × 25 villages × 2,000 persons, a million. */
        public static final CountySize TARGET = new CountySize(20, 25, 2_000);
    }

    /**
     * Times the county's intake of generated townships into an embedded PostgreSQL in {@code work} against the
     * floor of a bare COPY, a period's county statistics and the indicators page; one line a step to {@code report}.
     */
    void county(Path work, Consumer<String> report, CountySize size) throws IOException, InterruptedException;
}
