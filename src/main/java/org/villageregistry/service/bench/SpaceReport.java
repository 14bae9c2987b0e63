package org.villageregistry.service.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.villageregistry.domain.repository.TableSpace;

/**
 * Where the bytes of a register go: each table with its indexes (rows, MB, bytes per row), the tables together,
 * and the rest of the file (H2's free space, old chunks not yet reclaimed, its own metadata), per person.
 */
public final class SpaceReport {
    /** Tables smaller than this are summed in one line. */
    private static final long SMALL = 100_000;

    private SpaceReport() {
    }

    public static String markdown(String title, List<TableSpace> tables, long fileBytes, int persons) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nWhere the bytes go: %s (%,d persons,"
                + " file %.1f MB, %,.0f bytes per person)%n%n", title, persons, fileBytes / 1e6,
                fileBytes / (double) Math.max(1, persons)));
        out.append("| table (with its indexes) | rows | MB | bytes per row | share of the file |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        long inTables = 0;
        long small = 0;
        long smallRows = 0;
        for (TableSpace t : tables.stream().sorted(Comparator.comparingLong(TableSpace::bytes).reversed()).toList()) {
            inTables += t.bytes();
            if (t.bytes() < SMALL) {
                small += t.bytes();
                smallRows += t.rows();
                continue;
            }
            out.append(row(t.table(), t.rows(), t.bytes(), fileBytes));
        }
        out.append(row("other tables", smallRows, small, fileBytes));
        out.append(String.format(Locale.ROOT, "| **all tables** | | %.2f | | %.0f %% |%n", inTables / 1e6,
                100.0 * inTables / Math.max(1, fileBytes)));
        long rest = Math.max(0, fileBytes - inTables);
        out.append(String.format(Locale.ROOT, "| free space, old chunks, H2 metadata | | %.2f | | %.0f %% |%n",
                rest / 1e6, 100.0 * rest / Math.max(1, fileBytes)));
        return out.toString();
    }

    private static String row(String name, long rows, long bytes, long fileBytes) {
        return String.format(Locale.ROOT, "| %s | %,d | %.2f | %s | %.0f %% |%n", name, rows, bytes / 1e6,
                rows == 0 ? "" : String.format(Locale.ROOT, "%,.0f", bytes / (double) rows),
                100.0 * bytes / Math.max(1, fileBytes));
    }
}
