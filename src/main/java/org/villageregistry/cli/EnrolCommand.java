package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.EnrolmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg enrol export|import: enrolment files and fingerprints in groups of four. */
@Command(name = "enrol", mixinStandardHelpOptions = true,
        subcommands = {EnrolCommand.Export.class, EnrolCommand.Import.class})
final class EnrolCommand extends CommandGroup {
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends SyncCommandBase {
        @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.syncTo")
        Path to;

        @Override
        int run(Session session) {
            EnrolmentService.Exported e = session.sync().enrolment().export(to);
            out().println(Messages.get("cli.enrol.exported", e.file()));
            out().println(Messages.get("cli.enrol.signing", e.fingerprints().signingDisplay()));
            out().println(Messages.get("cli.enrol.encryption", e.fingerprints().encryptionDisplay()));
            return Vreg.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends SyncCommandBase {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.opt.enrolFile")
        Path file;

        @Option(names = "--replace", descriptionKey = "cli.opt.enrolReplace")
        boolean replace;

        @Override
        int run(Session session) {
            EnrolmentService.Enrolled e = session.sync().enrolment().importFile(file, replace);
            out().println(Messages.get("cli.enrol.imported", e.divisionName(), e.division()));
            out().println(Messages.get("cli.enrol.signing", e.fingerprints().signingDisplay()));
            out().println(Messages.get("cli.enrol.encryption", e.fingerprints().encryptionDisplay()));
            out().println(Messages.get("cli.enrol.compare"));
            return Vreg.OK;
        }
    }
}
