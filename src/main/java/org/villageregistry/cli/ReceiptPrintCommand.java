package org.villageregistry.cli;

import java.nio.file.Path;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.sync.receipt.JwsReceiptSigning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg receipt-print REGISTRATION --out FILE.pdf: the birth registration receipt for the family. */
@Command(name = "receipt-print", mixinStandardHelpOptions = true)
final class ReceiptPrintCommand extends CommandBase {
    @Parameters(index = "0", paramLabel = "REGISTRATION", descriptionKey = "cli.opt.registration")
    String registration;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.opt.reportOut")
    Path out;

    @Override
    int run(Register register) {
        new ReportService(register, clock(), BundleArrivals.NOT_TRACKED, new JwsReceiptSigning(),
                ProgramBuild.running()).write(ReportRequest.receipt(registration), inMadeFolder(out), ReportProgress.NONE,
                CancelCheck.NEVER);
        out().println(Messages.get("cli.report.written", Messages.get("report.kind.BIRTH_RECEIPT"), out.toString()));
        return Vreg.OK;
    }
}
