package org.villageregistry.service.bench;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every goal of the issue with what this run measured for it, PASS or MISS, its floor ratio where it has one and a
 * note (the steps of a sign-in, the size a figure was measured at); filled by the parts of {@code vreg bench} as
 * they run and printed as one Markdown table at the end, with the machine's load average beside it.
 */
public final class GoalSheet {
    /** What one goal measured. {@code exact}: measured at the goal's own size (else the verdict is "—"). */
    public record Figure(double value, String note, boolean exact) {
    }

    private final Map<Goal, Figure> figures = new EnumMap<>(Goal.class);
    private final double loadAtStart = load();

    /** Records a figure measured at the size the goal names. */
    public synchronized void measured(Goal goal, double value, String note) {
        figures.put(goal, new Figure(value, note, true));
    }

    /** Records a figure measured at another size than the goal's (a smaller scale): shown, not judged. */
    public synchronized void measuredSmaller(Goal goal, double value, String note) {
        figures.putIfAbsent(goal, new Figure(value, note, false));
    }

    public synchronized java.util.Optional<Figure> figure(Goal goal) {
        return java.util.Optional.ofNullable(figures.get(goal));
    }

    /** PASS, MISS, "—" (no goal of its own, or measured at another size) or "not measured". */
    public synchronized String verdict(Goal goal) {
        Figure f = figures.get(goal);
        if (f == null) {
            return "not measured";
        }
        if (Double.isNaN(goal.limit()) || !f.exact()) {
            return "—";
        }
        return f.value() <= goal.limit() ? "PASS" : "MISS";
    }

    public synchronized String markdown() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n## Goals (load average %.2f at the"
                + " start, %.2f at the end, %d cores)%n%n", loadAtStart, load(),
                Runtime.getRuntime().availableProcessors()));
        out.append("| goal | limit | measured | verdict | note |\n|---|---:|---:|---|---|\n");
        for (Goal goal : Goal.values()) {
            Figure f = figures.get(goal);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", goal.title(),
                    Double.isNaN(goal.limit()) ? "—" : "≤ " + number(goal.limit()) + " " + goal.unit(),
                    f == null ? "" : number(f.value()) + " " + goal.unit(), verdict(goal),
                    f == null ? "" : f.note()));
        }
        return out.toString();
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The system's load average over the last minute (-1 where the system does not tell). */
    public static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
