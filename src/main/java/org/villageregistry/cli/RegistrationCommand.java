package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.registration.BirthRegistrationReport;
import org.villageregistry.service.registration.BirthRegistrationService;
import org.villageregistry.service.registration.FirstMarriageGap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg registration add|list|show: 生育登记 from the terminal, as the desktop form has it. */
@Command(name = "registration", mixinStandardHelpOptions = true,
        subcommands = {RegistrationCommand.Add.class, RegistrationCommand.ListAll.class,
                RegistrationCommand.Show.class})
final class RegistrationCommand extends CommandGroup {
    /**
     * Registers a couple's coming child, or with --child one already born (补登). A spouse in the register is named
     * by REF and prefilled from it; one from outside by --wife-name/--wife-id (or husband). A marriage date for a
     * spouse without 初婚日期 fills it only with --fill-first-marriage.
     */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends CommandBase {
        @Option(names = "--wife", paramLabel = "REF", descriptionKey = "cli.opt.wife")
        String wife;

        @Option(names = "--wife-name", paramLabel = "NAME", descriptionKey = "cli.opt.wifeName")
        String wifeName;

        @Option(names = "--wife-id", paramLabel = "ID", descriptionKey = "cli.opt.wifeId")
        String wifeId;

        @Option(names = "--husband", paramLabel = "REF", descriptionKey = "cli.opt.husband")
        String husband;

        @Option(names = "--husband-name", paramLabel = "NAME", descriptionKey = "cli.opt.husbandName")
        String husbandName;

        @Option(names = "--husband-id", paramLabel = "ID", descriptionKey = "cli.opt.husbandId")
        String husbandId;

        @Option(names = "--marriage-date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.marriageDate")
        LocalDate marriageDate;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.registeredOn")
        LocalDate date;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.due")
        LocalDate due;

        @Option(names = "--child", paramLabel = "REF", descriptionKey = "cli.opt.bornChild")
        String child;

        @Option(names = "--office", paramLabel = "NAME", descriptionKey = "cli.opt.office")
        String office;

        @Option(names = "--fill-first-marriage", descriptionKey = "cli.opt.fillFirstMarriage")
        boolean fillFirstMarriage;

        @Override
        int run(Session session) {
            Register register = session.register();
            PersonService persons = session.services().persons();
            BirthRegistrationService registrations = session.services().birthRegistrations();
            BirthRegistrationReport report = new BirthRegistrationReport(
                    spouse(persons, registrations, wife, wifeName, wifeId),
                    spouse(persons, registrations, husband, husbandName, husbandId),
                    date == null ? LocalDate.now(clock()) : date, due,
                    office != null ? office : Messages.get("events.registration.defaultOffice",
                            register.workstation().divisionName()),
                    child == null ? null : persons.resolve(child).id());
            List<Problem> warnings = registrations.check(report).stream().filter(p -> !p.isError()).toList();
            BirthRegistration saved = registrations.register(report);
            warnings.forEach(w -> context().err().println(Messages.get("cli.registration.warning", w.message())));
            out().println(Messages.get("cli.registration.added", saved.registrationNumber(), saved.registeredOrder(),
                    saved.id()));
            for (FirstMarriageGap gap : registrations.firstMarriageGaps(report)) {
                if (fillFirstMarriage) {
                    persons.fillFirstMarriage(gap.personId(), gap.marriageDate());
                    out().println(Messages.get("cli.registration.firstMarriageFilled", gap.name(),
                            gap.marriageDate()));
                } else {
                    out().println(Messages.get("cli.registration.firstMarriageHint", gap.name(),
                            gap.marriageDate()));
                }
            }
            return Vreg.OK;
        }

        private Spouse spouse(PersonService persons, BirthRegistrationService registrations, String ref,
                              String name, String idNumber) {
            Spouse s = ref != null ? registrations.spouseFromRegister(persons.resolve(ref).id())
                    : new Spouse(null, name, idNumber, Ethnicity.HAN, null, null, null, null);
            return marriageDate == null ? s : new Spouse(s.personId(), s.name(), s.idNumber(), s.ethnicity(),
                    s.hukouAddress(), s.currentAddress(), s.maritalStatus(), marriageDate);
        }
    }

    /** The registrations of this workstation, newest first. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAll extends CommandBase {
        @Mixin
        ShownAs shown;

        @Override
        int run(Session session) throws Exception {
            List<BirthRegistration> all = session.services().birthRegistrations().list();
            if (shown.json()) {
                printJson(all.stream().map(r -> json(r, shown.reveal)).toList());
                return Vreg.OK;
            }
            if (all.isEmpty()) {
                out().println(Messages.get("cli.registration.none"));
                return Vreg.OK;
            }
            TextTable table = new TextTable(Messages.get("cli.registration.col.number"),
                    Messages.get("cli.registration.col.date"), Messages.get("cli.registration.col.wife"),
                    Messages.get("cli.registration.col.husband"), Messages.get("cli.registration.col.order"),
                    Messages.get("cli.registration.col.due"), Messages.get("cli.registration.col.state"));
            for (BirthRegistration r : all) {
                table.row(r.registrationNumber(), r.registeredOn(), name(r.wife()), name(r.husband()),
                        r.registeredOrder(), PersonText.text(r.expectedDelivery()), state(r));
            }
            table.print(out());
            out().println(Messages.get("cli.registration.count", all.size()));
            return Vreg.OK;
        }
    }

    /** One registration with the couple and their children; ID numbers masked unless --reveal. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends CommandBase {
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.opt.registration")
        String registration;

        @Mixin
        ShownAs shown;

        @Override
        int run(Session session) throws Exception {
            BirthRegistration r = session.services().birthRegistrations().find(registration);
            if (shown.json()) {
                printJson(json(r, shown.reveal));
                return Vreg.OK;
            }
            TextTable card = new TextTable(Messages.get("cli.col.field"), Messages.get("cli.col.value"));
            card.row(Messages.get("cli.registration.col.number"), r.registrationNumber())
                    .row(Messages.get("cli.registration.col.date"), r.registeredOn())
                    .row(Messages.get("events.registration.office"), r.office())
                    .row(Messages.get("cli.registration.col.wife"), spouse(r.wife(), shown.reveal))
                    .row(Messages.get("cli.registration.col.husband"), spouse(r.husband(), shown.reveal))
                    .row(Messages.get("cli.registration.col.order"), r.registeredOrder())
                    .row(Messages.get("cli.registration.col.due"), PersonText.text(r.expectedDelivery()))
                    .row(Messages.get("cli.registration.col.state"), state(r))
                    .row(Messages.get("cli.col.recordId"), r.id());
            card.print(out());
            out().println();
            TextTable children = new TextTable(Messages.get("events.registration.childOrder"),
                    Messages.get("cli.col.name"), Messages.get("cli.col.sex"), Messages.get("cli.col.birth"));
            for (RegisteredChild c : r.children()) {
                children.row(c.order(), c.name(), PersonText.label(c.sex()), PersonText.text(c.birthDate()));
            }
            if (children.isEmpty()) {
                out().println(Messages.get("events.registration.noChildren"));
            } else {
                children.print(out());
            }
            return Vreg.OK;
        }
    }

    private static String name(Spouse s) {
        return s == null ? "" : s.name();
    }

    private static String spouse(Spouse s, boolean reveal) {
        return s == null ? "" : (s.name() + " " + PersonText.id(s.idNumber(), reveal)).strip();
    }

    private static String state(BirthRegistration r) {
        return r.voidReason() == null ? Messages.get("cli.registration.valid")
                : Messages.get("cli.registration.voided", r.voidReason());
    }

    /** A registration for JSON output, ID numbers masked unless revealed. */
    private static Map<String, Object> json(BirthRegistration r, boolean reveal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("registrationNumber", r.registrationNumber());
        json.put("registeredOn", r.registeredOn());
        json.put("office", r.office());
        json.put("wife", masked(r.wife(), reveal));
        json.put("husband", masked(r.husband(), reveal));
        json.put("registeredOrder", r.registeredOrder());
        json.put("expectedDelivery", r.expectedDelivery());
        json.put("children", r.children());
        json.put("voidReason", r.voidReason());
        return json;
    }

    private static Spouse masked(Spouse s, boolean reveal) {
        return s == null || reveal ? s : new Spouse(s.personId(), s.name(), PersonText.id(s.idNumber(), false),
                s.ethnicity(), s.hukouAddress(), s.currentAddress(), s.maritalStatus(), s.marriageDate());
    }
}
