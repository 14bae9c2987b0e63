package org.villageregistry.service.verification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.indicator.VerificationRates;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.domain.verification.VerificationResults;
import org.villageregistry.domain.verification.VerificationSample;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;

/**
 * The township's sample verification (抽样核查, DOMAIN.md "Monitoring"): draw households at random (seeded,
 * stratified by village), give the team a sheet per village, enter what they found, and measure the register.
 * Every refusal names what was typed and changes nothing; each finding also goes to its village as a task in the
 * next receipt.
 */
public final class VerificationService {
    /** Longest value found in the field that is kept (a name, a date, an ID number, a status). */
    static final int MAX_VALUE = 100;
    private final Register register;
    private final Clock clock;
    private final SampleDrawer drawer;
    private final VerificationFindings findings;

    public VerificationService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.drawer = new SampleDrawer(register);
        this.findings = new VerificationFindings(register);
    }

    /** What to draw: village codes (empty: every village), households per village, the seed, listed newborns. */
    public record Draw(List<String> villages, int householdsPerVillage, long seed, boolean newborns) {
        public Draw {
            villages = List.copyOf(villages);
        }
    }

    /** The township's division code. */
    public String township() {
        return register.workstation().division().value();
    }

    /** The township's villages that can be drawn, in code order. */
    public List<Division> villages() {
        String township = register.workstation().division().value();
        return register.divisions().stream().filter(d -> d.code().value().length() == 12
                && d.code().value().startsWith(township)).toList();
    }

    public VerificationSample draw(Draw draw) {
        requireTownship();
        if (draw.householdsPerVillage() <= 0) {
            throw new RegistryException("verification.error.households", String.valueOf(draw.householdsPerVillage()));
        }
        List<String> villages = chosen(draw.villages());
        Instant now = clock.instant();
        Verification v = new Verification(0, register.workstation().division().value(), villages,
                draw.householdsPerVillage(), draw.seed(), draw.newborns(), now, LocalDate.now(clock),
                register.user().name());
        return register.transactions().write(() -> {
            VerificationSample drawn = register.verifications().add(drawer.draw(v));
            audit(AuditAction.VERIFICATION_DRAWN, drawn.verification().id(), "seed=" + draw.seed() + " villages="
                    + villages.size() + " households=" + draw.householdsPerVillage() + " newborns=" + draw.newborns());
            return drawn;
        });
    }

    /** Draws the sample again with another seed; refused once a result was entered (the team already went out). */
    public VerificationSample redraw(long id, long seed) {
        requireTownship();
        VerificationSample old = sample(id);
        if (!results(id).isEmpty()) {
            throw new RegistryException("verification.error.redrawAfterResults", String.valueOf(id), String.valueOf(seed),
                    String.valueOf(old.verification().seed()));
        }
        Verification v = old.verification().redrawn(seed, clock.instant(), LocalDate.now(clock),
                register.user().name());
        return register.transactions().write(() -> {
            VerificationSample drawn = drawer.draw(v);
            register.verifications().replace(drawn);
            audit(AuditAction.VERIFICATION_REDRAWN, id, "seed=" + seed + " before=" + old.verification().seed());
            return drawn;
        });
    }

    public List<Verification> list() {
        requireTownship();
        return register.verifications().list();
    }

    public VerificationSample sample(long id) {
        requireTownship();
        return register.verifications().sample(id)
                .orElseThrow(() -> new RegistryException("verification.error.noSuchVerification", String.valueOf(id)));
    }

    public VerificationResults results(long id) {
        requireTownship();
        return register.verifications().results(id);
    }

    /** The sheet of one village of the verification. */
    public VerificationSheet sheet(long id, String village) {
        VerificationSample s = sample(id);
        if (!s.verification().villages().contains(village)) {
            throw new RegistryException("verification.error.villageNotDrawn", village, String.valueOf(id));
        }
        List<VerificationSheet.Household> households = s.householdsOf(village).stream()
                .map(h -> new VerificationSheet.Household(h, s.membersOf(h.number()))).toList();
        return new VerificationSheet(s.verification(), village, villageName(village), households,
                s.newborns().stream().filter(n -> n.village().equals(village)).toList());
    }

    /**
     * Enters what the team found about a sampled person (by their number on the sheet): CORRECT, NOT_LIVING, or
     * WRONG with each wrong field and the value found. Entering again replaces the earlier result.
     */
    public PersonResult recordPerson(long id, String personNumber, PersonOutcome outcome,
                                     Map<CheckedField, String> corrections) {
        VerificationSample s = sample(id);
        SampledPerson person = number(personNumber).flatMap(s::person).orElseThrow(
                () -> new RegistryException("verification.error.personNotInSample", personNumber, String.valueOf(id)));
        PersonResult result = result(person, outcome, corrections);
        SampledHousehold household = s.household(person.household()).orElseThrow();
        Instant now = clock.instant();
        register.transactions().write(() -> {
            register.verifications().savePersonResult(id, result);
            findings.person(s.verification(), household, person, result, now);
            audit(AuditAction.VERIFICATION_RECORDED, id, "person=" + person.number() + " outcome=" + outcome
                    + (result.corrections().isEmpty() ? "" : " fields=" + String.join(",",
                    result.corrections().keySet().stream().sorted().map(Enum::name).toList())));
        });
        return result;
    }

    /** Every drawn person of the village (or of every village when village is empty) without a result is correct. */
    public int recordRestCorrect(long id, String village) {
        VerificationSample s = sample(id);
        if (!village.isEmpty() && !s.verification().villages().contains(village)) {
            throw new RegistryException("verification.error.villageNotDrawn", village, String.valueOf(id));
        }
        VerificationResults entered = results(id);
        List<PersonResult> rest = s.persons().stream()
                .filter(p -> village.isEmpty() || p.village().equals(village))
                .filter(p -> entered.of(p.number()).isEmpty()).map(p -> PersonResult.correct(p.number())).toList();
        register.transactions().write(() -> {
            rest.forEach(r -> register.verifications().savePersonResult(id, r));
            audit(AuditAction.VERIFICATION_RECORDED, id, "rest-correct=" + rest.size()
                    + (village.isEmpty() ? "" : " village=" + village));
        });
        return rest.size();
    }

    /** A person found living in a drawn household (by its number on the sheet) who is not registered, or a birth. */
    public FoundPerson recordFound(long id, String householdNumber, FoundPerson.Kind kind, String name, Sex sex,
                                   LocalDate birthDate, boolean married) {
        VerificationSample s = sample(id);
        SampledHousehold household = number(householdNumber).flatMap(s::household).orElseThrow(
                () -> new RegistryException("verification.error.householdNotInSample", householdNumber, String.valueOf(id)));
        if (name == null || name.isBlank() || name.strip().length() > MAX_VALUE) {
            throw new RegistryException("verification.error.foundName", name == null ? "" : name);
        }
        if (birthDate != null && birthDate.isAfter(LocalDate.now(clock))) {
            throw new RegistryException("verification.error.foundBornLater", name.strip(), birthDate.toString());
        }
        if (kind == FoundPerson.Kind.UNRECORDED_BIRTH && (birthDate == null
                || !birthDate.isAfter(s.verification().drawnOn().minusYears(1)))) {
            throw new RegistryException("verification.error.birthNotRecent", name.strip(),
                    birthDate == null ? "" : birthDate.toString(), s.verification().drawnOn().minusYears(1).toString());
        }
        FoundPerson draft = new FoundPerson(0, household.number(), kind, name.strip(), sex, birthDate,
                married && sex == Sex.FEMALE);
        Instant now = clock.instant();
        return register.transactions().write(() -> {
            long newId = register.verifications().addFound(id, draft);
            findings.found(s.verification(), household, draft, now);
            audit(AuditAction.VERIFICATION_RECORDED, id, "household=" + household.number() + " found=" + kind);
            return new FoundPerson(newId, draft.household(), kind, draft.name(), sex, birthDate, draft.married());
        });
    }

    /** Whether the team found a newborn of the reconciliation lists (by its number on the sheet). */
    public void recordNewborn(long id, String newbornNumber, boolean found) {
        VerificationSample s = sample(id);
        int number = number(newbornNumber).filter(n -> s.newborn(n).isPresent()).orElseThrow(
                () -> new RegistryException("verification.error.newbornNotInSample", newbornNumber, String.valueOf(id)));
        register.transactions().write(() -> {
            register.verifications().saveNewbornResult(id, number, found);
            audit(AuditAction.VERIFICATION_RECORDED, id, "newborn=" + number + " found=" + found);
        });
    }

    /** How many entries of each kind a results file held. */
    public record Imported(int persons, int found, int newborns) {
    }

    /**
     * Enters every line of a results file ({@link ResultsFile}) through the same methods as one entry typed in:
     * all or nothing, a line that cannot be entered (a number not in the sample, an unknown field, a bad value)
     * refuses the file with its line number and text as typed, and nothing of it is kept.
     */
    public Imported importResults(long id, String fileName, byte[] content) {
        sample(id);
        return new ResultsImport(this, register).enter(id, ResultsFile.read(fileName, content));
    }

    /** The results file at {@code file} entered as {@link #importResults(long, String, byte[])} does. */
    public Imported importResults(long id, java.nio.file.Path file) {
        return importResults(id, file.getFileName().toString(), ResultsImport.read(file));
    }

    /** Writes the blank results file the team fills ({@link ResultsFile#template()}). */
    public void writeResultsTemplate(java.nio.file.Path file) {
        requireTownship();
        ResultsImport.writeTemplate(file);
    }

    /** The rates of each village and of the township, with how far the results are entered. */
    public VerificationReport report(long id) {
        VerificationSample s = sample(id);
        VerificationResults r = results(id);
        List<VerificationReport.Village> villages = new ArrayList<>();
        for (String village : s.verification().villages()) {
            villages.add(new VerificationReport.Village(village, villageName(village), s.householdsOf(village).size(),
                    (int) s.persons().stream().filter(p -> p.village().equals(village)).count(),
                    VerificationRates.ofVillage(s, r, village)));
        }
        return new VerificationReport(s, r, register.workstation().divisionName(), villages,
                VerificationRates.ofAll(s, r), r.persons().size(), r.newborns().size());
    }

    public String villageName(String code) {
        return register.divisions().stream().filter(d -> d.code().value().equals(code)).map(Division::name)
                .findFirst().orElse(code);
    }

    private List<String> chosen(List<String> typed) {
        List<String> known = villages().stream().map(d -> d.code().value()).toList();
        if (typed.isEmpty()) {
            if (known.isEmpty()) {
                throw new RegistryException("verification.error.noVillages");
            }
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String code : typed) {
            String c = code.strip();
            if (!known.contains(c)) {
                throw new RegistryException("verification.error.unknownVillage", code, String.join("、", known));
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /** An audit entry of this verification: which sample and sheet numbers, never a name or a value found. */
    private void audit(AuditAction action, long verification, String detail) {
        register.audit().append(action, null, null, "verification=" + verification + " " + detail);
    }

    private static PersonResult result(SampledPerson person, PersonOutcome outcome,
                                       Map<CheckedField, String> corrections) {
        if (outcome != PersonOutcome.WRONG) {
            if (!corrections.isEmpty()) {
                throw new RegistryException("verification.error.correctionsWithoutWrong", String.valueOf(person.number()));
            }
            return new PersonResult(person.number(), outcome, Map.of());
        }
        if (corrections.isEmpty()) {
            throw new RegistryException("verification.error.wrongWithoutField", String.valueOf(person.number()));
        }
        Map<CheckedField, String> clean = new java.util.EnumMap<>(CheckedField.class);
        corrections.forEach((field, value) -> {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty() || v.length() > MAX_VALUE) {
                throw new RegistryException("verification.error.value", field.label(), value == null ? "" : value);
            }
            if (v.equals(person.registered(field))) {
                throw new RegistryException("verification.error.sameValue", field.label(), v, person.name());
            }
            clean.put(field, v);
        });
        return new PersonResult(person.number(), PersonOutcome.WRONG, clean);
    }

    private static java.util.Optional<Integer> number(String typed) {
        try {
            return java.util.Optional.of(Integer.parseInt(typed == null ? "" : typed.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void requireTownship() {
        Permissions.require(register, Permission.TOWNSHIP_SYNC);
        if (register.workstation().role() != WorkstationRole.TOWNSHIP) {
            throw new RegistryException("verification.error.notTownship");
        }
    }
}
