package org.villageregistry.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.domain.verification.VerificationSample;
import org.villageregistry.service.sample.SampleVerification;
import org.villageregistry.service.verification.VerificationReport;
import org.villageregistry.service.verification.VerificationService;
import org.villageregistry.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * vreg verification draw|redraw|list|sheet|record|import|report|sample: the township's sample verification (抽样核查),
 * from the draw to the printed sheets, the team's results and the rates.
 */
@Command(name = "verification", mixinStandardHelpOptions = true,
        subcommands = {VerificationCommand.Draw.class, VerificationCommand.Redraw.class, VerificationCommand.ListAll.class,
                VerificationCommand.Sheet.class, VerificationRecordCommand.class, VerificationCommand.Report.class,
                VerificationCommand.Sample.class, VerificationImportCommand.class})
final class VerificationCommand extends CommandGroup {
    @Command(name = "draw", mixinStandardHelpOptions = true)
    static final class Draw extends CommandBase {
        @Option(names = "--villages", required = true, paramLabel = "CODE,CODE|all",
                descriptionKey = "cli.opt.verificationVillages")
        String villages;

        @Option(names = "--households", required = true, paramLabel = "N", descriptionKey = "cli.opt.verificationHouseholds")
        int households;

        @Option(names = "--seed", required = true, paramLabel = "S", descriptionKey = "cli.opt.verificationSeed")
        long seed;

        @Option(names = "--newborns", descriptionKey = "cli.opt.verificationNewborns")
        boolean newborns;

        @Override
        int run(Session session) {
            List<String> codes = villages.strip().equalsIgnoreCase("all") ? List.of()
                    : Arrays.stream(villages.split("[,，]")).filter(s -> !s.isBlank()).toList();
            VerificationSample drawn = session.verification().draw(
                    new VerificationService.Draw(codes, households, seed, newborns));
            printDrawn(this, session, drawn);
            return Vreg.OK;
        }
    }

    @Command(name = "redraw", mixinStandardHelpOptions = true)
    static final class Redraw extends CommandBase {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.opt.verificationId")
        long id;

        @Option(names = "--seed", required = true, paramLabel = "S", descriptionKey = "cli.opt.verificationSeed")
        long seed;

        @Override
        int run(Session session) {
            printDrawn(this, session, session.verification().redraw(id, seed));
            return Vreg.OK;
        }
    }

    static void printDrawn(CommandBase command, Session session, VerificationSample drawn) {
        Verification v = drawn.verification();
        command.out().println(Messages.get("cli.verification.drawn", String.valueOf(v.id()), String.valueOf(v.seed()),
                String.valueOf(drawn.households().size()), String.valueOf(drawn.persons().size()),
                String.valueOf(drawn.newborns().size())));
        for (String village : v.villages()) {
            command.out().println(Messages.get("cli.verification.drawnVillage", session.verification().villageName(village),
                    village, String.valueOf(drawn.householdsOf(village).size())));
        }
        command.out().println(Messages.get("cli.verification.next", String.valueOf(v.id()), v.villages().get(0)));
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAll extends CommandBase {
        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
        OutputFormat format;

        @Override
        int run(Session session) throws java.io.IOException {
            List<VerificationReport> reports = session.verification().list().stream()
                    .map(v -> session.verification().report(v.id())).toList();
            if (format == OutputFormat.json) {
                printJson(reports.stream().map(VerificationJson::summary).toList());
                return Vreg.OK;
            }
            if (reports.isEmpty()) {
                out().println(Messages.get("cli.verification.none"));
            }
            for (VerificationReport r : reports) {
                Verification v = r.sample().verification();
                out().println(Messages.get("cli.verification.line", String.valueOf(v.id()), v.drawnOn().toString(),
                        String.valueOf(v.seed()), String.valueOf(v.villages().size()),
                        String.valueOf(r.sample().households().size()), String.valueOf(r.sample().persons().size()),
                        String.valueOf(r.personsChecked()), Messages.get(r.complete()
                                ? "report.verification.complete" : "report.verification.incomplete")));
            }
            return Vreg.OK;
        }
    }

    @Command(name = "sheet", mixinStandardHelpOptions = true)
    static final class Sheet extends CommandBase {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.opt.verificationId")
        long id;

        @Option(names = "--village", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.verificationVillage")
        String village;

        @Option(names = "--out", paramLabel = "F.pdf", descriptionKey = "cli.opt.verificationSheetOut")
        Path out;

        @Option(names = "--template", paramLabel = "F.csv", descriptionKey = "cli.opt.verificationTemplate")
        Path template;

        @Override
        int run(Session session) {
            if (out == null && template == null) {
                throw new org.villageregistry.domain.text.RegistryException("cli.verification.sheetOrTemplate");
            }
            var sheet = session.verification().sheet(id, village.strip());
            if (out != null) {
                session.reports().writePdf(session.reports().verificationSheet(sheet), inMadeFolder(out));
                out().println(Messages.get("cli.verification.sheetWritten", out.toString()));
            }
            if (template != null) {
                session.verification().writeResultsTemplate(inMadeFolder(template));
                out().println(Messages.get("cli.verification.templateWritten", template.toString()));
            }
            return Vreg.OK;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true)
    static final class Report extends CommandBase {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.opt.verificationId")
        long id;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
        OutputFormat format;

        @Option(names = "--out", paramLabel = "F.pdf", descriptionKey = "cli.opt.verificationReportOut")
        Path out;

        @Override
        int run(Session session) throws java.io.IOException {
            VerificationReport report = session.verification().report(id);
            if (out != null) {
                session.reports().writePdf(session.reports().verificationReport(report), inMadeFolder(out));
            }
            if (format == OutputFormat.json) {
                printJson(VerificationJson.report(report));
            } else {
                VerificationText.print(out(), report);
                if (out != null) {
                    out().println(Messages.get("cli.verification.reportWritten", out.toString()));
                }
            }
            return Vreg.OK;
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true)
    static final class Sample extends CommandBase {
        @Option(names = "--seed", defaultValue = "20261201", paramLabel = "S", descriptionKey = "cli.opt.verificationSeed")
        long seed;

        @Override
        int run(Session session) {
            VerificationReport done = SampleVerification.complete(session.verification(), seed);
            out().println(Messages.get("cli.verification.sampleDone", String.valueOf(done.sample().verification().id()),
                    String.valueOf(done.sample().households().size()), String.valueOf(done.personsChecked())));
            VerificationText.print(out(), done);
            return Vreg.OK;
        }
    }
}
