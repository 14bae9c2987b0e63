package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ReceiptService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg receipt --village CODE --to DIR: the township's signed receipt for one village. */
@Command(name = "receipt", mixinStandardHelpOptions = true)
final class ReceiptCommand extends SyncCommandBase {
    @Option(names = "--village", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.village")
    String village;

    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.syncTo")
    Path to;

    @Override
    int run(Session session) {
        ReceiptService.Written r = session.sync().receipts().write(village, to);
        out().println(Messages.get("cli.receipt.done", r.file().getFileName(), r.acknowledgedUpTo(), r.bundles(),
                r.quarantined(), r.feedback()));
        return Vreg.OK;
    }
}
