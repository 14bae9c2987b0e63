package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.RecordedBirth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg birth record|correct. */
@Command(name = "birth", mixinStandardHelpOptions = true,
        subcommands = {BirthCommand.Record.class, EventCorrectCommand.OfBirth.class})
final class BirthCommand extends CommandGroup {
    /** Records a delivery; twins are two --child options. */
    @Command(name = "record", mixinStandardHelpOptions = true)
    static final class Record extends CommandBase {
        @Option(names = "--mother", required = true, paramLabel = "REF", descriptionKey = "cli.opt.mother")
        String mother;

        @Option(names = "--father", paramLabel = "REF", descriptionKey = "cli.opt.father")
        String father;

        @Option(names = "--born", required = true, paramLabel = "YYYY-MM-DDTHH:MM", descriptionKey = "cli.opt.born")
        LocalDateTime born;

        @Option(names = "--child", required = true, paramLabel = "NAME,SEX[,GRAMS[,CERTIFICATE]]",
                descriptionKey = "cli.opt.child", converter = ChildSpec.class)
        List<BirthReport.NewChild> children = new ArrayList<>();

        @Option(names = "--place", defaultValue = "医院", paramLabel = "PLACE", descriptionKey = "cli.opt.birthPlace")
        BirthPlace place;

        @Option(names = "--weeks", paramLabel = "N", descriptionKey = "cli.opt.weeks")
        Integer weeks;

        @Option(names = "--source", defaultValue = "本人申报", paramLabel = "SOURCE", descriptionKey = "cli.opt.source")
        EventSource source;

        @Option(names = "--confirm", descriptionKey = "cli.opt.confirm")
        boolean confirm;

        @Override
        int run(Session session) {
            PersonService persons = session.services().persons();
            BirthReport report = new BirthReport(persons.resolve(mother).id(),
                    father == null ? null : persons.resolve(father).id(), born, place, weeks, source, children);
            RecordedBirth result = session.services().births().record(report, confirm);
            for (int i = 0; i < result.births().size(); i++) {
                Birth b = result.births().get(i);
                out().println(Messages.get("cli.birth.recorded", result.children().get(i).name(), b.sex().label(),
                        b.birthOrder(), b.bornAt().toLocalDate()));
            }
            for (Problem w : result.warnings()) {
                out().println(Messages.get("cli.warning", w.message()));
            }
            tellOfLockedMonth(session, born.toLocalDate());
            return Vreg.OK;
        }
    }
}
