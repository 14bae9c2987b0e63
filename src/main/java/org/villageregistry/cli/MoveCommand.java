package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.PersonService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg move in|out|correct. */
@Command(name = "move", mixinStandardHelpOptions = true, subcommands = {MoveCommand.In.class, MoveCommand.Out.class,
        EventCorrectCommand.OfMove.class, EventVoidCommand.OfMove.class})
final class MoveCommand extends CommandGroup {
    /** One person moving in: into a household (--household), as the head of a new one, or on their own. */
    @Command(name = "in", mixinStandardHelpOptions = true)
    static final class In extends CommandBase {
        @ArgGroup(exclusive = false, multiplicity = "1")
        PersonOptions person;

        @Option(names = "--kind", defaultValue = "迁入", paramLabel = "KIND", descriptionKey = "cli.opt.moveInKind")
        MoveKind kind;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.eventDate")
        LocalDate date;

        @Option(names = "--from", paramLabel = "CODE", descriptionKey = "cli.opt.fromDivision")
        String from;

        @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "cli.opt.address")
        String address;

        @Option(names = "--reason", defaultValue = "其他", paramLabel = "REASON", descriptionKey = "cli.opt.moveReason")
        MoveReason reason;

        @Option(names = "--household", paramLabel = "NUMBER", descriptionKey = "cli.opt.household")
        String household;

        @Option(names = "--new-household", paramLabel = "HUKOU", descriptionKey = "cli.opt.newHousehold")
        HukouType newHousehold;

        @Option(names = "--source", defaultValue = "本人申报", paramLabel = "SOURCE", descriptionKey = "cli.opt.source")
        EventSource source;

        @Override
        int run(Session session) {
            Person arriving = person.toPerson().build();
            UUID householdId = household == null ? null
                    : session.services().households().show(household).household().id();
            NewHousehold own = newHousehold == null ? null : new NewHousehold(null, null, address, newHousehold, date,
                    List.of(arriving.toBuilder().relation(RelationToHead.HEAD).build()));
            Move move = session.services().moves().moveIn(new MoveInReport(kind, date, from, address, reason,
                    source, householdId, own, own == null ? List.of(arriving) : List.of()));
            out().println(Messages.get("cli.move.in", move.kind().label(), move.personIds().size(), move.date()));
            tellOfLockedMonth(session, move.date());
            return Vreg.OK;
        }
    }

    /** Persons or a whole household moving out or going to live elsewhere. */
    @Command(name = "out", mixinStandardHelpOptions = true)
    static final class Out extends CommandBase {
        @Option(names = "--person", paramLabel = "REF", descriptionKey = "cli.opt.movePerson")
        List<String> persons = new ArrayList<>();

        @Option(names = "--household", paramLabel = "NUMBER", descriptionKey = "cli.opt.moveHousehold")
        String household;

        @Option(names = "--kind", defaultValue = "迁出", paramLabel = "KIND",
                descriptionKey = "cli.opt.moveOutKind")
        MoveKind kind;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.eventDate")
        LocalDate date;

        @Option(names = "--to", paramLabel = "CODE", descriptionKey = "cli.opt.toDivision")
        String to;

        @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "cli.opt.address")
        String address;

        @Option(names = "--reason", defaultValue = "其他", paramLabel = "REASON", descriptionKey = "cli.opt.moveReason")
        MoveReason reason;

        @Option(names = "--source", defaultValue = "本人申报", paramLabel = "SOURCE", descriptionKey = "cli.opt.source")
        EventSource source;

        @Override
        int run(Session session) {
            PersonService lookup = session.services().persons();
            List<UUID> ids = persons.stream().map(r -> lookup.resolve(r).id()).toList();
            UUID householdId = household == null ? null
                    : session.services().households().show(household).household().id();
            Move move = session.services().moves().moveOut(
                    new MoveOutReport(kind, date, ids, householdId, to, address, reason, source));
            out().println(move.isTransfer()
                    ? Messages.get("cli.move.transfer", move.personIds().size(), move.toDivision(), move.date())
                    : Messages.get("cli.move.out", move.kind().label(), move.personIds().size(), move.date()));
            tellOfLockedMonth(session, move.date());
            return Vreg.OK;
        }
    }
}
