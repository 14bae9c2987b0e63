package org.villageregistry.domain.household;

import static org.villageregistry.domain.person.RelationToHead.DAUGHTER;
import static org.villageregistry.domain.person.RelationToHead.DAUGHTERS_CHILD;
import static org.villageregistry.domain.person.RelationToHead.DAUGHTER_IN_LAW;
import static org.villageregistry.domain.person.RelationToHead.GRANDCHILD;
import static org.villageregistry.domain.person.RelationToHead.GRANDCHILD_IN_LAW;
import static org.villageregistry.domain.person.RelationToHead.GRANDPARENT;
import static org.villageregistry.domain.person.RelationToHead.GREAT_GRANDCHILD;
import static org.villageregistry.domain.person.RelationToHead.HEAD;
import static org.villageregistry.domain.person.RelationToHead.PARENT;
import static org.villageregistry.domain.person.RelationToHead.PARENT_IN_LAW;
import static org.villageregistry.domain.person.RelationToHead.SIBLING;
import static org.villageregistry.domain.person.RelationToHead.SON;
import static org.villageregistry.domain.person.RelationToHead.SON_IN_LAW;
import static org.villageregistry.domain.person.RelationToHead.SPOUSE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;

/**
 * A child born less than {@value #MIN_YEARS} years after one of its parents in the same household is a
 * data-quality finding: a birth date or a relation is most likely wrong. Parents are read from the relations to
 * the head (GB/T 4761): 子/女 are children of 户主 and 配偶, 孙子女 of 子 and 儿媳, 外孙子女 of 女 and 女婿, the head of
 * 父母… An aunt younger than her nephew is no finding, so only these lines are compared.
 */
public final class GenerationGap {
    public static final int MIN_YEARS = 12;

    private static final Map<RelationToHead, Set<RelationToHead>> PARENTS = Map.of(
            SON, EnumSet.of(HEAD, SPOUSE),
            DAUGHTER, EnumSet.of(HEAD, SPOUSE),
            GRANDCHILD, EnumSet.of(SON, DAUGHTER_IN_LAW),
            DAUGHTERS_CHILD, EnumSet.of(DAUGHTER, SON_IN_LAW),
            GREAT_GRANDCHILD, EnumSet.of(GRANDCHILD, DAUGHTERS_CHILD, GRANDCHILD_IN_LAW),
            HEAD, EnumSet.of(PARENT),
            SIBLING, EnumSet.of(PARENT),
            SPOUSE, EnumSet.of(PARENT_IN_LAW),
            PARENT, EnumSet.of(GRANDPARENT));

    /** A parent and a child of one household born too close together. */
    public record TooClose(Person parent, Person child) {
    }

    private GenerationGap() {
    }

    /** Every parent and child among the members of one household born less than 12 years apart. */
    public static List<TooClose> find(List<Person> members) {
        List<TooClose> found = new ArrayList<>();
        for (Person child : members) {
            Set<RelationToHead> parents = child.relation() == null ? Set.of()
                    : PARENTS.getOrDefault(child.relation(), Set.of());
            for (Person parent : members) {
                if (parent.relation() != null && parents.contains(parent.relation()) && child.birthDate() != null
                        && parent.birthDate() != null
                        && child.birthDate().isBefore(parent.birthDate().plusYears(MIN_YEARS))) {
                    found.add(new TooClose(parent, child));
                }
            }
        }
        return found;
    }
}
