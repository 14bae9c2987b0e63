package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** vreg reconcile import FILE.csv: hospital or police births for the villages' receipts. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, subcommands = ReconcileCommand.Import.class)
final class ReconcileCommand extends CommandGroup {
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends SyncCommandBase {
        @Parameters(paramLabel = "FILE.csv", descriptionKey = "cli.opt.reconcileFile")
        Path file;

        @Override
        int run(Session session) {
            int n = session.sync().reconcile().importCsv(file);
            out().println(Messages.get("cli.reconcile.done", n, file.getFileName()));
            return Vreg.OK;
        }
    }
}
