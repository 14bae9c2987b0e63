package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.ReportKind;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg report monthly|township|roll|quality [--period YYYY-MM] [--programme CODE] --out FILE.pdf|.csv|.xlsx. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends CommandBase {
    @Parameters(index = "0", paramLabel = "monthly|township|roll|quality", descriptionKey = "cli.opt.reportKind")
    String kind;

    @Option(names = "--period", paramLabel = "YYYY-MM", descriptionKey = "cli.opt.reportPeriod")
    String period;

    @Option(names = "--programme", paramLabel = "CODE", descriptionKey = "cli.opt.programme")
    String programme;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.opt.reportOut")
    Path out;

    @Override
    int run(Session session) {
        ReportKind k = ReportKind.parse(kind).filter(x -> x != ReportKind.BIRTH_RECEIPT)
                .orElseThrow(() -> new RegistryException("cli.report.kind", kind));
        ReportRequest request = switch (k) {
            case PAYMENT_ROLL -> {
                String code = programme(session);
                yield ReportRequest.roll(code, period == null ? Period.parse(session.reports().rollPeriod(code))
                        : period());
            }
            case DATA_QUALITY -> ReportRequest.quality();
            default -> ReportRequest.monthly(k, period());
        };
        session.reports().write(request, inMadeFolder(out), ReportProgress.NONE, CancelCheck.NEVER);
        out().println(Messages.get("cli.report.written", k.title(request.period().map(Period::text).orElse(null)), out.toString()));
        return Vreg.OK;
    }

    /**
     * The programme typed, or without --programme the register's only programme; with several (or none) the
     * message names the codes to choose from.
     */
    private String programme(Session session) {
        if (programme != null && !programme.isBlank()) {
            return programme.strip();
        }
        List<String> codes = session.register().transactions().read(() -> session.register().programmes().all())
                .stream().map(BenefitProgramme::code).toList();
        if (codes.size() == 1) {
            return codes.get(0);
        }
        throw new RegistryException("cli.report.programmeNeeded", codes.isEmpty() ? "—" : String.join("、", codes));
    }

    /**
     * The period typed, or without --period the last complete month (in November: October); a roll without --period
     * takes the programme's newest payment period (a yearly programme's year).
     */
    private Period period() {
        return period == null ? Period.parse(YearMonth.now(clock()).minusMonths(1).toString()) : Period.parse(period);
    }
}
