package org.villageregistry.cli;

import org.villageregistry.session.Session;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationUser;
import org.villageregistry.service.access.Permissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg user add | list | passwd: the users of this workstation and one's own password. */
@Command(name = "user", mixinStandardHelpOptions = true,
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class})
final class UserCommand extends CommandGroup {
    /** Adds a user; the new user's password comes from VREG_NEW_PASSWORD or the terminal. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends CommandBase {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.opt.newUser")
        String name;

        @Option(names = "--role", required = true, paramLabel = "admin|registrar|clerk|auditor",
                descriptionKey = "cli.opt.userRole")
        UserRole role;

        @Override
        int run(Session session) {
            Register register = session.register();
            Permissions.require(register, org.villageregistry.service.access.Permission.MANAGE_USERS);
            session.accounts().addUser(register, name, role, newPassword(context()));
            out().println(Messages.get("cli.user.added", name, role.label()));
            return Vreg.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends CommandBase {
        @Override
        int run(Session session) {
            Register register = session.register();
            TextTable table = new TextTable(Messages.get("cli.user.col.name"), Messages.get("cli.user.col.role"));
            for (WorkstationUser u : session.accounts().users(register)) {
                table.row(u.name(), u.role().label());
            }
            table.print(out());
            return Vreg.OK;
        }
    }

    /** Changes the signed-in user's password (the current one opens the register, the new one is asked). */
    @Command(name = "passwd", mixinStandardHelpOptions = true)
    static final class Passwd extends CommandBase {
        @Override
        int run(Session session) {
            Register register = session.register();
            session.accounts().changePassword(register, newPassword(context()));
            out().println(Messages.get("cli.user.passwordChanged", register.user().name()));
            return Vreg.OK;
        }
    }
}
