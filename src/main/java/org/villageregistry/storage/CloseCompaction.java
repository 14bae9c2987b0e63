package org.villageregistry.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closing a register whose file is mostly old chunks compacts it fully ({@code SHUTDOWN COMPACT}): H2 keeps every
 * chunk a commit replaces for its {@code RETENTION_TIME}, so a load or an import of many commits leaves a file two
 * to three times its content, and its normal close (a {@code MAX_COMPACT_TIME} of 200 ms) reclaims little of it.
 * The full compaction rewrites the live pages at the start of the file (H2 compresses them on the way) and
 * truncates the rest, in place, within H2's own crash-safe store; it takes about a second per 30 MB of live data,
 * so it runs only when the file is much larger than its content ({@link #worthIt}): after a load, an import or
 * weeks of small edits, not on every close.
 */
final class CloseCompaction {
    static final long MIN_DEAD_BYTES = 1L << 20;
    static final int MAX_FILL_PERCENT = 75;
    static final long MIN_WRITTEN_BYTES = 4L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(CloseCompaction.class);

    private CloseCompaction() {
    }

    /**
     * Closes the database, compacting it first when {@link #worthIt}; a compaction that fails leaves the file as
     * it was (H2 then closes normally when the connection closes).
     */
    static void closeCompacting(Connection c) {
        try (Statement s = c.createStatement()) {
            if (worthIt(s)) {
                long t = System.nanoTime();
                s.execute("SHUTDOWN COMPACT");
                LOG.info("compacted the register while closing in {} ms", (System.nanoTime() - t) / 1_000_000);
            }
        } catch (SQLException e) {
            LOG.warn("compacting the register while closing failed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Worth it when H2 counts at least {@link #MIN_DEAD_BYTES} and a quarter of the file dead, or when this session
     * wrote at least {@link #MIN_WRITTEN_BYTES} and half the file's size (a load, an import, a long day of edits):
     * H2's fill rates count only pages inside chunks, not the holes between them, so after many commits they can
     * look full while the file is mostly free space.
     */
    static boolean worthIt(Statement s) throws SQLException {
        long fileSize = 0;
        long written = 0;
        int fill = 100;
        try (ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE',"
                + " 'info.FILE_WRITE_BYTES')")) {
            while (rs.next()) {
                long value = Long.parseLong(rs.getString(2).trim());
                switch (rs.getString(1)) {
                    case "info.FILE_SIZE" -> fileSize = value;
                    case "info.FILE_WRITE_BYTES" -> written = value;
                    default -> fill = (int) Math.min(fill, value);
                }
            }
        } catch (NumberFormatException e) {
            return false;
        }
        long dead = fileSize * (100 - fill) / 100;
        return dead >= MIN_DEAD_BYTES && fill <= MAX_FILL_PERCENT
                || written >= MIN_WRITTEN_BYTES && written >= fileSize / 2;
    }
}
