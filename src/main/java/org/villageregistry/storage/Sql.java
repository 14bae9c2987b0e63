package org.villageregistry.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: bind parameters, map rows, translate failures. */
final class Sql {
    private Sql() {
    }

    /** Maps one row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.explain(e, null);
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) {
        List<T> out = new ArrayList<>();
        each(c, sql, rs -> out.add(row.map(rs)), params);
        return out;
    }

    static long count(Connection c, String sql, Object... params) {
        List<Long> n = list(c, sql, rs -> rs.getLong(1), params);
        return n.isEmpty() ? 0 : n.get(0);
    }

    /** Streams rows without holding them all. */
    static void each(Connection c, String sql, RowAction action, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw StorageFailure.explain(e, null);
        }
    }

    /** Runs one statement for each parameter row as JDBC batches of at most 500 rows. */
    static void batch(Connection c, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
                if (++n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            if (n % 500 != 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw StorageFailure.explain(e, null);
        }
    }

    /** Runs "... IN (?, ?, …)" over the values in chunks of at most 500, so the statement stays small. */
    static <V> void eachIn(Connection c, String sqlBeforeIn, java.util.Collection<V> values, String sqlAfterIn,
                           RowAction action) {
        List<V> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += 500) {
            List<V> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            each(c, sqlBeforeIn + " IN (" + marks + ")" + sqlAfterIn, action, chunk.toArray());
        }
    }

    /** Acts on one row. */
    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }


    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDate d) {
                ps.setObject(i + 1, d);
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
