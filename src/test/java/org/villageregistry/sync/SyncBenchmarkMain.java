package org.villageregistry.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import org.villageregistry.storage.H2RegisterStore;

/** Runs {@link SyncBenchmark} from the test class path: {@code java -Xmx512m … SyncBenchmarkMain}. */
public final class SyncBenchmarkMain {
    private SyncBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("vreg-bench");
        SyncBenchmark.run(new H2RegisterStore(), work, System.out::println,
                new org.villageregistry.storage.BareBatchFloor(java.time.Clock.systemUTC()));
    }
}
