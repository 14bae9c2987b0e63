package org.villageregistry.service.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

/**
 * Checks every row of a ledger against the register before anything is written: cleaning, the household of each
 * row ({@link LedgerHouseholds}), the person rules, duplicates within the sheet, the person already registered (by
 * ID number, else name + birth date + household), and the make-up of each new household
 * ({@link LedgerHouseholdCheck}). Every problem of a row is reported, not only the first. Runs inside a transaction.
 */
final class LedgerValidator {
    static final String REPEATED_ROW = "ledger.row.duplicateInSheet";
    private static final int SAME_NAME_LIMIT = 200;
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
        List<CleanRow> clean = sheet.rows().stream().map(cleaner::clean).toList();
        List<LedgerHouseholds.Assignment> assigned = LedgerHouseholds.assign(clean, mapping);
        Map<LedgerHouseholds.Key, Target> targets = targets(clean, assigned);
        Map<String, Integer> seen = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        Set<Integer> headRows = new HashSet<>();
        Map<Integer, RelationToHead> relations = new HashMap<>();
        for (int i = 0; i < clean.size(); i++) {
            LedgerHouseholds.Assignment a = assigned.get(i);
            CleanRow row = a.head() && clean.get(i).draft().relation() == null ? asHead(clean.get(i)) : clean.get(i);
            if (a.head()) {
                headRows.add(row.row().rowNumber());
            }
            if (row.draft().relation() != null) {
                relations.put(row.row().rowNumber(), row.draft().relation());
            }
            Target target = a.key().map(targets::get).orElse(null);
            results.add(check(row, target, a.problem(), sheet.headers().size(), seen));
        }
        return LedgerHouseholdCheck.check(results, headRows, relations, r -> r.householdNumber() != null
                && (!r.numbered() || household(r.householdNumber()).isEmpty()), this::registered);
    }

    /** The registered household of the number: its head's name and whether a 配偶 of it lives here. */
    private Optional<LedgerHouseholdCheck.Registered> registered(String number) {
        return household(number).map(h -> {
            List<Person> members = register.persons().members(h.id()).stream().filter(Person::isActive).toList();
            String head = members.stream().filter(p -> p.relation() == RelationToHead.HEAD).map(Person::name)
                    .findFirst().orElse("—");
            return new LedgerHouseholdCheck.Registered(head,
                    members.stream().anyMatch(p -> p.relation() == RelationToHead.SPOUSE));
        });
    }

    /** Where the rows of a household go: its 户号, or the household of its already registered head, or a new one. */
    private record Target(String number, boolean numbered) {
    }

    private Map<LedgerHouseholds.Key, Target> targets(List<CleanRow> clean, List<LedgerHouseholds.Assignment> assigned) {
        Map<LedgerHouseholds.Key, Target> targets = new HashMap<>();
        for (int i = 0; i < clean.size(); i++) {
            LedgerHouseholds.Assignment a = assigned.get(i);
            if (a.key().isEmpty()) {
                continue;
            }
            LedgerHouseholds.Key key = a.key().get();
            if (key.numbered()) {
                targets.putIfAbsent(key, new Target(key.number(), true));
            } else if (a.head()) {
                targets.put(key, registeredHousehold(clean.get(i).draft())
                        .map(h -> new Target(h.number(), true))
                        .orElse(new Target(Messages.get("ledger.household.unnumbered", key.firstRow()), false)));
            }
        }
        return targets;
    }

    /**
     * The household a ledger without 户号 means when its head is registered already (imported before): the head
     * found by ID number, else the one registered head of that name and birth date.
     */
    private Optional<Household> registeredHousehold(Person head) {
        Optional<Person> stored = head.idNumber() == null ? Optional.empty()
                : register.persons().findActiveByIdNumber(head.idNumber());
        if (stored.isEmpty() && head.name() != null && head.birthDate() != null) {
            List<Person> same = register.persons().search(head.name(), SAME_NAME_LIMIT).stream()
                    .map(PersonHit::person).filter(Person::isActive)
                    .filter(p -> head.name().equals(p.name()) && head.birthDate().equals(p.birthDate())
                            && p.relation() == RelationToHead.HEAD).toList();
            stored = same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
        }
        return stored.filter(p -> p.householdId() != null && p.relation() == RelationToHead.HEAD)
                .flatMap(p -> register.households().find(p.householdId()));
    }

    Optional<Household> household(String number) {
        return households.computeIfAbsent(number, n -> register.households().findByNumber(owner, n));
    }

    private static CleanRow asHead(CleanRow row) {
        return new CleanRow(row.row(), row.draft().toBuilder().relation(RelationToHead.HEAD).build(),
                row.householdNumber(), row.group(), row.address(), row.headName(), row.problems());
    }

    private RowResult check(CleanRow clean, Target target, Optional<Problem> householdProblem, int width,
                            Map<String, Integer> seen) {
        List<Problem> problems = new ArrayList<>(clean.problems());
        householdProblem.ifPresent(problems::add);
        Person draft = clean.draft();
        Row row = new Row(clean.row().rowNumber(), clean.row().texts(width), target);
        if (target != null && (draft.idNumber() != null || draft.name() != null && draft.birthDate() != null)) {
            Integer firstRow = seen.putIfAbsent(sameness(draft, target.number()), row.number());
            if (firstRow != null) {
                problems.add(Problem.error("row", REPEATED_ROW, firstRow));
            }
        }
        Optional<Person> stored = registered(draft, target);
        if (stored.isPresent()) {
            Person merged = merged(stored.get(), draft);
            addRules(problems, merged);
            RowResult.Action action = merged.equals(stored.get()) ? RowResult.Action.UNCHANGED
                    : RowResult.Action.UPDATE;
            return result(row, problems, action, merged, changes(stored.get(), merged));
        }
        Optional<Household> household = target != null && target.numbered() ? household(target.number())
                : Optional.empty();
        Person person = household.map(h -> draft.toBuilder().householdId(h.id()).build()).orElse(draft);
        addRules(problems, person);
        if (household.isPresent() && person.relation() == RelationToHead.HEAD && household.get().headId() != null) {
            problems.add(Problem.error("relation", "ledger.household.hasHead", target.number()));
        }
        return result(row, problems, RowResult.Action.CREATE, person, List.of());
    }

    private record Row(int number, List<String> cells, Target target) {
    }

    /** The person rules, except for a field whose cell was already refused (an unreadable date is not "missing"). */
    private void addRules(List<Problem> problems, Person person) {
        Set<String> refused = new HashSet<>();
        problems.stream().filter(Problem::isError).forEach(p -> refused.add(p.field()));
        PersonRules.validate(person, today).stream().filter(p -> !refused.contains(p.field()))
                .forEach(problems::add);
    }

    private static RowResult result(Row row, List<Problem> problems, RowResult.Action action, Person person,
                                    List<String> changes) {
        String number = row.target() == null ? null : row.target().number();
        boolean numbered = row.target() != null && row.target().numbered();
        boolean error = problems.stream().anyMatch(Problem::isError);
        return new RowResult(row.number(), row.cells(), number, numbered, error ? RowResult.Action.ERROR : action,
                error ? Optional.empty() : Optional.of(person), problems, error ? List.of() : changes);
    }

    private Optional<Person> registered(Person draft, Target target) {
        if (draft.idNumber() != null) {
            Optional<Person> byId = register.persons().findActiveByIdNumber(draft.idNumber());
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (draft.name() == null || draft.birthDate() == null || target == null || !target.numbered()) {
            return Optional.empty();
        }
        return household(target.number()).flatMap(h -> register.persons().members(h.id()).stream()
                .filter(Person::isActive)
                .filter(p -> p.name().equals(draft.name()) && p.birthDate().equals(draft.birthDate()))
                .findFirst());
    }

    /** What an update changes, field by field as the ledger's columns name them: "联系电话：138… → 139…". */
    static List<String> changes(Person stored, Person merged) {
        List<String> out = new ArrayList<>();
        change(out, LedgerColumn.NAME, stored.name(), merged.name());
        change(out, LedgerColumn.SEX, label(stored.sex()), label(merged.sex()));
        change(out, LedgerColumn.BIRTH_DATE, stored.birthDate(), merged.birthDate());
        change(out, LedgerColumn.ID_NUMBER, masked(stored.idNumber()), masked(merged.idNumber()));
        change(out, LedgerColumn.ETHNICITY, label(stored.ethnicity()), label(merged.ethnicity()));
        change(out, LedgerColumn.HUKOU_TYPE, label(stored.hukouType()), label(merged.hukouType()));
        change(out, LedgerColumn.MARITAL_STATUS, label(stored.maritalStatus()), label(merged.maritalStatus()));
        change(out, LedgerColumn.FIRST_MARRIAGE_DATE, stored.firstMarriageDate(), merged.firstMarriageDate());
        change(out, LedgerColumn.PHONE, stored.phone(), merged.phone());
        change(out, LedgerColumn.NOTES, stored.notes(), merged.notes());
        change(out, LedgerColumn.RELATION, label(stored.relation()), label(merged.relation()));
        return out;
    }

    private static void change(List<String> out, LedgerColumn column, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            out.add(Messages.get("ledger.outcome.change", column.header(), shown(before), shown(after)));
        }
    }

    private static String shown(Object value) {
        return value == null || value.toString().isBlank() ? Messages.get("ledger.outcome.empty") : value.toString();
    }

    private static String label(org.villageregistry.domain.text.Coded value) {
        return value == null ? null : value.label();
    }

    private static String masked(String id) {
        return id == null ? null : org.villageregistry.domain.person.IdNumber.mask(id);
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

    private static String sameness(Person p, String household) {
        return p.idNumber() != null ? "id:" + p.idNumber()
                : "nb:" + p.name() + "|" + p.birthDate() + "|" + household;
    }
}
