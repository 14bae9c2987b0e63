package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.List;
import org.villageregistry.domain.record.RegisterRecord;

/** Records of something that happened on a day (a birth, a death, a marriage, a move, a visit), read by that day. */
class JdbcDatedRepository<T extends RegisterRecord> extends JdbcRecordRepository<T> {
    private final String dateColumn;
    private final String order;

    /**
     * @param dateColumn the column of the day, e.g. "born_on"
     * @param order      the order of records on the same days, e.g. "born_on, birth_order"; then by id, so that records
     *                   alike come in one order at a village and at the township that stored them in another
     */
    JdbcDatedRepository(RecordTable<T> table, String dateColumn, String order, JdbcTransactions tx,
            ChangeJournal journal) {
        super(table, tx, journal);
        this.dateColumn = dateColumn;
        this.order = order;
    }

    /** The records not voided whose day lies from {@code from} to {@code to}, both included. */
    public List<T> between(LocalDate from, LocalDate to) {
        return where("NOT voided AND " + dateColumn + " BETWEEN ? AND ? ORDER BY " + order + ", id", from, to);
    }
}
