package org.villageregistry.domain.event;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.villageregistry.domain.person.Person;

/**
 * 孩次: the order of a child among the couple's joint children born alive. Children born before the marriage count;
 * children of either parent with someone else (earlier marriages, extramarital) and adopted children do not.
 * Each child of a multiple birth gets its own order, by time of birth and then by the sequence given.
 */
public final class BirthOrderRule {
    private BirthOrderRule() {
    }

    /** One child of the delivery being recorded: its time of birth and its place in the order it was reported. */
    public record NewBirth(LocalDateTime bornAt, int sequence) {
        public NewBirth {
            Objects.requireNonNull(bornAt, "bornAt");
        }
    }

    /**
     * The orders of the children of one delivery, in the order of {@code births}. {@code knownChildren} are the
     * mother's (and, if known, the father's) children already in the register; a null father means the father is
     * not recorded, and then only the mother's children whose father is not recorded either count as joint.
     */
    public static List<Integer> orders(UUID motherId, UUID fatherId, Collection<Person> knownChildren,
            List<NewBirth> births) {
        if (births.isEmpty()) {
            return List.of();
        }
        LocalDateTime firstBorn = births.stream().map(NewBirth::bornAt).min(Comparator.naturalOrder()).orElseThrow();
        long earlier = knownChildren.stream()
                .distinct()
                .filter(c -> isJointChild(c, motherId, fatherId))
                .filter(c -> c.birthDate() != null && !c.birthDate().isAfter(firstBorn.toLocalDate()))
                .count();
        List<NewBirth> byTime = births.stream()
                .sorted(Comparator.comparing(NewBirth::bornAt).thenComparingInt(NewBirth::sequence))
                .toList();
        return IntStream.range(0, births.size())
                .mapToObj(i -> (int) earlier + 1 + indexOf(byTime, births.get(i)))
                .toList();
    }

    /** A child born to this couple: same mother, same father (both unrecorded counts as same), not adopted, not voided. */
    public static boolean isJointChild(Person child, UUID motherId, UUID fatherId) {
        return child.voidReason() == null
                && !child.adopted()
                && motherId != null && motherId.equals(child.motherId())
                && Objects.equals(fatherId, child.fatherId());
    }

    private static int indexOf(List<NewBirth> byTime, NewBirth birth) {
        for (int i = 0; i < byTime.size(); i++) {
            if (byTime.get(i) == birth) {
                return i;
            }
        }
        throw new IllegalStateException("birth not in its own delivery");
    }
}
