package org.villageregistry.service.bench;

import java.nio.file.Path;
import java.util.List;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.FileTraffic;

/**
 * What the storage engine itself does with the same rows: the records written as the register stores them (state
 * plus typed columns and indexes) by a bare JDBC batch into a new encrypted database, one commit per village. A
 * figure of the program means most beside this floor.
 */
@FunctionalInterface
public interface WriteFloor {
    /** Writes the records (one list per village) into a new database under {@code folder}. */
    Written write(Path folder, List<List<RegisterRecord>> villages);

    /**
     * The milliseconds the writing took, what the engine read and wrote of the file while it ran, and the CPU time of
     * the process's threads meanwhile, by group ({@link ThreadCpu}).
     */
    record Written(long millis, FileTraffic traffic, java.util.Map<String, Long> cpu) {
    }
}
