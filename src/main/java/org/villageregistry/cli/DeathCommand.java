package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDate;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DeathReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg death record|correct. */
@Command(name = "death", mixinStandardHelpOptions = true,
        subcommands = {DeathCommand.Record.class, EventCorrectCommand.OfDeath.class,
        EventVoidCommand.OfDeath.class})
final class DeathCommand extends CommandGroup {
    /** Records a death; the person leaves the register that day. */
    @Command(name = "record", mixinStandardHelpOptions = true)
    static final class Record extends CommandBase {
        @Option(names = "--person", required = true, paramLabel = "REF", descriptionKey = "cli.opt.deceased")
        String person;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.eventDate")
        LocalDate date;

        @Option(names = "--place", paramLabel = "TEXT", descriptionKey = "cli.opt.deathPlace")
        String place;

        @Option(names = "--cause", paramLabel = "REASON", descriptionKey = "cli.opt.deathCause")
        DeathCause cause;

        @Option(names = "--source", defaultValue = "本人申报", paramLabel = "SOURCE", descriptionKey = "cli.opt.source")
        EventSource source;

        @Override
        int run(Session session) {
            Person p = session.services().persons().resolve(person);
            Death d = session.services().deaths().record(new DeathReport(p.id(), date, place, cause, source));
            out().println(Messages.get("cli.death.recorded", p.name(), d.date()));
            java.util.List<String> benefits = session.services().deaths().openBenefits(p.id());
            if (!benefits.isEmpty()) {
                out().println(Messages.get("events.death.benefits", p.name(), String.join("、", benefits),
                        java.time.YearMonth.from(d.date())));
            }
            session.services().deaths().spouseToReview(p.id()).ifPresent(spouse -> out().println(Messages.get(
                    "events.death.spouseToReview", p.name(), spouse.name(), spouse.maritalStatus().label())));
            tellOfLockedMonth(session, d.date());
            return Vreg.OK;
        }
    }
}
