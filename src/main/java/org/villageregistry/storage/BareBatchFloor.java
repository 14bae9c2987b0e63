package org.villageregistry.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.FileTraffic;
import org.villageregistry.service.bench.ThreadCpu;
import org.villageregistry.service.bench.WriteFloor;

/**
 * The benchmark's floor for writing records: a new encrypted register database (the real migrations), then every
 * village's records as INSERT batches into their tables with their typed columns and indexes (those dropped since
 * included), one commit per village. The JSON of each record is made before the clock starts; only the writing is
 * timed. H2's counters of the file's reads and writes are taken around it too.
 */
public final class BareBatchFloor implements WriteFloor {
    /**
     * Indexes the record tables had when issue 17 defined this floor and a later migration dropped (V13, V14, V16): the
     * floor still writes them, so it stays the same measure and an import that writes less than it shows in the ratio.
     */
    static final List<String> INDEXES_DROPPED_SINCE = List.of("CREATE INDEX person_owner ON person(owner)",
            "CREATE INDEX person_mother ON person(mother_id)", "CREATE INDEX person_father ON person(father_id)",
            "CREATE INDEX person_birth_date ON person(birth_date)", "CREATE INDEX person_id_number ON person(id_number)",
            "CREATE INDEX person_household ON person(household_id)");

    private final Clock clock;

    public BareBatchFloor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Written write(Path folder, List<List<RegisterRecord>> villages) {
        List<Map<EntityType, List<Object[]>>> rows = new ArrayList<>();
        for (List<RegisterRecord> village : villages) {
            Map<EntityType, List<Object[]>> byKind = new EnumMap<>(EntityType.class);
            for (RegisterRecord r : village) {
                byKind.computeIfAbsent(r.entityType(), k -> new ArrayList<>()).add(values(r));
            }
            rows.add(byKind);
        }
        RegisterDatabase database = new RegisterDatabase(folder, DatabaseKey.random(),
                List.of(H2RegisterStore.MIGRATIONS), clock);
        try (Connection c = database.open(false)) {
            for (String index : INDEXES_DROPPED_SINCE) {
                Sql.update(c, index);
            }
            c.setAutoCommit(false);
            FileTraffic before = H2Register.fileTraffic(c, folder);
            ThreadCpu cpu = ThreadCpu.watch();
            long t = System.nanoTime();
            for (Map<EntityType, List<Object[]>> village : rows) {
                village.forEach((kind, batch) -> {
                    RecordTable<?> table = Tables.of(kind);
                    Sql.batch(c, "INSERT INTO " + table.name() + " (" + table.columnNames() + ") VALUES ("
                            + table.parameterMarks() + ")", batch);
                });
                c.commit();
            }
            long millis = (System.nanoTime() - t) / 1_000_000;
            java.util.Map<String, Long> spent = cpu.stop();
            // what the last commit left for H2's writer is stored before counting (not timed: the import's count,
            // too, is taken once its last store is done)
            Sql.update(c, "CHECKPOINT");
            return new Written(millis, H2Register.fileTraffic(c, folder).since(before), spent);
        } catch (SQLException e) {
            throw StorageFailure.explain(e, folder);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends RegisterRecord> Object[] values(T record) {
        RecordTable<T> table = (RecordTable<T>) Tables.of(record.entityType());
        return table.insertValues(record, RecordJson.write(record));
    }
}
