package org.villageregistry.county.store;

import java.nio.file.Path;

/** A county server's process, reduced to its embedded PostgreSQL: started, then killed by the test (kill -9). */
public final class EmbeddedCountyChild {
    private EmbeddedCountyChild() {
    }

    public static void main(String[] args) throws Exception {
        CountyDatabase.embedded(Path.of(args[0]));
        System.out.println("started");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
