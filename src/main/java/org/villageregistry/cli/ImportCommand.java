package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import java.util.List;
import org.villageregistry.service.sync.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** vreg import FILE|DIR…: bundles at a township, receipts at a village; exit 1 when any file was refused. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends SyncCommandBase {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "cli.opt.importFiles")
    List<Path> files;

    @Override
    int run(Session session) {
        List<ImportService.Outcome> outcomes = session.sync().imports().importAll(files, progress());
        boolean refused = false;
        for (ImportService.Outcome o : outcomes) {
            if (o.status() == ImportService.Status.REFUSED) {
                refused = true;
                context().err().println(o.message());
            } else {
                out().println(o.message());
            }
        }
        return refused ? Vreg.USER_ERROR : Vreg.OK;
    }
}
