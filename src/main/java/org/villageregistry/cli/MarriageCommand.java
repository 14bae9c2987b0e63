package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDate;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.MarriageReport;
import org.villageregistry.service.PersonService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg marriage record|correct. */
@Command(name = "marriage", mixinStandardHelpOptions = true, subcommands = {MarriageCommand.Record.class,
        EventCorrectCommand.OfMarriage.class,
        EventVoidCommand.OfMarriage.class})
final class MarriageCommand extends CommandGroup {
    /** Records a marriage, divorce or remarriage; a spouse from outside is named with --other-name. */
    @Command(name = "record", mixinStandardHelpOptions = true)
    static final class Record extends CommandBase {
        @Option(names = "--kind", defaultValue = "结婚", paramLabel = "KIND", descriptionKey = "cli.opt.marriageKind")
        MarriageKind kind;

        @Option(names = "--husband", paramLabel = "REF", descriptionKey = "cli.opt.husband")
        String husband;

        @Option(names = "--wife", paramLabel = "REF", descriptionKey = "cli.opt.wife")
        String wife;

        @Option(names = "--other-name", paramLabel = "NAME", descriptionKey = "cli.opt.otherName")
        String otherName;

        @Option(names = "--other-id", paramLabel = "ID", descriptionKey = "cli.opt.otherId")
        String otherId;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.eventDate")
        LocalDate date;

        @Option(names = "--certificate", paramLabel = "NO", descriptionKey = "cli.opt.certificate")
        String certificate;

        @Option(names = "--source", defaultValue = "本人申报", paramLabel = "SOURCE", descriptionKey = "cli.opt.source")
        EventSource source;

        @Override
        int run(Session session) {
            PersonService persons = session.services().persons();
            Marriage m = session.services().marriages().record(new MarriageReport(kind,
                    husband == null ? null : persons.resolve(husband).id(),
                    wife == null ? null : persons.resolve(wife).id(), otherName, otherId, date, certificate, source));
            out().println(Messages.get("cli.marriage.recorded", m.kind().label(), m.date(), m.id()));
            tellOfLockedMonth(session, m.date());
            return Vreg.OK;
        }
    }
}
