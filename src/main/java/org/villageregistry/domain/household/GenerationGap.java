package org.villageregistry.domain.household;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;

/**
 * A member of the generation below (a child of the head, a grandchild of the head's son…) born less than
 * {@value #MIN_YEARS} years after a member of the generation above in the same household is a data-quality
 * finding: one of the two birth dates or relations is most likely wrong. Generations come from the relation to
 * the head (GB/T 4761); 其他亲属 and 其他 tell none, and brothers and sisters of the head are uncles and aunts of
 * the head's children, not parents, so none of them are compared.
 */
public final class GenerationGap {
    public static final int MIN_YEARS = 12;

    /** One member of the generation above and one of the generation below, born too close together. */
    public record TooClose(Person older, Person younger) {
    }

    private GenerationGap() {
    }

    /** Every pair of members of one household, one generation apart, born less than 12 years apart. */
    public static List<TooClose> find(List<Person> members) {
        List<TooClose> found = new ArrayList<>();
        for (Person above : members) {
            for (Person below : members) {
                OptionalInt a = generation(above);
                OptionalInt b = generation(below);
                if (a.isPresent() && b.isPresent() && a.getAsInt() == b.getAsInt() + 1
                        && below.birthDate().isBefore(above.birthDate().plusYears(MIN_YEARS))) {
                    found.add(new TooClose(above, below));
                }
            }
        }
        return found;
    }

    private static OptionalInt generation(Person p) {
        RelationToHead relation = p.relation();
        if (relation == null || p.birthDate() == null || relation == RelationToHead.SIBLING
                || relation == RelationToHead.SIBLING_IN_LAW) {
            return OptionalInt.empty();
        }
        return relation.generation();
    }
}
