package org.villageregistry.service.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.villageregistry.domain.household.GenerationGap;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

/**
 * The make-up of each household the ledger creates: one head, at most one spouse (otherwise the whole household
 * is refused: which row is wrong is for the registrar to say), a head without errors; and, as a warning, a child
 * born less than 12 years after a parent in the household ({@link GenerationGap}).
 */
final class LedgerHouseholdCheck {
    private LedgerHouseholdCheck() {
    }

    /** A household the register holds already: its head's name, and whether it has a 配偶 living here. */
    record Registered(String headName, boolean hasSpouse) {
    }

    static List<RowResult> check(List<RowResult> results, Set<Integer> headRows,
                                 Map<Integer, RelationToHead> relations, Predicate<RowResult> inNewHousehold,
                                 Function<String, Optional<Registered>> registered) {
        Map<String, List<RowResult>> newHouseholds = new LinkedHashMap<>();
        Map<String, List<RowResult>> registeredHouseholds = new LinkedHashMap<>();
        Map<String, List<RowResult>> all = new LinkedHashMap<>();
        for (RowResult r : results) {
            if (r.householdNumber() != null) {
                all.computeIfAbsent(r.householdNumber(), n -> new ArrayList<>()).add(r);
                if (inNewHousehold.test(r)) {
                    newHouseholds.computeIfAbsent(r.householdNumber(), n -> new ArrayList<>()).add(r);
                } else if (r.numbered()) {
                    registeredHouseholds.computeIfAbsent(r.householdNumber(), n -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<Integer, RowResult> changed = new HashMap<>();
        newHouseholds.forEach((number, rows) -> makeUp(rows, headRows, relations, changed));
        registeredHouseholds.forEach((number, rows) -> registered.apply(number).ifPresent(
                household -> joining(rows, headRows, relations, household, changed)));
        all.values().forEach(rows -> generations(rows, changed));
        return results.stream().map(r -> changed.getOrDefault(r.rowNumber(), r)).toList();
    }

    private static void makeUp(List<RowResult> rows, Set<Integer> headRows, Map<Integer, RelationToHead> relations,
                               Map<Integer, RowResult> changed) {
        String household = shown(rows.get(0));
        List<RowResult> counted = rows.stream().filter(r -> !repeated(r)).toList();
        List<RowResult> heads = counted.stream().filter(r -> headRows.contains(r.rowNumber())).toList();
        List<RowResult> spouses = counted.stream()
                .filter(r -> relations.get(r.rowNumber()) == RelationToHead.SPOUSE).toList();
        if (heads.size() > 1) {
            Problem why = Problem.error("relation", "ledger.household.twoHeads", household,
                    heads.get(0).rowNumber(), heads.get(1).rowNumber());
            rows.forEach(r -> changed.put(r.rowNumber(), refused(r, why)));
        } else if (spouses.size() > 1) {
            Problem why = Problem.error("relation", "ledger.household.twoSpouses", household,
                    spouses.get(0).rowNumber(), spouses.get(1).rowNumber());
            rows.forEach(r -> changed.put(r.rowNumber(), refused(r, why)));
        } else if (heads.isEmpty() || !heads.get(0).isValid()) {
            Problem why = heads.isEmpty() ? Problem.error("relation", "ledger.household.noHead", household)
                    : Problem.error("relation", "ledger.household.headRefused", household, heads.get(0).rowNumber());
            rows.stream().filter(RowResult::isValid).forEach(r -> changed.put(r.rowNumber(), refused(r, why)));
        }
    }

    /**
     * Rows for a household the register holds already. When the ledger's head of it was refused (another person
     * than the registered head: most often a ledger whose 户号 are another numbering than the register's), its new
     * members are refused too, or another family's members would join the registered head as his 配偶 and 子女.
     * A new 配偶 is refused where the household has one.
     */
    private static void joining(List<RowResult> rows, Set<Integer> headRows, Map<Integer, RelationToHead> relations,
                                Registered household, Map<Integer, RowResult> changed) {
        String shown = shown(rows.get(0));
        // only a head refused for being a second head of the registered household: the registered head's own row
        // refused over another error (a phone, an ID's check digit) says nothing of whose household this is
        Optional<RowResult> refusedHead = rows.stream().filter(r -> headRows.contains(r.rowNumber()) && !repeated(r)
                && r.problems().stream().anyMatch(p -> p.key().equals("ledger.household.hasHead"))).findFirst();
        List<RowResult> created = rows.stream().filter(r -> r.isValid() && r.action() == RowResult.Action.CREATE)
                .toList();
        if (refusedHead.isPresent()) {
            Problem why = Problem.error("relation", "ledger.household.registeredHeadDiffers", shown,
                    refusedHead.get().rowNumber(), household.headName());
            created.forEach(r -> changed.put(r.rowNumber(), refused(r, why)));
            return;
        }
        List<RowResult> spouses = created.stream()
                .filter(r -> relations.get(r.rowNumber()) == RelationToHead.SPOUSE && !repeated(r)).toList();
        if (household.hasSpouse()) {
            Problem why = Problem.error("relation", "ledger.household.hasSpouse", shown, household.headName());
            spouses.forEach(r -> changed.put(r.rowNumber(), refused(r, why)));
        } else if (spouses.size() > 1) {
            Problem why = Problem.error("relation", "ledger.household.twoSpouses", shown,
                    spouses.get(0).rowNumber(), spouses.get(1).rowNumber());
            spouses.forEach(r -> changed.put(r.rowNumber(), refused(r, why)));
        }
    }

    /** A row repeating an earlier one is the same person, not a second head or spouse. */
    private static boolean repeated(RowResult r) {
        return r.problems().stream().anyMatch(p -> p.key().equals(LedgerValidator.REPEATED_ROW));
    }

    /** A warning on the younger member's row; the row is still imported. */
    private static void generations(List<RowResult> rows, Map<Integer, RowResult> changed) {
        Map<Person, RowResult> byPerson = new LinkedHashMap<>();
        rows.stream().map(r -> changed.getOrDefault(r.rowNumber(), r)).filter(RowResult::isValid)
                .forEach(r -> byPerson.put(r.person().orElseThrow(), r));
        for (GenerationGap.TooClose pair : GenerationGap.find(List.copyOf(byPerson.keySet()))) {
            RowResult child = changed.getOrDefault(byPerson.get(pair.child()).rowNumber(), byPerson.get(pair.child()));
            RowResult parent = byPerson.get(pair.parent());
            changed.put(child.rowNumber(), warned(child, Problem.warning("birthDate",
                    "ledger.household.generationGap", pair.child().name(), pair.child().relation().zh(),
                    pair.parent().name(), pair.parent().relation().zh(), parent.rowNumber(), GenerationGap.MIN_YEARS)));
        }
    }

    /** 户号 0006, or 第 5 行起的一户 for a household the ledger gives no number. */
    private static String shown(RowResult r) {
        return r.numbered() ? Messages.get("ledger.household.numbered", r.householdNumber()) : r.householdNumber();
    }

    private static RowResult refused(RowResult r, Problem why) {
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.add(why);
        return new RowResult(r.rowNumber(), r.cells(), r.householdNumber(), r.numbered(), RowResult.Action.ERROR,
                Optional.empty(), problems, List.of());
    }

    private static RowResult warned(RowResult r, Problem warning) {
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.add(warning);
        return new RowResult(r.rowNumber(), r.cells(), r.householdNumber(), r.numbered(), r.action(), r.person(),
                problems, r.changes());
    }
}
