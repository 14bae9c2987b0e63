package org.villageregistry.cli;

import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.verification.VerificationService.Imported;
import org.villageregistry.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * vreg verification import --sample ID --file results.csv: the results file the field team filled (the blank one
 * from {@code sheet --template}), entered line by line as {@code record} would, all or nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class VerificationImportCommand extends CommandBase {
    @Option(names = "--sample", required = true, paramLabel = "ID", descriptionKey = "cli.opt.verificationSample")
    long id;

    @Option(names = "--file", required = true, paramLabel = "F.csv", descriptionKey = "cli.opt.verificationResultsFile")
    Path file;

    @Override
    int run(Session session) {
        Imported done = session.verification().importResults(id, file);
        out().println(Messages.get("verification.file.imported", String.valueOf(done.persons()),
                String.valueOf(done.found()), String.valueOf(done.newborns())));
        return Vreg.OK;
    }
}
