package org.villageregistry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.bench.BenchReport;
import org.villageregistry.service.bench.BenchResult;
import org.villageregistry.service.bench.RegisterBenchmark;
import org.villageregistry.service.bench.RegisterBenchmark.Scale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** vreg bench: builds registers of 2 thousand, 60 thousand and 300 thousand persons in a temporary folder and times them. */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
    /** Which register sizes to build. */
    enum Choice { village, township, county, all }

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "village|township|county|all", defaultValue = "village",
            descriptionKey = "bench.opt.scale")
    Choice scale;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "bench.opt.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        Vreg vreg = (Vreg) spec.root().userObject();
        PrintWriter o = vreg.context().out();
        List<Scale> scales = scale == Choice.all ? List.of(Scale.values())
                : List.of(Scale.valueOf(scale.name().toUpperCase()));
        RegisterBenchmark bench = new RegisterBenchmark(vreg.store(),
                step -> o.println(Messages.get("bench.progress", step)));
        List<BenchResult> results = new ArrayList<>();
        Path folder = Files.createTempDirectory("vreg-bench");
        try {
            for (Scale s : scales) {
                results.add(bench.run(s, folder));
                o.flush();
            }
        } finally {
            deleteTree(folder);
        }
        String table = BenchReport.markdown(results);
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
