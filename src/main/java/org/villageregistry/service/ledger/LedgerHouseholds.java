package org.villageregistry.service.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Problem;

/**
 * Which household each ledger row belongs to, the way village ledgers mark it: by 户号 when the sheet has that
 * column; otherwise a 户主 row starts a household and the rows below belong to it until the next 户主 row, a
 * blank 户主姓名 cell means "same as above", and a row naming another head goes to the household whose head,
 * 组 and address all agree. A head's name alone never joins two households: three heads named 王建国 are three.
 */
final class LedgerHouseholds {
    /** A household found in the sheet: its 户号, or none (numbered on import) with the row of its head. */
    record Key(String number, int firstRow) {
        boolean numbered() {
            return number != null;
        }
    }

    /** The household of a row (and whether the row is its head), or the reason none could be found. */
    record Assignment(Optional<Key> key, boolean head, Optional<Problem> problem) {
    }

    private final ColumnMapping mapping;
    private final List<Found> found = new ArrayList<>();

    private LedgerHouseholds(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    private static final class Found {
        final Key key;
        final String head;
        final String group;
        final String address;

        Found(Key key, String head, String group, String address) {
            this.key = key;
            this.head = head;
            this.group = group;
            this.address = address;
        }

        boolean matches(String headName, String rowGroup, String rowAddress) {
            return Objects.equals(head, headName) && compatible(group, rowGroup) && compatible(address, rowAddress);
        }

        private static boolean compatible(String a, String b) {
            return a == null || b == null || a.equals(b);
        }
    }

    /** The household of every row, in sheet order. */
    static List<Assignment> assign(List<CleanRow> rows, ColumnMapping mapping) {
        return new LedgerHouseholds(mapping).assignAll(rows);
    }

    private List<Assignment> assignAll(List<CleanRow> rows) {
        List<Assignment> out = new ArrayList<>();
        boolean byNumber = mapping.has(LedgerColumn.HOUSEHOLD_NUMBER);
        Found current = null;
        String headAbove = null;
        String groupAbove = null;
        String addressAbove = null;
        for (CleanRow row : rows) {
            if (byNumber) {
                out.add(row.householdNumber() == null
                        ? refused(Problem.error("householdNumber", "ledger.row.noHousehold"))
                        : new Assignment(Optional.of(new Key(row.householdNumber(), 0)),
                        row.draft().relation() == RelationToHead.HEAD, Optional.empty()));
                continue;
            }
            String head = row.headName() != null ? row.headName() : headAbove;
            String group = row.group() != null ? row.group() : groupAbove;
            String address = row.address() != null ? row.address() : addressAbove;
            headAbove = head;
            groupAbove = group;
            addressAbove = address;
            if (isHead(row, head)) {
                current = new Found(new Key(null, row.row().rowNumber()), name(row), group, address);
                found.add(current);
                out.add(row.headName() != null && !row.headName().equals(name(row))
                        ? refused(Problem.error("headName", "ledger.household.headNameDiffers", row.headName(),
                        name(row)))
                        : new Assignment(Optional.of(current.key), true, Optional.empty()));
            } else {
                out.add(member(row, current, head, group, address));
            }
        }
        return out;
    }

    private Assignment member(CleanRow row, Found current, String head, String group, String address) {
        if (head == null || current != null && current.matches(head, group, address)) {
            return current == null ? refused(Problem.error("relation", "ledger.household.noHeadAbove"))
                    : new Assignment(Optional.of(current.key), false, Optional.empty());
        }
        List<Found> matching = found.stream().filter(f -> f.matches(head, group, address)).toList();
        if (matching.size() > 1) {
            return refused(Problem.error("headName", "ledger.household.ambiguous", head,
                    matching.get(0).key.firstRow(), matching.get(1).key.firstRow()));
        }
        if (matching.isEmpty()) {
            return refused(Problem.error("headName", "ledger.household.headNotFound", head));
        }
        return new Assignment(Optional.of(matching.get(0).key), false, Optional.empty());
    }

    /** A 户主 row; without a relation column, the row whose name is its own 户主姓名. */
    private boolean isHead(CleanRow row, String head) {
        if (mapping.has(LedgerColumn.RELATION)) {
            return row.draft().relation() == RelationToHead.HEAD;
        }
        return head != null && head.equals(name(row));
    }

    private static String name(CleanRow row) {
        return row.draft().name() == null ? "" : row.draft().name().replaceAll("\\s", "");
    }

    private static Assignment refused(Problem problem) {
        return new Assignment(Optional.empty(), false, Optional.of(problem));
    }
}
