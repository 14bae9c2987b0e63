package org.villageregistry.cli;

import org.villageregistry.session.Session;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg conflicts list|decide: two versions side by side, and the township's decision. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Decide.class})
final class ConflictsCommand extends CommandGroup {
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListConflicts extends SyncCommandBase {
        @Option(names = "--all", descriptionKey = "cli.opt.conflictsAll")
        boolean all;

        @Override
        int run(Session session) {
            java.util.List<Conflict> conflicts = session.sync().conflicts().list(!all);
            if (conflicts.isEmpty()) {
                out().println(Messages.get("cli.conflicts.none"));
            }
            for (Conflict c : conflicts) {
                out().println(Messages.get("cli.conflicts.line", c.id(), c.origin(), c.changeId(),
                        Messages.get("syncui.reason." + c.reasonCode()), c.otherOwner(),
                        c.decision().map(d -> Messages.get("syncui.decision." + d.name()))
                                .orElse(Messages.get("cli.conflicts.undecided"))));
                out().println("  " + Messages.get("cli.conflicts.village") + " " + c.villageState());
                out().println("  " + Messages.get("cli.conflicts.other") + " " + c.otherState());
            }
            return Vreg.OK;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true)
    static final class Decide extends SyncCommandBase {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.opt.conflictId")
        long id;

        @Parameters(index = "1", paramLabel = "keep-village|keep-other|different-people",
                descriptionKey = "cli.opt.decision")
        String decision;

        @Override
        int run(Session session) {
            ConflictDecision d = switch (decision) {
                case "keep-village" -> ConflictDecision.KEEP_VILLAGE;
                case "keep-other" -> ConflictDecision.KEEP_OTHER;
                case "different-people" -> ConflictDecision.DIFFERENT_PEOPLE;
                default -> throw new org.villageregistry.domain.text.RegistryException("cli.conflicts.badDecision",
                        decision);
            };
            Conflict c = session.sync().conflicts().decide(id, d);
            out().println(Messages.get("cli.conflicts.decided", c.id(), decision));
            return Vreg.OK;
        }
    }
}
