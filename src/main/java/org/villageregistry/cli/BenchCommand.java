package org.villageregistry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportBenchmark;
import org.villageregistry.service.bench.BenchReport;
import org.villageregistry.service.bench.BenchResult;
import org.villageregistry.service.bench.Goal;
import org.villageregistry.service.bench.GoalSheet;
import org.villageregistry.service.bench.RegisterBenchmark;
import org.villageregistry.service.bench.RegisterBenchmark.Scale;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import org.villageregistry.session.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * vreg bench: builds registers of 2 thousand, 60 thousand and 300 thousand persons in a temporary folder and times
 * them ({@code --part register}, the default), measures the USB hand-off ({@code --part sync}: snapshot export,
 * verify, incremental bundle, a township importing 40 village snapshots), or both ({@code --part all}); {@code --part report} times the printed reports
 * (village monthly report, payment roll, township report; {@link ReportBenchmark}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
    /** Which register sizes to build. */
    enum Choice { village, township, county, all }

    /** What to measure: the register (build, search, lists, statistics), the USB hand-off, or both. */
    enum Part { register, sync, all, report, county }

    /** The sync part at village scale: the 2,000-person village and a small township of 4 × 500 persons. */
    static final Benchmarks.Size SYNC_VILLAGE_SCALE = new Benchmarks.Size(2_000, 4, 500);

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "village|township|county|all", defaultValue = "village",
            descriptionKey = "bench.opt.scale")
    Choice scale;

    @Option(names = "--part", paramLabel = "register|sync|all|report|county", defaultValue = "register",
            descriptionKey = "bench.opt.part")
    Part part;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "bench.opt.out")
    Path out;

    @Option(names = "--keep", descriptionKey = "bench.opt.keep")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        Vreg vreg = (Vreg) spec.root().userObject();
        PrintWriter o = vreg.context().out();
        if (part == Part.report) {
            return reports(vreg, o);
        }
        if (part == Part.county) {
            return county(vreg, o);
        }
        StringBuilder report = new StringBuilder();
        GoalSheet goals = new GoalSheet();
        Path folder = Files.createTempDirectory("vreg-bench");
        try {
            if (part != Part.sync) {
                report.append(register(o, folder, goals));
                cliFind(o, folder, goals);
            }
            if (part != Part.register) {
                report.append(sync(vreg, o, Files.createDirectories(folder.resolve("sync")), goals));
            }
        } finally {
            if (keep) {
                o.println(Messages.get("bench.kept", folder, SampleTownshipGenerator.ADMIN,
                        SampleTownshipGenerator.SAMPLE_PASSWORD));
            } else {
                deleteTree(folder);
            }
        }
        String sheet = goals.markdown();
        o.println(sheet);
        report.append(sheet);
        if (out != null) {
            Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
            o.println(Messages.get("bench.written", out));
        }
        return Vreg.OK;
    }

    private String register(PrintWriter o, Path folder, GoalSheet goals) {
        List<Scale> scales = scale == Choice.all ? List.of(Scale.values())
                : List.of(Scale.valueOf(scale.name().toUpperCase(Locale.ROOT)));
        RegisterBenchmark bench = new RegisterBenchmark(((Vreg) spec.root().userObject()).program().store(),
                step -> o.println(Messages.get("bench.progress", step)), goals);
        List<BenchResult> results = new ArrayList<>();
        for (Scale s : scales) {
            results.add(bench.run(s, folder));
            o.flush();
        }
        String table = BenchReport.markdown(results);
        o.println(table);
        return table + System.lineSeparator();
    }

    /**
     * {@code vreg find} in a process of its own on the smallest register the run built (the village's when it was
     * built), as the launcher script starts it; a failure to start one is reported, not fatal.
     */
    private void cliFind(PrintWriter o, Path folder, GoalSheet goals) {
        Scale smallest = scale == Choice.all ? Scale.VILLAGE : Scale.valueOf(scale.name().toUpperCase(Locale.ROOT));
        Path home = folder.resolve("register-" + smallest.name().toLowerCase(Locale.ROOT));
        o.println(Messages.get("bench.progress", "vreg find"));
        o.flush();
        try {
            CliStartBench.Timing t = CliStartBench.find(home, SampleTownshipGenerator.ADMIN,
                    SampleTownshipGenerator.SAMPLE_PASSWORD, "王");
            if (smallest == Scale.VILLAGE) {
                goals.measured(Goal.CLI_FIND, t.medianMs(), t.note());
            } else {
                goals.measuredSmaller(Goal.CLI_FIND, t.medianMs(), t.note() + "; on the " + smallest.name()
                        .toLowerCase(Locale.ROOT) + " register");
            }
        } catch (IOException e) {
            o.println(Messages.get("bench.progress", "vreg find: " + e.getMessage()));
        }
    }

    /** The USB hand-off (issue 4): export, verify, incremental bundle and the township import, one line each. */
    private String sync(Vreg vreg, PrintWriter o, Path folder, GoalSheet goals) throws IOException {
        Benchmarks.Size size = scale == Choice.village ? SYNC_VILLAGE_SCALE : Benchmarks.Size.TARGET;
        String heading = Messages.get("bench.sync.heading", size.villagePersons(), size.villages(),
                size.villages() * size.personsPerVillage());
        o.println(heading);
        StringBuilder text = new StringBuilder("## ").append(heading).append(System.lineSeparator())
                .append(System.lineSeparator()).append("```").append(System.lineSeparator());
        vreg.program().benchmarks().syncHandOff(folder, line -> {
            o.println(line);
            o.flush();
            text.append(line).append(System.lineSeparator());
        }, size, goals, new ImportProcessBench());
        return text.append("```").append(System.lineSeparator()).toString();
    }

    /**
     * vreg bench --part county: the county's intake into an embedded PostgreSQL against a bare COPY, its statistics
     * and its indicators page; {@code --scale village} 2 × 3 × 500 persons, {@code township} 4 × 10 × 1,500,
     * {@code county} (or all) the target of 20 townships × 25 villages × 2,000 persons.
     */
    private int county(Vreg vreg, PrintWriter o) throws IOException {
        Benchmarks.CountySize size = switch (scale) {
            case village -> new Benchmarks.CountySize(2, 3, 500);
            case township -> new Benchmarks.CountySize(4, 10, 1_500);
            case county, all -> Benchmarks.CountySize.TARGET;
        };
        String heading = Messages.get("bench.county.heading", size.townships(), size.villages(), size.persons(),
                (long) size.townships() * size.villages() * size.persons());
        o.println(heading);
        StringBuilder text = new StringBuilder("## ").append(heading).append(System.lineSeparator())
                .append(System.lineSeparator()).append("```").append(System.lineSeparator());
        Path folder = Files.createTempDirectory("vreg-bench-county");
        try {
            vreg.program().benchmarks().county(folder, line -> {
                o.println(line);
                o.flush();
                text.append(line).append(System.lineSeparator());
            }, size);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Vreg.INTERNAL_ERROR;
        } finally {
            deleteTree(folder);
        }
        text.append("```").append(System.lineSeparator());
        if (out != null) {
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
            o.println(Messages.get("bench.written", out));
        }
        return Vreg.OK;
    }

    /** vreg bench --part report: village monthly report, payment roll and township report at full size. */
    private int reports(Vreg vreg, PrintWriter o) throws IOException {
        Path folder = Files.createTempDirectory("report-timing-");
        String table;
        try {
            table = ReportBenchmark.markdown(new ReportBenchmark(vreg.program().store(), vreg.context().clock(),
                    step -> {
                        o.println(Messages.get("bench.progress", step));
                        o.flush();
                    }).run(folder, 2_000, 40, 1_500));
        } finally {
            deleteTree(folder);
        }
        o.println(table);
        if (out != null) {
            Files.writeString(out, table, StandardCharsets.UTF_8);
            o.println(Messages.get("bench.written", out));
        }
        return Vreg.OK;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
