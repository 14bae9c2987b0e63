package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg init: makes a new village or township workstation in a folder. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends FolderCommand {
    @Option(names = "--role", required = true, paramLabel = "village|township", descriptionKey = "cli.opt.role")
    WorkstationRole role;

    @Option(names = "--division", required = true, paramLabel = "CODE", descriptionKey = "cli.opt.division")
    String division;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.opt.divisionName")
    String name;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin", descriptionKey = "cli.opt.user")
    String user;

    @Option(names = "--display-name", paramLabel = "姓名", descriptionKey = "cli.opt.displayName")
    String displayName;

    @Option(names = "--password-stdin", descriptionKey = "cli.opt.passwordStdin")
    boolean passwordStdin;

    @Option(names = "--recovery-sheet", paramLabel = "FILE.pdf", descriptionKey = "cli.opt.recoverySheet")
    Path recoverySheet;

    @Override
    int run(Vreg vreg, CliContext context, Path folder) {
        WorkstationSetup setup = new WorkstationSetup(role, DivisionCode.of(division), name);
        if (displayName != null) { // refused before anything is made
            org.villageregistry.domain.person.PersonRules.checkName(displayName).stream().findFirst().ifPresent(p -> {
                throw new org.villageregistry.domain.text.RegistryException("account.displayName.bad",
                        displayName.strip(), p.message());
            });
        }
        char[] password = CommandBase.password(context, passwordStdin);
        try (Session made = vreg.program().create(folder, setup, user, password)) {
            Register register = made.register();
            context.out().println(Messages.get("cli.init.done", register.workstation().role().label(),
                    register.workstation().division().value(), register.workstation().divisionName(), folder,
                    register.user().name()));
            if (displayName != null) {
                made.accounts().setDisplayName(register, register.user().name(), displayName);
                context.out().println(Messages.get("cli.user.displayNameSet", register.user().name(),
                        displayName.strip()));
            }
            String code = made.accounts().newRecoveryKey(register);
            context.out().println();
            context.out().println(Messages.get("cli.init.recoveryKey", code));
            context.out().println(Messages.get("cli.init.recoveryWarning"));
            if (recoverySheet != null) {
                org.villageregistry.report.RecoverySheet.write(recoverySheet, register.workstation(), code,
                        java.time.LocalDate.now(context.clock()));
                context.out().println(Messages.get("cli.init.recoverySheet", recoverySheet));
            }
        }
        return Vreg.OK;
    }
}
