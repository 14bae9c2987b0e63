package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.NewHousehold;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg household add|show. */
@Command(name = "household", mixinStandardHelpOptions = true,
        subcommands = {HouseholdCommand.Add.class, HouseholdCommand.Show.class})
final class HouseholdCommand extends CommandGroup {
    /** vreg household add: the head from the person options, more members with --member. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends CommandBase {
        @ArgGroup(exclusive = false, multiplicity = "1")
        PersonOptions head;

        @Option(names = "--number", paramLabel = "NUMBER", descriptionKey = "cli.opt.householdNumber")
        String number;

        @Option(names = "--group", paramLabel = "GROUP", descriptionKey = "cli.opt.group")
        String group;

        @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "cli.opt.address")
        String address;

        @Option(names = "--household-hukou", required = true, paramLabel = "HUKOU",
                descriptionKey = "cli.opt.householdHukou")
        HukouType hukou;

        @Option(names = "--created", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.created")
        LocalDate created;

        @Option(names = "--member", paramLabel = "RELATION,NAME,SEX,BIRTH[,ID[,STATUS]]",
                descriptionKey = "cli.opt.member", converter = MemberSpec.class)
        List<Person.Builder> members = new ArrayList<>();

        @Option(names = "--reveal", descriptionKey = "cli.opt.reveal")
        boolean reveal;

        @Override
        int run(Session session) {
            Person headPerson = head.toPerson().relation(RelationToHead.HEAD).build();
            List<Person> all = new ArrayList<>(List.of(headPerson));
            for (Person.Builder m : members) {
                all.add(m.ethnicity(headPerson.ethnicity()).build());
            }
            HouseholdFile file = session.services().households()
                    .add(new NewHousehold(number, group, address, hukou, created, all));
            out().println(Messages.get("cli.household.added", file.household().number(), file.members().size()));
            HouseholdCommand.printMembers(this, file, reveal);
            file.members().stream().map(p -> p.enteredOn() != null ? p.enteredOn() : p.birthDate())
                    .filter(java.util.Objects::nonNull).min(java.time.LocalDate::compareTo)
                    .flatMap(from -> session.services().signoffs().lockedMonthNoticeFrom(from))
                    .ifPresent(out()::println);
            return Vreg.OK;
        }
    }

    /** vreg household show NUMBER. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends CommandBase {
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.param.householdNumber")
        String number;

        @Mixin
        ShownAs shown;

        @Override
        int run(Session session) throws Exception {
            HouseholdFile file = session.services().households().show(number);
            if (shown.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("household", file.household());
                json.put("members", file.members().stream().map(p -> shown.reveal ? p
                        : p.toBuilder().idNumber(p.idNumber() == null ? null : PersonText.id(p.idNumber(), false))
                        .build()).toList());
                printJson(json);
                return Vreg.OK;
            }
            out().println(Messages.get("cli.household.header", file.household().number(),
                    PersonText.text(file.household().group()), PersonText.text(file.household().address()),
                    PersonText.label(file.household().hukouType())));
            printMembers(this, file, shown.reveal);
            return Vreg.OK;
        }
    }

    static void printMembers(CommandBase command, HouseholdFile file, boolean reveal) {
        TextTable table = new TextTable(Messages.get("cli.col.relation"), Messages.get("cli.col.name"),
                Messages.get("cli.col.sex"), Messages.get("cli.col.birth"), Messages.get("cli.col.id"),
                Messages.get("cli.col.residence"), Messages.get("cli.col.marital"));
        for (Person p : file.members()) {
            table.row(PersonText.label(p.relation()), p.name(), PersonText.label(p.sex()), p.birthDate(),
                    PersonText.id(p.idNumber(), reveal), PersonText.label(p.residence()),
                    PersonText.label(p.maritalStatus()));
        }
        table.print(command.out());
    }
}
