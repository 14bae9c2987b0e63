package org.villageregistry.service.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time of every thread of this process while a step runs, the JVM's own among them (its compilers, its
 * collector), by name, from Linux's per-thread counters ({@code /proc/self/task/N/stat}: user and system time in
 * clock ticks, 10 ms each). Threads that start and end inside the step count too: a watcher reads the counters
 * every 50 ms and keeps each thread's last figure. Where the system has no such files the step reads as empty.
 *
 * <p>What it answers: where a step's time goes when the step is bound by the machine's cores, not by one thread
 * (issue 17: the township import beside its floor).
 */
public final class ThreadCpu implements AutoCloseable {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long MILLIS_PER_TICK = 10;

    /** The groups the report names, in its order, each with the start of the thread names it takes (Linux keeps 15 characters of a name). */
    private static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry("next bundle (open, decrypt, parse, hash)", List.of("vreg-bundle-ahe")),
            Map.entry("H2's writer (serialize, encrypt, write)", List.of("H2-", "MVStore backgro")),
            Map.entry("compilers", List.of("C1 CompilerThre", "C2 CompilerThre")),
            Map.entry("collector and VM", List.of("GC Thread", "G1 ", "VM Thread", "VM Periodic", "Service Thread")));

    private final String stepThread;
    private final Map<String, Long> before;
    private final Map<String, Long> latest = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Thread watcher;

    private ThreadCpu() {
        stepThread = currentThreadId();
        before = read();
        watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                record();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "thread-cpu-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts counting from now, for the calling thread (the step's own) and every other. */
    public static ThreadCpu watch() {
        return new ThreadCpu();
    }

    /** Stops and gives the CPU milliseconds spent since {@link #watch}, by group; empty where the system does not tell. */
    public Map<String, Long> stop() {
        watcher.interrupt();
        try {
            watcher.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record();
        Map<String, Long> out = new LinkedHashMap<>();
        if (latest.isEmpty()) {
            return out;
        }
        out.put("the step's own thread", 0L);
        GROUPS.forEach(g -> out.put(g.getKey(), 0L));
        out.put("other", 0L);
        synchronized (latest) {
            latest.forEach((tid, ticks) -> {
                long spent = (ticks - before.getOrDefault(tid, 0L)) * MILLIS_PER_TICK;
                if (spent > 0 && !names.get(tid).equals("thread-cpu-watc")) {
                    out.merge(groupOf(tid, names.get(tid)), spent, Long::sum);
                }
            });
        }
        return out;
    }

    @Override
    public void close() {
        watcher.interrupt();
    }

    /** "the step's own thread 1,440 ms, next bundle … 900 ms, …": the groups that spent any time. */
    public static String describe(Map<String, Long> spent) {
        if (spent.isEmpty()) {
            return "not known on this system";
        }
        StringBuilder text = new StringBuilder();
        spent.forEach((group, millis) -> {
            if (millis > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(group)
                        .append(String.format(Locale.ROOT, " %,d ms", millis));
            }
        });
        return text.toString();
    }

    private String groupOf(String tid, String name) {
        if (tid.equals(stepThread)) {
            return "the step's own thread";
        }
        for (Map.Entry<String, List<String>> g : GROUPS) {
            if (g.getValue().stream().anyMatch(name::startsWith)) {
                return g.getKey();
            }
        }
        return "other";
    }

    private void record() {
        Map<String, Long> now = read();
        synchronized (latest) {
            latest.putAll(now);
        }
    }

    /** Each thread's user plus system ticks, by its id; its name into {@link #names}. */
    private Map<String, Long> read() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    // after the name: state(0) ppid … utime is field 14 of the line, index 11 here; stime index 12
                    long spent = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    String tid = task.getFileName().toString();
                    ticks.put(tid, spent);
                    synchronized (latest) {
                        names.put(tid, stat.substring(open + 1, close));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The calling thread's id as Linux numbers it ({@code /proc/thread-self} is {@code PID/task/TID}). */
    private static String currentThreadId() {
        try {
            return Path.of("/proc/thread-self").toRealPath().getFileName().toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
