package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg backup --to DIR: an encrypted backup, e.g. onto a USB stick. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends CommandBase {
    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.backupTo")
    Path to;

    @Override
    int run(Session session) {
        Register register = session.register();
        Path file = session.backups().backup(register, madeFolder(to));
        out().println(Messages.get("cli.backup.done", file));
        return Vreg.OK;
    }
}
