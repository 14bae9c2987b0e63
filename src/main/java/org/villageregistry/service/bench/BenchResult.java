package org.villageregistry.service.bench;

/**
 * What one benchmark run measured on a register of {@code persons} people. Times in milliseconds;
 * {@code firstSearchMs} is the first search after opening, which builds the search index;
 * the CPU columns are the benchmark thread's CPU time (the machine may be shared);
 * load speed in persons per second (records of every kind are saved too, and counted in {@code records});
 * {@code space}: where the bytes of the loaded register go, table by table; {@code signIn}: a sign-in to it, step
 * by step, with the home screen's to-do list; {@code childrenP95Ms}: a parent's children (asked twice for each birth
 * recorded or registered), p95 over up to 200 mothers after the statistics.
 */
public record BenchResult(String scale, int persons, int records, double loadSeconds, double personsPerSecond,
                          double searchP50, double searchP95, double searchMax, int queries,
                          double firstSearchMs,
                          double statisticsMonthMs, double openMs, long databaseBytes,
                          double loadCpuSeconds, double searchP95CpuMs, double statisticsMonthCpuMs,
                          double openCpuMs, java.util.List<org.villageregistry.domain.repository.TableSpace> space,
                          SignInBench.Timing signIn, double childrenP95Ms) {
}
