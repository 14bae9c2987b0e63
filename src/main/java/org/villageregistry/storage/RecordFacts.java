package org.villageregistry.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * The few columns a count reads of every record of one table, in memory, as {@link PersonFacts} keeps the
 * persons' (docs/decisions/0022, 0027): read once on first use, kept current after each commit through the
 * repository's commit hook. Inside a write that has saved records, they are read from the table for that use
 * alone (the write's own records are not committed yet). Every use happens under the register's one lock.
 *
 * @param <R> the record saved
 * @param <F> its facts
 */
final class RecordFacts<R extends RegisterRecord, F> {
    /** Adds one row of the facts' query to the facts by record id (a record may span rows, e.g. a join). */
    interface RowReader<F> {
        void read(ResultSet rs, Map<UUID, F> facts) throws SQLException;
    }

    private final String select;
    private final RowReader<F> reader;
    private final Function<R, F> ofSaved;
    private final Map<UUID, F> facts = new HashMap<>();
    private boolean built;

    /**
     * @param select the query of every record's facts (voided records left out)
     * @param ofSaved the facts of a saved record (null when voided: it is dropped)
     */
    RecordFacts(String select, RowReader<F> reader, Function<R, F> ofSaved) {
        this.select = select;
        this.reader = reader;
        this.ofSaved = ofSaved;
    }

    Collection<F> all(JdbcTransactions tx) {
        if (tx.savedUncommitted()) {
            Map<UUID, F> uncommitted = new HashMap<>();
            read(tx, uncommitted);
            return uncommitted.values();
        }
        if (!built) {
            facts.clear();
            read(tx, facts);
            built = true;
        }
        return Collections.unmodifiableCollection(facts.values());
    }

    private void read(JdbcTransactions tx, Map<UUID, F> into) {
        Sql.each(tx.connection(), select, rs -> reader.read(rs, into));
    }

    /** After a commit: the saved record's facts replace those kept. */
    void put(R saved) {
        if (!built) {
            return; // the build reads the committed table
        }
        F f = saved.voidReason() == null ? ofSaved.apply(saved) : null;
        if (f == null) {
            facts.remove(saved.id());
        } else {
            facts.put(saved.id(), f);
        }
    }
}
