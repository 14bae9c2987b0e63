package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.RecordedBirth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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
                descriptionKey = "cli.opt.child")
        List<String> children = new ArrayList<>();

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
            List<BirthReport.NewChild> newChildren = children.stream().map(Record::child).toList();
            BirthReport report = new BirthReport(persons.resolve(mother).id(),
                    father == null ? null : persons.resolve(father).id(), born, place, weeks, source, newChildren);
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

        static BirthReport.NewChild child(String text) {
            String[] parts = text.split("[,，]", -1);
            if (parts.length < 2 || parts.length > 4) {
                throw new TypeConversionException(Messages.get("cli.error.badChild", text));
            }
            Integer grams = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    grams = Integer.valueOf(parts[2].strip());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException(Messages.get("cli.error.badChild", text));
                }
            }
            String certificate = parts.length > 3 ? parts[3].strip() : null;
            return new BirthReport.NewChild(parts[0].strip(), CodedConverters.parse(Sex.class, parts[1]), null, grams,
                    certificate, null);
        }
    }
}
