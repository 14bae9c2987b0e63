package org.villageregistry.service.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.repository.TableSpace;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.service.sample.SampleSettings;
import org.villageregistry.service.sample.SampleTownship;
import org.villageregistry.service.sample.SampleTownshipGenerator;

/**
 * Builds a register of a given size with the sample generator and measures what a registrar waits for:
 * bulk load, search over 1,000 mixed queries, a month's statistics, opening the database.
 * A benchmark, not a test: it reports numbers and judges nothing.
 */
public final class RegisterBenchmark {
    /** Register sizes: a large village, a township's merged register, a county's. */
    public enum Scale {
        VILLAGE(2_000), TOWNSHIP(60_000), COUNTY(300_000);

        private final int persons;

        Scale(int persons) {
            this.persons = persons;
        }

        public int persons() {
            return persons;
        }
    }

    static final int QUERIES = 1_000;
    static final int WARM_UP = 100;
    static final Period MONTH = Period.month(YearMonth.of(2026, 10));

    private final RegisterStore store;
    private final Consumer<String> progress;
    private final GoalSheet goals;

    public RegisterBenchmark(RegisterStore store, Consumer<String> progress) {
        this(store, progress, new GoalSheet());
    }

    /** @param goals receives the sizes, sign-in, search and statistics figures of the goals */
    public RegisterBenchmark(RegisterStore store, Consumer<String> progress, GoalSheet goals) {
        this.store = store;
        this.progress = progress;
        this.goals = goals;
    }

    public BenchResult run(Scale scale, Path folder) {
        Path home = folder.resolve("register-" + scale.name().toLowerCase());
        progress.accept(scale + ": load " + scale.persons());
        long t = System.nanoTime();
        long cpu = cpuNanos();
        SampleTownship.Village village = new SampleTownshipGenerator(store).generateVillage(home,
                new SampleSettings(folder, 1, scale.persons(), SampleSettings.DEFAULT_SEED,
                        SampleSettings.DEFAULT_REFERENCE));
        double loadSeconds = (System.nanoTime() - t) / 1e9;
        double loadCpuSeconds = (cpuNanos() - cpu) / 1e9;
        double[] search;
        double[] statistics;
        double children;
        List<TableSpace> space;
        try (Register register = open(home)) {
            space = register.space();
            progress.accept(scale + ": search");
            search = search(register);
            progress.accept(scale + ": statistics");
            statistics = monthStatistics(register);
            progress.accept(scale + ": a parent's children");
            children = children(register);
        }
        progress.accept(scale + ": open");
        double[] open = openTimes(home);
        progress.accept(scale + ": sign-in and the home screen");
        SignInBench.Timing signIn = SignInBench.median(store, home, SampleTownshipGenerator.ADMIN,
                SampleTownshipGenerator.SAMPLE_PASSWORD, Clock.fixed(SampleSettings.DEFAULT_REFERENCE
                        .atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        BenchResult result = new BenchResult(scale.name().toLowerCase(), village.persons(), village.records(),
                loadSeconds, village.persons() / loadSeconds, search[0], search[1], search[2], QUERIES, search[3],
                statistics[0], open[0], size(home), loadCpuSeconds, search[4], statistics[1], open[1], space, signIn, children);
        judge(scale, result);
        return result;
    }

    /** The goals this scale measures: its size, the sign-in, search and statistics (their goals are at 300,000). */
    private void judge(Scale scale, BenchResult r) {
        double mb = r.databaseBytes() / 1e6;
        String persons = String.format(Locale.ROOT, "%,d persons, %,.0f bytes per person", r.persons(),
                r.databaseBytes() / (double) r.persons());
        String at = String.format(Locale.ROOT, "at %,d persons", r.persons());
        switch (scale) {
            case VILLAGE -> {
                goals.measured(Goal.SIZE_VILLAGE, mb, persons);
                goals.measured(Goal.SIGN_IN_VILLAGE, r.signIn().totalMs(), r.signIn().steps());
                goals.measuredSmaller(Goal.BACKUPS, BackupBench.timesRegister(r.databaseBytes()),
                        BackupBench.note(r.databaseBytes()) + " (village register)");
            }
            case TOWNSHIP -> {
                goals.measured(Goal.SIZE_TOWNSHIP, mb, persons);
                goals.measured(Goal.BACKUPS, BackupBench.timesRegister(r.databaseBytes()),
                        BackupBench.note(r.databaseBytes()) + " (60,000-person register)");
                goals.measuredSmaller(Goal.SIGN_IN_TOWNSHIP, r.signIn().totalMs(), r.signIn().steps()
                        + "; one register of 60,000 from the generator, not the township of --part sync");
            }
            case COUNTY -> {
                goals.measured(Goal.SIZE_COUNTY, mb, persons);
                goals.measured(Goal.SEARCH_COUNTY, r.searchP95(), String.format(Locale.ROOT, "CPU %.2f ms",
                        r.searchP95CpuMs()));
                goals.measured(Goal.STATISTICS_COUNTY, r.statisticsMonthMs(), String.format(Locale.ROOT,
                        "CPU %.1f ms", r.statisticsMonthCpuMs()));
            }
        }
        if (scale != Scale.COUNTY) {
            goals.measuredSmaller(Goal.SEARCH_COUNTY, r.searchP95(), at);
            goals.measuredSmaller(Goal.STATISTICS_COUNTY, r.statisticsMonthMs(), at);
        }
    }

    private Register open(Path home) {
        char[] password = SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray();
        try {
            return store.open(home, SampleTownshipGenerator.ADMIN, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * p50, p95 and max of 1,000 searches in milliseconds, after a warm-up; and the first search after opening,
     * which builds the search index (opening does not build it).
     */
    private static double[] search(Register register) {
        List<Person> persons = new ArrayList<>();
        register.persons().forEach(p -> {
            if (p.isActive()) {
                persons.add(p);
            }
        });
        List<Household> households = register.households().page(0, Integer.MAX_VALUE);
        List<String> queries = new SearchQueries(SampleSettings.DEFAULT_SEED).draw(persons, households,
                QUERIES + WARM_UP);
        long first = System.nanoTime();
        register.persons().search(queries.get(0), 50);
        double firstMs = (System.nanoTime() - first) / 1e6;
        queries.subList(1, WARM_UP).forEach(q -> register.persons().search(q, 50));
        double[] ms = new double[QUERIES];
        double[] cpu = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long c = cpuNanos();
            long t = System.nanoTime();
            register.persons().search(queries.get(WARM_UP + i), 50);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (cpuNanos() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(QUERIES * 0.95) - 1;
        return new double[] {ms[QUERIES / 2], ms[p95], ms[QUERIES - 1], firstMs, cpu[p95]};
    }

    /**
     * p95 in milliseconds of a parent's children ({@code childrenOf}, as recording a birth asks it) for up to 200
     * mothers of the register (the first in id order), after ten of them as a warm-up; 0 when no one has a mother.
     */
    private static double children(Register register) {
        java.util.LinkedHashSet<java.util.UUID> mothers = new java.util.LinkedHashSet<>();
        register.persons().forEachCounted(p -> {
            if (p.motherId() != null && mothers.size() < 210) {
                mothers.add(p.motherId());
            }
        });
        List<java.util.UUID> all = new ArrayList<>(mothers);
        if (all.size() <= 10) {
            return 0;
        }
        all.subList(0, 10).forEach(m -> register.persons().childrenOf(m));
        List<java.util.UUID> timed = all.subList(10, all.size());
        double[] ms = new double[timed.size()];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            register.persons().childrenOf(timed.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[(int) Math.ceil(ms.length * 0.95) - 1];
    }

    /** The median of five runs of the month's statistics (StatisticsService, as `vreg stats`), after one warm-up run. */
    private static double[] monthStatistics(Register register) {
        StatisticsService service = new StatisticsService(register);
        double[] ms = new double[6];
        double[] cpu = new double[6];
        for (int i = 0; i < ms.length; i++) {
            long c = cpuNanos();
            long t = System.nanoTime();
            service.compute(MONTH);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (cpuNanos() - c) / 1e6;
        }
        double[] timed = Arrays.copyOfRange(ms, 1, ms.length);
        double[] timedCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(timed);
        Arrays.sort(timedCpu);
        return new double[] {timed[timed.length / 2], timedCpu[timedCpu.length / 2]};
    }

    /**
     * The median of three opens (key unwrapping with Argon2id included), each after a close: wall time, and
     * this thread's CPU time (the machine the benchmark runs on may be busy with other work).
     */
    private double[] openTimes(Path home) {
        double[] ms = new double[3];
        double[] cpu = new double[3];
        for (int i = 0; i < ms.length; i++) {
            long c = cpuNanos();
            long t = System.nanoTime();
            try (Register register = open(home)) {
                ms[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (cpuNanos() - c) / 1e6;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {ms[1], cpu[1]};
    }

    /** CPU time of this thread, which does all the work measured here. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long size(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
