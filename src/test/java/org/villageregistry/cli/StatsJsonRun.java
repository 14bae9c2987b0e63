package org.villageregistry.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.storage.TestStores;

/**
 * {@code vreg stats --format json} in a JVM of its own (a second run, as a registrar runs it again tomorrow):
 * args are the workstation folder and the period; prints what vreg wrote.
 */
public final class StatsJsonRun {
    private StatsJsonRun() {
    }

    public static void main(String[] args) {
        System.out.print(run(Path.of(args[0]), args[1]));
        System.out.flush();
    }

    static String run(Path home, String period) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(Map.of("VREG_PASSWORD", "sample-password-2026"),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                VregCommandLineTest.CLOCK, home, question -> Optional.empty());
        int code = Vreg.run(new String[] {"stats", "--period", period, "--format", "json", "--user", "registrar"},
                org.villageregistry.app.TestSessions.program(TestStores.quick(VregCommandLineTest.CLOCK),
                        context.clock()), context);
        if (code != 0) {
            throw new IllegalStateException("vreg stats failed: " + err);
        }
        return out.toString();
    }

}
