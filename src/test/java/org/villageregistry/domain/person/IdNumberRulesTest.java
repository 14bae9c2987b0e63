package org.villageregistry.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.testing.People;
import org.villageregistry.domain.text.Messages;

class IdNumberRulesTest {
    private static final String ID = "11010519491231002X";
    private final UUID householdId = UUID.randomUUID();
    private final Person holder = People.woman("王秀英", LocalDate.of(1949, 12, 31)).idNumber(ID)
            .householdId(householdId).build();
    private final Function<String, Optional<Person>> register = id -> Optional.ofNullable(Map.of(ID, holder).get(id));

    @Test
    void aSecondPersonWithTheSameIdIsRefusedNamingTheFirst() {
        var problem = IdNumberRules.checkUnique(ID, UUID.randomUUID(), register);
        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.field()).isEqualTo("idNumber");
            assertThat(p.message(Messages.CHINESE)).contains("王秀英").contains("110105********002X");
        });
    }

    @Test
    void theMessageNamesTheOtherHouseholdWhenItIsKnown() {
        var problem = IdNumberRules.checkUnique(ID, null, register,
                id -> id.equals(householdId) ? Optional.of("0012") : Optional.empty());
        assertThat(problem.orElseThrow().message(Messages.CHINESE)).contains("户号 0012").contains("王秀英");
    }

    @Test
    void savingThePersonWhoHoldsTheIdIsNotADuplicate() {
        assertThat(IdNumberRules.checkUnique(ID, holder.id(), register)).isEmpty();
    }

    @Test
    void theLookupIsAskedWithTheNormalisedNumber() {
        assertThat(IdNumberRules.checkUnique("110105 19491231 002x", null, register)).isPresent();
    }

    @Test
    void aVoidedOrDeadHolderDoesNotBlockTheNumber() {
        Person dead = holder.toBuilder().residence(ResidenceStatus.DEAD).build();
        Person voided = holder.withVoidReason("重档");
        assertThat(IdNumberRules.checkUnique(ID, null, id -> Optional.of(dead))).isEmpty();
        assertThat(IdNumberRules.checkUnique(ID, null, id -> Optional.of(voided))).isEmpty();
    }
}
