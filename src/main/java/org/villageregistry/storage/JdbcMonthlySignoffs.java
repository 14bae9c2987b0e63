package org.villageregistry.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.MonthlySignoffs;

/** The monthly sign-off rows of V9__signoff.sql. */
final class JdbcMonthlySignoffs implements MonthlySignoffs {
    private static final String COLUMNS = "village, period, submission_id, figures, state, submitted_at, submitted_by,"
            + " bundle_id, decided_at, decided_by, reason";

    private final JdbcTransactions tx;

    JdbcMonthlySignoffs(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Signoff> find(String village, String period) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + COLUMNS + " FROM monthly_signoff"
                + " WHERE village = ? AND period = ?", JdbcMonthlySignoffs::row, village, period).stream().findFirst());
    }

    @Override
    public List<Signoff> ofPeriod(String period) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + COLUMNS + " FROM monthly_signoff"
                + " WHERE period = ? ORDER BY village", JdbcMonthlySignoffs::row, period));
    }

    @Override
    public List<Signoff> ofVillage(String village) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + COLUMNS + " FROM monthly_signoff"
                + " WHERE village = ? ORDER BY period", JdbcMonthlySignoffs::row, village));
    }

    @Override
    public void save(Signoff s) {
        tx.write(() -> Sql.update(tx.connection(), "MERGE INTO monthly_signoff (" + COLUMNS + ") KEY (village, period)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)", s.village(), s.period(), s.submissionId(), s.figuresJson(),
                s.state().name(), s.submittedAt().toString(), s.submittedBy(), s.bundleId().orElse(null),
                s.decidedAt().map(Instant::toString).orElse(null), s.decidedBy().orElse(null),
                s.reason().orElse(null)));
    }

    private static Signoff row(ResultSet rs) throws SQLException {
        return new Signoff(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                State.valueOf(rs.getString(5)), Instant.parse(rs.getString(6)), rs.getString(7),
                Optional.ofNullable(rs.getObject(8, UUID.class)),
                Optional.ofNullable(rs.getString(9)).map(Instant::parse), Optional.ofNullable(rs.getString(10)),
                Optional.ofNullable(rs.getString(11)));
    }
}
