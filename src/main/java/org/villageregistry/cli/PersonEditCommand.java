package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdentityFields;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.PersonService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * vreg person edit REF (also: correct): corrects any field of a person with the rules of registering one; an
 * option left out keeps the stored value, an empty text clears an optional one. Correcting the ID number, name,
 * sex or birth date needs --reason.
 */
@Command(name = "edit", aliases = "correct", mixinStandardHelpOptions = true)
final class PersonEditCommand extends CommandBase {
    /** Typed to clear an optional value (first-marriage date, phone, notes). */
    static final String CLEAR = "";

    @Parameters(paramLabel = "REF", descriptionKey = "cli.param.personRef")
    String reference;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.opt.name")
    String name;

    @Option(names = "--sex", paramLabel = "SEX", descriptionKey = "cli.opt.sex")
    Sex sex;

    @Option(names = "--birth", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.birth")
    LocalDate birth;

    @Option(names = "--id", paramLabel = "ID", descriptionKey = "cli.opt.id")
    String idNumber;

    @Option(names = "--ethnicity", paramLabel = "ETHNICITY", descriptionKey = "cli.opt.ethnicity")
    Ethnicity ethnicity;

    @Option(names = "--hukou", paramLabel = "HUKOU", descriptionKey = "cli.opt.hukou")
    HukouType hukou;

    @Option(names = "--marital", paramLabel = "STATUS", descriptionKey = "cli.opt.marital")
    MaritalStatus marital;

    @Option(names = "--first-marriage", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.firstMarriageEdit")
    String firstMarriage;

    @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.opt.phoneEdit")
    String phone;

    @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "cli.opt.notesEdit")
    String notes;

    @Option(names = "--relation", paramLabel = "RELATION", descriptionKey = "cli.opt.relation")
    RelationToHead relation;

    @Option(names = "--reason", paramLabel = "REASON", descriptionKey = "cli.opt.correctionReason")
    CorrectionReason reason;

    @Override
    int run(Session session) {
        PersonService persons = session.services().persons();
        Person stored = persons.resolve(reference);
        Person corrected = corrected(stored);
        if (corrected.equals(stored)) {
            throw new RegistryException("cli.person.nothingToCorrect", stored.name());
        }
        List<String> identity = IdentityFields.changed(stored, corrected);
        Person saved = persons.correct(corrected, reason);
        out().println(Messages.get("cli.person.corrected", saved.name(), saved.version()));
        if (!identity.isEmpty()) {
            out().println(Messages.get("cli.person.correctionAudited", identity.stream()
                    .map(f -> Messages.get("service.person.field." + f)).collect(Collectors.joining("、")),
                    reason.label()));
        }
        return Vreg.OK;
    }

    private Person corrected(Person stored) {
        Person.Builder b = stored.toBuilder();
        if (name != null) b.name(name.strip());
        if (sex != null) b.sex(sex);
        if (birth != null) b.birthDate(birth);
        if (idNumber != null) b.idNumber(blankToNull(idNumber));
        if (ethnicity != null) b.ethnicity(ethnicity);
        if (hukou != null) b.hukouType(hukou);
        if (marital != null) b.maritalStatus(marital);
        if (firstMarriage != null) {
            b.firstMarriageDate(firstMarriage.isBlank() ? null : date(firstMarriage));
        }
        if (phone != null) b.phone(blankToNull(phone));
        if (notes != null) b.notes(blankToNull(notes));
        if (relation != null) b.relation(relation);
        return b.build();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RegistryException("cli.error.badDate", text);
        }
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
