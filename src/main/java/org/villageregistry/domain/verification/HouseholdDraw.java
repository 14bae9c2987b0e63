package org.villageregistry.domain.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The random draw of households in one village (the stratum): the candidates in household-number order, a
 * partial Fisher–Yates shuffle with {@link Random} seeded from the verification's seed and the village code, the
 * first {@code count} taken and given back in household-number order (the team's walking order). Random's
 * sequence is fixed by its specification, so the same seed and the same register give the same households on
 * every computer and in every year; each village has its own stream, so adding a village changes no other's draw.
 * A village with fewer households than asked gives them all.
 */
public final class HouseholdDraw {
    private HouseholdDraw() {
    }

    /** A household that can be drawn: its id and its number in the village (0012). */
    public record Candidate(java.util.UUID householdId, String number) {
    }

    public static List<Candidate> draw(String village, List<Candidate> candidates, int count, long seed) {
        if (count <= 0) {
            throw new IllegalArgumentException("a draw needs at least one household, got " + count);
        }
        List<Candidate> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparing(Candidate::number).thenComparing(c -> c.householdId().toString()));
        Random random = new Random(streamSeed(seed, village));
        int take = Math.min(count, pool.size());
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Candidate chosen = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, chosen);
        }
        List<Candidate> drawn = new ArrayList<>(pool.subList(0, take));
        drawn.sort(Comparator.comparing(Candidate::number).thenComparing(c -> c.householdId().toString()));
        return drawn;
    }

    /** The village's own stream: the seed mixed with the village code (a 12-digit number). */
    static long streamSeed(long seed, String village) {
        long code = 0;
        for (char c : village.toCharArray()) {
            code = code * 31 + c;
        }
        return seed * 0x9E3779B97F4A7C15L + code;
    }
}
