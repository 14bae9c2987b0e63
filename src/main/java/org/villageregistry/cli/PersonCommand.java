package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.PersonFile;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.TimelineEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg person add|show|edit|void. */
@Command(name = "person", mixinStandardHelpOptions = true,
        subcommands = {PersonCommand.Add.class, PersonCommand.Show.class, PersonEditCommand.class,
                PersonCommand.Void.class})
final class PersonCommand extends CommandGroup {
    /** vreg person add: registers one person, optionally into a household. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends CommandBase {
        @ArgGroup(exclusive = false, multiplicity = "1")
        PersonOptions person;

        @Option(names = "--household", paramLabel = "NUMBER", descriptionKey = "cli.opt.household")
        String household;

        @Option(names = "--mother", paramLabel = "REF", descriptionKey = "cli.opt.mother")
        String mother;

        @Option(names = "--father", paramLabel = "REF", descriptionKey = "cli.opt.father")
        String father;

        @Option(names = "--reveal", descriptionKey = "cli.opt.reveal")
        boolean reveal;

        @Override
        int run(Session session) {
            Register register = session.register();
            PersonService persons = session.services().persons();
            Person.Builder draft = person.toPerson();
            if (household != null) {
                draft.householdId(session.services().households().show(household).household().id());
            }
            if (mother != null) {
                draft.motherId(persons.resolve(mother).id());
            }
            if (father != null) {
                draft.fatherId(persons.resolve(father).id());
            }
            Person saved = persons.register(draft.build());
            out().println(Messages.get("cli.person.added", saved.name(), PersonText.id(saved.idNumber(), reveal),
                    saved.id()));
            // a person added counts in the months since entering (without a day, since birth): say so of a month
            // already submitted or approved, as after an event
            session.services().signoffs().lockedMonthNoticeFrom(saved.enteredOn() != null ? saved.enteredOn()
                    : saved.birthDate()).ifPresent(out()::println);
            return Vreg.OK;
        }
    }

    /** vreg person show REF: the person, household and timeline. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends CommandBase {
        @Parameters(paramLabel = "REF", descriptionKey = "cli.param.personRef")
        String reference;

        @Mixin
        ShownAs shown;

        @Override
        int run(Session session) throws Exception {
            PersonService persons = session.services().persons();
            PersonFile file = persons.show(persons.resolve(reference).id());
            Person p = file.person();
            if (shown.json()) {
                Person masked = shown.reveal ? p : p.toBuilder().idNumber(PersonText.id(p.idNumber(), false)).build();
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("person", masked);
                json.put("household", file.household().orElse(null));
                json.put("timeline", file.timeline());
                printJson(json);
                return Vreg.OK;
            }
            TextTable card = new TextTable(Messages.get("cli.col.field"), Messages.get("cli.col.value"));
            card.row(Messages.get("cli.col.name"), p.name())
                    .row(Messages.get("cli.col.sex"), PersonText.label(p.sex()))
                    .row(Messages.get("cli.col.birth"), p.birthDate())
                    .row(Messages.get("cli.col.id"), PersonText.id(p.idNumber(), shown.reveal))
                    .row(Messages.get("cli.col.ethnicity"), PersonText.label(p.ethnicity()))
                    .row(Messages.get("cli.col.hukou"), PersonText.label(p.hukouType()))
                    .row(Messages.get("cli.col.residence"), PersonText.label(p.residence()))
                    .row(Messages.get("cli.col.marital"), PersonText.label(p.maritalStatus()))
                    .row(Messages.get("cli.col.firstMarriage"), PersonText.text(p.firstMarriageDate()))
                    .row(Messages.get("cli.col.household"), file.household().map(Household::number).orElse(""))
                    .row(Messages.get("cli.col.relation"), PersonText.label(p.relation()))
                    .row(Messages.get("cli.col.enteredOn"), PersonText.text(p.enteredOn()))
                    .row(Messages.get("cli.col.leftOn"), PersonText.text(p.leftOn()))
                    .row(Messages.get("cli.col.version"), p.version())
                    .row(Messages.get("cli.col.recordId"), p.id());
            if (p.isVoided()) {
                card.row(Messages.get("cli.col.voidReason"), p.voidReason());
            }
            card.print(out());
            out().println();
            TextTable timeline = new TextTable(Messages.get("cli.col.date"), Messages.get("cli.col.event"),
                    Messages.get("cli.col.recordId"));
            for (TimelineEntry e : file.timeline()) {
                timeline.row(e.date() == null ? "" : e.date(), e.text(), e.isCorrectableEvent() ? e.recordId() : "");
            }
            if (timeline.isEmpty()) {
                out().println(Messages.get("cli.person.noEvents"));
            } else {
                timeline.print(out());
            }
            return Vreg.OK;
        }
    }

    /** vreg person void REF --reason TEXT: marks a record entered by mistake. */
    @Command(name = "void", mixinStandardHelpOptions = true)
    static final class Void extends CommandBase {
        @Parameters(paramLabel = "REF", descriptionKey = "cli.param.personRef")
        String reference;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.opt.voidReason")
        String reason;

        @Override
        int run(Session session) {
            PersonService persons = session.services().persons();
            Person voided = persons.voidPerson(persons.resolve(reference).id(), reason);
            out().println(Messages.get("cli.person.voided", voided.name(), voided.voidReason()));
            return Vreg.OK;
        }
    }
}
