package org.villageregistry.cli;

import java.nio.file.Path;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg recover --recovery-key CODE --user NAME: a new password when every password is forgotten. */
@Command(name = "recover", mixinStandardHelpOptions = true)
final class RecoverCommand extends FolderCommand {
    @Option(names = "--recovery-key", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.recoveryKey")
    String recoveryKey;

    @Option(names = "--user", required = true, paramLabel = "NAME", descriptionKey = "cli.opt.user")
    String user;

    @Override
    int run(Vreg vreg, CliContext context, Path folder) {
        vreg.program().accounts().recover(folder, recoveryKey, user, CommandBase.newPassword(context));
        context.out().println(Messages.get("cli.recover.done", user));
        return Vreg.OK;
    }
}
