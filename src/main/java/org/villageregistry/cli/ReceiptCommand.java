package org.villageregistry.cli;

import java.nio.file.Path;
import java.util.List;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.session.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * vreg receipt (--village CODE | --all) --to DIR: the township's signed receipt for one village, or for every
 * enrolled village in one run (one sign-in, one pass, as the desktop writes them).
 */
@Command(name = "receipt", mixinStandardHelpOptions = true)
final class ReceiptCommand extends SyncCommandBase {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    /** One village by its code, or all of them. */
    static final class Which {
        @Option(names = "--village", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.village")
        String village;

        @Option(names = "--all", required = true, descriptionKey = "cli.opt.receiptAll")
        boolean all;
    }

    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.syncTo")
    Path to;

    @Override
    int run(Session session) {
        ReceiptService receipts = session.sync().receipts();
        List<String> villages = which.all ? receipts.villages().stream().map(Enrolment::division).toList()
                : List.of(which.village);
        if (villages.isEmpty()) {
            throw new RegistryException("cli.receipt.noVillages");
        }
        for (ReceiptService.Written r : receipts.writeAll(villages, to, progress())) {
            out().println(Messages.get("cli.receipt.done", r.file().getFileName(), r.acknowledgedUpTo(),
                    r.bundles(), r.quarantined(), r.feedback()));
        }
        return Vreg.OK;
    }
}
