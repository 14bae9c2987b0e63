package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
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
    int run(Session session) {
        session.reports().write(ReportRequest.receipt(registration), inMadeFolder(out), ReportProgress.NONE,
                CancelCheck.NEVER);
        out().println(Messages.get("cli.report.written", Messages.get("report.kind.BIRTH_RECEIPT"), out.toString()));
        return Vreg.OK;
    }
}
