package org.villageregistry.domain.repository;

import java.util.Locale;

/**
 * What the storage engine read from and wrote to a register's file since it was opened, as its own counters give
 * it (for `vreg bench`): reads and writes counted as the engine issues them, and their bytes. They follow what the
 * engine was asked to do more than how fast the machine ran: the bytes written repeat within a few per cent from run
 * to run; what is read back also depends on when the engine's background writer stored, and varies more.
 */
public record FileTraffic(long reads, long readBytes, long writes, long writeBytes) {
    /** What happened between {@code before} and this. */
    public FileTraffic since(FileTraffic before) {
        return new FileTraffic(reads - before.reads, readBytes - before.readBytes, writes - before.writes,
                writeBytes - before.writeBytes);
    }

    /** "read 1,234 times (5.6 MB), written 78 times (9.0 MB)". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "read %,d times (%.1f MB), written %,d times (%.1f MB)", reads,
                readBytes / 1e6, writes, writeBytes / 1e6);
    }
}
