package org.villageregistry.service.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;

/**
 * Checks every row of a ledger against the register before anything is written: cleaning, the person rules,
 * duplicates within the sheet, the person already registered (by ID number, else name + birth date +
 * household number), and that each new household has exactly one head. Runs inside a transaction.
 */
final class LedgerValidator {
    private final Register register;
    private final LocalDate today;
    private final String owner;
    private final Map<String, Optional<Household>> households = new HashMap<>();

    LedgerValidator(Register register, LocalDate today) {
        this.register = register;
        this.today = today;
        this.owner = register.workstation().division().value();
    }

    List<RowResult> validate(LedgerSheet sheet, ColumnMapping mapping) {
        RowCleaner cleaner = new RowCleaner(mapping, sheet.headers());
        Map<String, Integer> seen = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        Set<Integer> headRows = new HashSet<>();
        for (LedgerRow row : sheet.rows()) {
            CleanRow clean = cleaner.clean(row);
            if (clean.draft().relation() == RelationToHead.HEAD) {
                headRows.add(row.rowNumber());
            }
            results.add(check(clean, sheet.headers().size(), seen));
        }
        return householdStructure(results, headRows);
    }

    Optional<Household> household(String number) {
        return households.computeIfAbsent(number, n -> register.households().findByNumber(owner, n));
    }

    private RowResult check(CleanRow clean, int width, Map<String, Integer> seen) {
        List<Problem> problems = new ArrayList<>(clean.problems());
        List<String> cells = clean.row().texts(width);
        int rowNumber = clean.row().rowNumber();
        if (problems.stream().anyMatch(Problem::isError)) {
            return error(clean, cells, problems);
        }
        Person draft = clean.draft();
        Integer firstRow = seen.putIfAbsent(sameness(draft, clean.householdNumber()), rowNumber);
        if (firstRow != null) {
            problems.add(Problem.error("row", "ledger.row.duplicateInSheet", firstRow));
            return error(clean, cells, problems);
        }
        Optional<Person> stored = registered(draft, clean.householdNumber());
        if (stored.isPresent()) {
            Person merged = merged(stored.get(), draft);
            problems.addAll(PersonRules.validate(merged, today));
            if (problems.stream().anyMatch(Problem::isError)) {
                return error(clean, cells, problems);
            }
            RowResult.Action action = merged.equals(stored.get()) ? RowResult.Action.UNCHANGED
                    : RowResult.Action.UPDATE;
            return new RowResult(rowNumber, cells, clean.householdNumber(), action, Optional.of(merged), problems);
        }
        Optional<Household> household = household(clean.householdNumber());
        Person person = household.map(h -> draft.toBuilder().householdId(h.id()).build()).orElse(draft);
        problems.addAll(PersonRules.validate(person, today));
        if (household.isPresent() && person.relation() == RelationToHead.HEAD && household.get().headId() != null) {
            problems.add(Problem.error("relation", "ledger.household.hasHead", clean.householdNumber()));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return error(clean, cells, problems);
        }
        return new RowResult(rowNumber, cells, clean.householdNumber(), RowResult.Action.CREATE, Optional.of(person),
                problems);
    }

    /** Rows of a household not yet in the register become a new household: it needs exactly one head. */
    private List<RowResult> householdStructure(List<RowResult> results, Set<Integer> headRows) {
        Map<String, List<RowResult>> newHouseholds = new LinkedHashMap<>();
        for (RowResult r : results) {
            if (r.householdNumber() != null && household(r.householdNumber()).isEmpty()) {
                newHouseholds.computeIfAbsent(r.householdNumber(), n -> new ArrayList<>()).add(r);
            }
        }
        Map<Integer, RowResult> changed = new HashMap<>();
        newHouseholds.forEach((number, rows) -> {
            List<RowResult> creating = rows.stream().filter(r -> r.action() == RowResult.Action.CREATE).toList();
            List<RowResult> heads = creating.stream().filter(r -> headRows.contains(r.rowNumber())).toList();
            if (heads.isEmpty()) {
                Optional<RowResult> refusedHead = rows.stream()
                        .filter(r -> !r.isValid() && headRows.contains(r.rowNumber())).findFirst();
                Problem why = refusedHead.map(h -> Problem.error("relation", "ledger.household.headRefused", number,
                        h.rowNumber())).orElse(Problem.error("relation", "ledger.household.noHead", number));
                creating.forEach(r -> changed.put(r.rowNumber(), refused(r, why)));
            } else {
                heads.stream().skip(1).forEach(r -> changed.put(r.rowNumber(), refused(r,
                        Problem.error("relation", "ledger.household.twoHeads", number, heads.get(0).rowNumber()))));
            }
        });
        return results.stream().map(r -> changed.getOrDefault(r.rowNumber(), r)).toList();
    }

    private Optional<Person> registered(Person draft, String householdNumber) {
        if (draft.idNumber() != null) {
            Optional<Person> byId = register.persons().findActiveByIdNumber(draft.idNumber());
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (draft.name() == null || draft.birthDate() == null) {
            return Optional.empty();
        }
        return household(householdNumber).flatMap(h -> register.persons().members(h.id()).stream()
                .filter(Person::isActive)
                .filter(p -> p.name().equals(draft.name()) && p.birthDate().equals(draft.birthDate()))
                .findFirst());
    }

    /** The stored person with every value the ledger gives; a blank cell never erases what is stored. */
    private static Person merged(Person stored, Person ledger) {
        Person.Builder b = stored.toBuilder();
        if (ledger.name() != null) b.name(ledger.name());
        if (ledger.sex() != null) b.sex(ledger.sex());
        if (ledger.birthDate() != null) b.birthDate(ledger.birthDate());
        if (ledger.idNumber() != null) b.idNumber(ledger.idNumber());
        if (ledger.ethnicity() != null) b.ethnicity(ledger.ethnicity());
        if (ledger.hukouType() != null) b.hukouType(ledger.hukouType());
        if (ledger.maritalStatus() != null) b.maritalStatus(ledger.maritalStatus());
        if (ledger.firstMarriageDate() != null) b.firstMarriageDate(ledger.firstMarriageDate());
        if (ledger.phone() != null) b.phone(ledger.phone());
        if (ledger.notes() != null) b.notes(ledger.notes());
        if (ledger.relation() != null && stored.householdId() != null) b.relation(ledger.relation());
        return b.build();
    }

    private static String sameness(Person p, String householdNumber) {
        return p.idNumber() != null ? "id:" + p.idNumber()
                : "nb:" + p.name() + "|" + p.birthDate() + "|" + householdNumber;
    }

    private static RowResult error(CleanRow clean, List<String> cells, List<Problem> problems) {
        return new RowResult(clean.row().rowNumber(), cells, clean.householdNumber(), RowResult.Action.ERROR,
                Optional.empty(), problems);
    }

    private static RowResult refused(RowResult r, Problem why) {
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.add(why);
        return new RowResult(r.rowNumber(), r.cells(), r.householdNumber(), RowResult.Action.ERROR, Optional.empty(),
                problems);
    }
}
