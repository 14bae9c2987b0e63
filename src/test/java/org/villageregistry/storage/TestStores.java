package org.villageregistry.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.villageregistry.domain.repository.Register;

/**
 * For tests outside storage: a store with cheap Argon2, the whole content of a register as SQL, and plain SQL
 * run behind the program's back (as someone with the password and an H2 console could), and the clean-up after
 * a test that made a register in a folder of its own.
 */
public final class TestStores {
    private TestStores() {
    }

    public static H2RegisterStore quick(Clock clock) {
        return new H2RegisterStore(clock, List.of(H2RegisterStore.MIGRATIONS), RegisterFixture.QUICK);
    }

    /** As {@link #quick}, but every close compacts the file into a new one that replaces it (decision 0020). */
    public static H2RegisterStore compactingEveryClose(Clock clock) {
        return quick(clock).compacting(RegisterCompaction.Criterion.ALWAYS);
    }

    /** Whether the register's close compacted its file. */
    public static boolean compacted(Register register) {
        return ((H2Register) register).compacted().isPresent();
    }

    /** Closes the register and deletes its home folder with everything in it. */
    public static void closeAndDelete(Register register, Path home) throws IOException {
        register.close();
        try (var files = Files.walk(home)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Every table's rows as H2's SCRIPT writes them: equal dumps mean equal databases. */
    public static String dump(Register register) {
        JdbcTransactions tx = (JdbcTransactions) register.transactions();
        return tx.read(() -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = tx.connection().createStatement();
                 ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        });
    }

    /** Runs one statement on the open register's database, past every service and chain; returns rows changed. */
    public static int behindTheProgramsBack(Register register, String sql) {
        JdbcTransactions tx = (JdbcTransactions) register.transactions();
        return tx.write(() -> {
            try (Statement s = tx.connection().createStatement()) {
                return s.executeUpdate(sql);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Every table's row count (name=count, in name order) as H2 keeps it for each table, in one cheap query
     * (no scan of the sample registers): equal counts after an import mean nothing was added or removed.
     */
    public static String rowCounts(Register register) {
        JdbcTransactions tx = (JdbcTransactions) register.transactions();
        return tx.read(() -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = tx.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT TABLE_NAME, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES"
                         + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        });
    }
}
