package org.villageregistry.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** vreg recover --recovery-key CODE --user NAME: a new password when every password is forgotten. */
@Command(name = "recover", mixinStandardHelpOptions = true)
final class RecoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", descriptionKey = "cli.opt.home")
    Path home;

    @Option(names = "--recovery-key", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.recoveryKey")
    String recoveryKey;

    @Option(names = "--user", required = true, paramLabel = "NAME", descriptionKey = "cli.opt.user")
    String user;

    @Override
    public Integer call() {
        Vreg vreg = (Vreg) spec.root().userObject();
        CliContext context = vreg.context();
        Path folder = home != null ? home : context.defaultHome();
        vreg.program().accounts().recover(folder, recoveryKey, user, CommandBase.newPassword(context));
        context.out().println(Messages.get("cli.recover.done", user));
        return Vreg.OK;
    }
}
