package org.villageregistry.cli;

import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.access.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * vreg restore FILE: replaces the register with a backup, opened with an administrator's password (--user, the
 * password as for every command) or the recovery key (--recovery-key). The current files are kept aside.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand extends FolderCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.opt.backupFile")
    Path file;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin", descriptionKey = "cli.opt.user")
    String user;

    @Option(names = "--recovery-key", paramLabel = "CODE", descriptionKey = "cli.opt.recoveryKey")
    String recoveryKey;

    @Option(names = "--password-stdin", descriptionKey = "cli.opt.passwordStdin")
    boolean passwordStdin;

    @Override
    int run(Vreg vreg, CliContext context, Path folder) {
        BackupService backups = vreg.program().backups();
        Path aside = recoveryKey != null
                ? backups.restore(folder, file, null, recoveryKey.toCharArray())
                : backups.restore(folder, file, user, CommandBase.password(context, passwordStdin));
        context.out().println(Messages.get("cli.restore.done", file, folder));
        if (!aside.equals(folder)) {
            context.out().println(Messages.get("cli.restore.keptAside", aside));
        }
        return Vreg.OK;
    }
}
