package org.villageregistry.service.bench;

import java.util.List;
import java.util.Locale;

/** Lays benchmark results out as a Markdown table, with the targets at 60 thousand persons beside them. */
public final class BenchReport {
    public static final double SEARCH_P95_TARGET_MS = 30;
    public static final double STATISTICS_TARGET_MS = 500;
    public static final double OPEN_TARGET_MS = 1000;

    private BenchReport() {
    }

    public static String markdown(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| scale | persons | records | load s | persons/s | search p50 ms | search p95 ms | search max ms"
                + " | first search ms (builds index) | month's statistics ms | open ms | database MB | load CPU s | search p95 CPU ms | statistics CPU ms | open CPU ms | a parent's children p95 ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchResult r : results) {
            out.append(String.format(Locale.ROOT,
                    "| %s | %,d | %,d | %.1f | %,.0f | %.2f | %.2f | %.1f | %.0f | %.1f | %.0f | %.1f | %.1f | %.2f"
                            + " | %.1f | %.0f | %.1f |%n",
                    r.scale(), r.persons(), r.records(), r.loadSeconds(), r.personsPerSecond(), r.searchP50(),
                    r.searchP95(), r.searchMax(), r.firstSearchMs(), r.statisticsMonthMs(), r.openMs(), r.databaseBytes() / 1e6,
                    r.loadCpuSeconds(), r.searchP95CpuMs(), r.statisticsMonthCpuMs(), r.openCpuMs(),
                    r.childrenP95Ms()));
        }
        out.append(String.format(Locale.ROOT, "%nTargets at 60,000 persons: search p95 < %.0f ms, month's statistics"
                + " < %.0f ms, opening < %.0f ms.%n", SEARCH_P95_TARGET_MS, STATISTICS_TARGET_MS, OPEN_TARGET_MS));
        for (BenchResult r : results) {
            out.append(SpaceReport.markdown(r.scale() + " register after the load", r.space(), r.databaseBytes(),
                    r.persons()));
        }
        return out.toString();
    }
}
