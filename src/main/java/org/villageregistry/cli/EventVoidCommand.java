package org.villageregistry.cli;

import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.EventCorrectionService;
import org.villageregistry.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * vreg death|marriage|move void EVENT --reason TEXT: voids a death or marriage recorded by mistake; the persons it
 * changed are put back as they were before it (EventCorrectionService#voidEvent).
 */
abstract class EventVoidCommand extends CommandBase {
    @Parameters(paramLabel = "EVENT", descriptionKey = "cli.param.eventId")
    String event;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.opt.voidReason")
    String reason;

    private final EntityType kind;

    EventVoidCommand(EntityType kind) {
        this.kind = kind;
    }

    @Override
    final int run(Session session) {
        EventCorrectionService corrections = session.services().eventCorrections();
        RegisterRecord stored = EventCorrectCommand.ofKind(corrections, event, kind);
        RegisterRecord voided = corrections.voidEvent(stored.id(), stored.version(), reason);
        out().println(Messages.get("cli.eventVoid.done", EventCorrectionService.label(voided), voided.id(),
                voided.voidReason()));
        session.services().signoffs().lockedMonthNotice(stored, voided).ifPresent(out()::println);
        return Vreg.OK;
    }

    /** vreg death void EVENT --reason TEXT. */
    @Command(name = "void", mixinStandardHelpOptions = true)
    static final class OfDeath extends EventVoidCommand {
        OfDeath() {
            super(EntityType.DEATH);
        }
    }

    /** vreg move void EVENT --reason TEXT. */
    @Command(name = "void", mixinStandardHelpOptions = true)
    static final class OfMove extends EventVoidCommand {
        OfMove() {
            super(EntityType.MOVE);
        }
    }

    /** vreg marriage void EVENT --reason TEXT. */
    @Command(name = "void", mixinStandardHelpOptions = true)
    static final class OfMarriage extends EventVoidCommand {
        OfMarriage() {
            super(EntityType.MARRIAGE);
        }
    }
}
