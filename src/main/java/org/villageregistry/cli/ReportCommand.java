package org.villageregistry.cli;

import java.nio.file.Path;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.ReportKind;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.sync.SyncBundleArrivals;
import org.villageregistry.sync.receipt.JwsReceiptSigning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg report monthly|township|roll|quality --period YYYY-MM [--programme CODE] --out FILE.pdf|.csv|.xlsx. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends CommandBase {
    @Parameters(index = "0", paramLabel = "monthly|township|roll|quality", descriptionKey = "cli.opt.reportKind")
    String kind;

    @Option(names = "--period", paramLabel = "YYYY-MM", descriptionKey = "cli.opt.period")
    String period;

    @Option(names = "--programme", paramLabel = "CODE", descriptionKey = "cli.opt.programme")
    String programme;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.opt.reportOut")
    Path out;

    @Override
    int run(Register register) {
        ReportKind k = ReportKind.parse(kind).filter(x -> x != ReportKind.BIRTH_RECEIPT)
                .orElseThrow(() -> new RegistryException("cli.report.kind", kind));
        ReportRequest request = switch (k) {
            case PAYMENT_ROLL -> ReportRequest.roll(programme == null ? "" : programme, Period.parse(period));
            case DATA_QUALITY -> ReportRequest.quality();
            default -> ReportRequest.monthly(k, Period.parse(period));
        };
        new ReportService(register, clock(), new SyncBundleArrivals(register, clock().getZone()), new JwsReceiptSigning(),
                ProgramBuild.running()).write(request, inMadeFolder(out), ReportProgress.NONE, CancelCheck.NEVER);
        out().println(Messages.get("cli.report.written", k.label(), out.toString()));
        return Vreg.OK;
    }
}
