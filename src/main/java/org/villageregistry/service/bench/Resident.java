package org.villageregistry.service.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The resident memory of this process (Linux: {@code VmRSS} of /proc/self/status), and a watcher that keeps the
 * highest value seen while a step runs.
 */
public final class Resident implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");

    private final Thread watcher;
    private volatile long peak;

    private Resident() {
        peak = bytes();
        watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak = Math.max(peak, bytes());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "resident-memory-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts watching; {@link #close} stops, {@link #peakBytes} is the highest resident size seen. */
    public static Resident watch() {
        return new Resident();
    }

    public long peakBytes() {
        return Math.max(peak, bytes());
    }

    @Override
    public void close() {
        watcher.interrupt();
    }

    /** The resident size now, in bytes; -1 where the system does not tell. */
    public static long bytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
