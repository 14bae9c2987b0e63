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
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
                UserCommand.DisplayName.class})
final class UserCommand extends CommandGroup {
    /** Adds a user; the new user's password comes from VREG_NEW_PASSWORD or the terminal. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends CommandBase {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.opt.newUser")
        String name;

        @Option(names = "--role", required = true, paramLabel = "admin|registrar|clerk|auditor",
                descriptionKey = "cli.opt.userRole")
        UserRole role;

        @Option(names = "--display-name", paramLabel = "姓名", descriptionKey = "cli.opt.displayName")
        String displayName;

        @Override
        int run(Session session) {
            Register register = session.register();
            Permissions.require(register, org.villageregistry.service.access.Permission.MANAGE_USERS);
            if (displayName != null) {
                org.villageregistry.domain.person.PersonRules.checkName(displayName).stream().findFirst()
                        .ifPresent(p -> {
                            throw new org.villageregistry.domain.text.RegistryException("account.displayName.bad",
                                    displayName.strip(), p.message());
                        });
            }
            session.accounts().addUser(register, name, role, newPassword(context()));
            out().println(Messages.get("cli.user.added", name, role.label()));
            if (displayName != null) {
                session.accounts().setDisplayName(register, name, displayName);
                out().println(Messages.get("cli.user.displayNameSet", name.strip(), displayName.strip()));
            }
            return Vreg.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends CommandBase {
        @Override
        int run(Session session) {
            Register register = session.register();
            TextTable table = new TextTable(Messages.get("cli.user.col.name"), Messages.get("cli.user.col.role"),
                    Messages.get("cli.user.col.displayName"));
            java.util.Map<String, String> names = register.profiles().all();
            for (WorkstationUser u : session.accounts().users(register)) {
                table.row(u.name(), u.role().label(), names.getOrDefault(u.name(), ""));
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

    /** Sets the name a user's documents print (制表人): one's own, or anyone's for an administrator. */
    @Command(name = "display-name", mixinStandardHelpOptions = true)
    static final class DisplayName extends CommandBase {
        @Parameters(index = "0", paramLabel = "USER", descriptionKey = "cli.opt.newUser")
        String login;

        @Parameters(index = "1", paramLabel = "姓名", descriptionKey = "cli.opt.displayName")
        String displayName;

        @Override
        int run(Session session) {
            session.accounts().setDisplayName(session.register(), login, displayName);
            out().println(Messages.get("cli.user.displayNameSet", login.strip(), displayName.strip()));
            return Vreg.OK;
        }
    }
}
