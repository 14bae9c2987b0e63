package org.villageregistry.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.access.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * vreg restore FILE: replaces the register with a backup, opened with an administrator's password (--user, the
 * password as for every command) or the recovery key (--recovery-key). The current files are kept aside.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.opt.backupFile")
    Path file;

    @Option(names = "--home", paramLabel = "DIR", descriptionKey = "cli.opt.home")
    Path home;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin", descriptionKey = "cli.opt.user")
    String user;

    @Option(names = "--recovery-key", paramLabel = "CODE", descriptionKey = "cli.opt.recoveryKey")
    String recoveryKey;

    @Option(names = "--password-stdin", descriptionKey = "cli.opt.passwordStdin")
    boolean passwordStdin;

    @Override
    public Integer call() {
        Vreg vreg = (Vreg) spec.root().userObject();
        CliContext context = vreg.context();
        Path folder = home != null ? home : context.defaultHome();
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
