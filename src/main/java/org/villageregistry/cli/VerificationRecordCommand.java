package org.villageregistry.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.service.verification.VerificationService;
import org.villageregistry.session.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * vreg verification record ID: what the team wrote on the sheet, typed by the numbers printed on it. One person at
 * a time (--person 7 --correct | --wrong 出生日期=1985-03-02 … | --not-living), persons and births found in a
 * household (--household 3 --missing-person 张丽,女,1990-05-01,已婚 / --unrecorded-birth 王小宝,男,2026-08-09), a
 * listed newborn (--newborn 2 --found | --not-found), and, once the sheet's exceptions are in, --rest-correct for
 * every ticked person left (of --village CODE, or of the whole sample).
 */
@Command(name = "record", mixinStandardHelpOptions = true)
final class VerificationRecordCommand extends CommandBase {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.opt.verificationId")
    long id;

    @Option(names = "--person", paramLabel = "N", descriptionKey = "cli.opt.verificationPerson")
    String person;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Outcome outcome;

    static final class Outcome {
        @Option(names = "--correct", descriptionKey = "cli.opt.verificationCorrect")
        boolean correct;

        @Option(names = "--wrong", paramLabel = "FIELD=VALUE", descriptionKey = "cli.opt.verificationWrong")
        List<String> wrong;

        @Option(names = "--not-living", descriptionKey = "cli.opt.verificationNotLiving")
        boolean notLiving;
    }

    @Option(names = "--household", paramLabel = "N", descriptionKey = "cli.opt.verificationHousehold")
    String household;

    @Option(names = "--missing-person", paramLabel = "NAME,SEX,BIRTH[,已婚]",
            descriptionKey = "cli.opt.verificationMissing")
    List<String> missing = new ArrayList<>();

    @Option(names = "--unrecorded-birth", paramLabel = "NAME,SEX,BIRTH", descriptionKey = "cli.opt.verificationBirth")
    List<String> births = new ArrayList<>();

    @Option(names = "--newborn", paramLabel = "N", descriptionKey = "cli.opt.verificationNewborn")
    String newborn;

    @Option(names = "--found", negatable = true, descriptionKey = "cli.opt.verificationFound")
    Boolean found;

    @Option(names = "--rest-correct", descriptionKey = "cli.opt.verificationRest")
    boolean restCorrect;

    @Option(names = "--village", paramLabel = "CODE", descriptionKey = "cli.opt.verificationRestVillage")
    String village;

    @Override
    int run(Session session) {
        checkCombination();
        var service = session.verification();
        if (person != null) {
            PersonResult r = service.recordPerson(id, person, outcome(), corrections());
            out().println(Messages.get("cli.verification.personRecorded", person, r.outcome().label()));
        }
        for (String spec : missing) {
            FoundPerson f = found(service, spec, FoundPerson.Kind.MISSING_PERSON);
            out().println(Messages.get("cli.verification.foundRecorded", household, f.name(),
                    Messages.get("verification.found." + f.kind().name())));
        }
        for (String spec : births) {
            FoundPerson f = found(service, spec, FoundPerson.Kind.UNRECORDED_BIRTH);
            out().println(Messages.get("cli.verification.foundRecorded", household, f.name(),
                    Messages.get("verification.found." + f.kind().name())));
        }
        if (newborn != null) {
            service.recordNewborn(id, newborn, found);
            out().println(Messages.get("cli.verification.newbornRecorded", newborn,
                    Messages.get(found ? "cli.verification.newbornFound" : "cli.verification.newbornNotFound")));
        }
        if (restCorrect) {
            int n = service.recordRestCorrect(id, village == null ? "" : village.strip());
            out().println(Messages.get("cli.verification.restRecorded", String.valueOf(n)));
        }
        return Vreg.OK;
    }

    /** Refuses a line that would mean nothing or two things, before anything is entered. */
    private void checkCombination() {
        boolean any = person != null || !missing.isEmpty() || !births.isEmpty() || newborn != null || restCorrect;
        if (!any) {
            throw new RegistryException("cli.verification.nothingToRecord");
        }
        if (person != null && outcome == null) {
            throw new RegistryException("cli.verification.outcomeMissing", person);
        }
        if (person == null && outcome != null) {
            throw new RegistryException("cli.verification.personMissing");
        }
        if ((!missing.isEmpty() || !births.isEmpty()) && household == null) {
            throw new RegistryException("cli.verification.householdMissing");
        }
        if (newborn != null && found == null) {
            throw new RegistryException("cli.verification.foundMissing", newborn);
        }
        if (village != null && !restCorrect) {
            throw new RegistryException("cli.verification.villageWithoutRest", village);
        }
        if (person != null) {
            corrections();
        }
        missing.forEach(s -> parse(s, FoundPerson.Kind.MISSING_PERSON));
        births.forEach(s -> parse(s, FoundPerson.Kind.UNRECORDED_BIRTH));
    }

    private PersonOutcome outcome() {
        return outcome.correct ? PersonOutcome.CORRECT : outcome.notLiving ? PersonOutcome.NOT_LIVING
                : PersonOutcome.WRONG;
    }

    private Map<CheckedField, String> corrections() {
        Map<CheckedField, String> out = new EnumMap<>(CheckedField.class);
        if (outcome == null || outcome.wrong == null) {
            return out;
        }
        for (String typed : outcome.wrong) {
            int eq = typed.indexOf('=');
            String name = eq < 0 ? typed : typed.substring(0, eq);
            CheckedField field = CheckedField.parse(name).orElseThrow(() -> new RegistryException(
                    "verification.error.field", name, Arrays.stream(CheckedField.values()).map(CheckedField::label)
                            .collect(Collectors.joining("、"))));
            out.put(field, eq < 0 ? "" : typed.substring(eq + 1));
        }
        return out;
    }

    private FoundPerson found(VerificationService service, String spec, FoundPerson.Kind kind) {
        FoundPerson f = parse(spec, kind);
        return service.recordFound(id, household, kind, f.name(), f.sex(), f.birthDate(), f.married());
    }

    /** 张丽,女,1990-05-01,已婚: name, sex, birth date and, for a married woman, 已婚. */
    static FoundPerson parse(String spec, FoundPerson.Kind kind) {
        String[] parts = spec.split("[,，]", -1);
        if (parts.length < 3 || parts.length > 4 || parts[0].isBlank()) {
            throw new RegistryException("cli.verification.foundSpec", spec);
        }
        Sex sex = Coded.parse(Sex.class, parts[1]).orElseThrow(
                () -> new RegistryException("verification.error.sex", parts[1]));
        LocalDate born;
        try {
            born = LocalDate.parse(parts[2].strip());
        } catch (DateTimeParseException e) {
            throw new RegistryException(e, "verification.error.date", parts[2]);
        }
        boolean married = parts.length == 4 && (parts[3].strip().equals("已婚")
                || parts[3].strip().equalsIgnoreCase("married"));
        if (parts.length == 4 && !married) {
            throw new RegistryException("cli.verification.foundSpec", spec);
        }
        return new FoundPerson(0, 0, kind, parts[0].strip(), sex, born, married);
    }
}
