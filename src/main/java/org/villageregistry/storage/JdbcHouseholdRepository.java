package org.villageregistry.storage;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.repository.HouseholdRepository;

/** Households, numbered per village. */
final class JdbcHouseholdRepository extends JdbcRecordRepository<Household> implements HouseholdRepository {
    JdbcHouseholdRepository(JdbcTransactions tx, ChangeJournal journal, PersonSearchIndex index) {
        super(Tables.HOUSEHOLD, tx, journal);
        onCommitted(index::put);
    }

    @Override
    public Optional<Household> findByNumber(String owner, String number) {
        return where("owner = ? AND number = ? AND NOT voided", owner, number).stream().findFirst();
    }

    @Override
    public List<Household> page(int offset, int limit) {
        return where("NOT voided ORDER BY owner, number, id LIMIT ? OFFSET ?", limit, offset);
    }

    @Override
    public long count() {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM household WHERE NOT voided"));
    }

    @Override
    public java.util.Map<String, Long> openCountsByOwner() {
        return tx.read(() -> {
            java.util.Map<String, Long> counts = new java.util.HashMap<>();
            Sql.each(tx.connection(), "SELECT owner, COUNT(*) FROM household WHERE NOT voided AND closed_on IS NULL"
                    + " GROUP BY owner", rs -> counts.put(rs.getString(1), rs.getLong(2)));
            return counts;
        });
    }

    /** One more than the highest numeric household number of the village, as four digits. */
    @Override
    public String nextNumber(String owner) {
        long highest = tx.read(() -> Sql.count(tx.connection(),
                "SELECT COALESCE(MAX(CAST(number AS BIGINT)), 0) FROM household"
                        + " WHERE owner = ? AND REGEXP_LIKE(number, '^[0-9]{1,9}$')", owner));
        return "%04d".formatted(highest + 1);
    }
}
