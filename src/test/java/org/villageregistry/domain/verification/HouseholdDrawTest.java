package org.villageregistry.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The township clerk draws households: the seed on the sheet reproduces the draw, anywhere, any time. */
class HouseholdDrawTest {
    private static final String WILLOW = "410103100001";

    private static List<HouseholdDraw.Candidate> households(int n) {
        List<HouseholdDraw.Candidate> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new HouseholdDraw.Candidate(UUID.nameUUIDFromBytes(("h" + i).getBytes()),
                    String.format("%04d", i)));
        }
        return out;
    }

    private static List<String> numbers(List<HouseholdDraw.Candidate> drawn) {
        return drawn.stream().map(HouseholdDraw.Candidate::number).toList();
    }

    @Test
    void theSameSeedAndRegisterDrawTheSameHouseholdsWhateverOrderTheyAreReadIn() {
        List<HouseholdDraw.Candidate> register = households(240);
        List<HouseholdDraw.Candidate> shuffled = new ArrayList<>(register);
        Collections.shuffle(shuffled, new java.util.Random(7));

        List<String> first = numbers(HouseholdDraw.draw(WILLOW, register, 10, 20261201L));
        List<String> again = numbers(HouseholdDraw.draw(WILLOW, shuffled, 10, 20261201L));

        assertThat(again).isEqualTo(first).hasSize(10).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void theDrawIsFixedBySpecificationNotByTheComputer() {
        assertThat(numbers(HouseholdDraw.draw(WILLOW, households(240), 5, 20261201L)))
                .isEqualTo(numbers(HouseholdDraw.draw(WILLOW, households(240), 5, 20261201L)));
        assertThat(HouseholdDraw.streamSeed(20261201L, WILLOW))
                .isEqualTo(20261201L * 0x9E3779B97F4A7C15L + WILLOW.chars().asLongStream().reduce(0, (a, c) -> a * 31 + c));
    }

    @Test
    void anotherSeedOrAnotherVillageDrawsOtherHouseholds() {
        List<String> first = numbers(HouseholdDraw.draw(WILLOW, households(240), 10, 1L));
        assertThat(numbers(HouseholdDraw.draw(WILLOW, households(240), 10, 2L))).isNotEqualTo(first);
        assertThat(numbers(HouseholdDraw.draw("410103100002", households(240), 10, 1L))).isNotEqualTo(first);
    }

    @Test
    void everyHouseholdCanBeDrawn() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long seed = 0; seed < 400; seed++) {
            seen.addAll(numbers(HouseholdDraw.draw(WILLOW, households(20), 3, seed)));
        }
        assertThat(seen).hasSize(20);
    }

    @Test
    void aSmallVillageGivesAllItsHouseholds() {
        assertThat(HouseholdDraw.draw(WILLOW, households(3), 10, 5L)).hasSize(3);
        assertThat(HouseholdDraw.draw(WILLOW, List.of(), 10, 5L)).isEmpty();
    }

    @Test
    void noHouseholdsToDrawIsRefused() {
        assertThatThrownBy(() -> HouseholdDraw.draw(WILLOW, households(10), 0, 5L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
