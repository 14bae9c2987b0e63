package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The one source of chance for the sample: seeded, so the same seed gives the same township.
 * Record ids come from it too (version-4 form), never from {@link UUID#randomUUID()}.
 */
final class SampleRandom {
    private final Random random;

    SampleRandom(long seed) {
        this.random = new Random(seed);
    }

    /** A child source for one part of the work, so adding draws in one part does not shift another. */
    SampleRandom fork() {
        return new SampleRandom(random.nextLong());
    }

    UUID uuid() {
        long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number in [from, to], both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    /** A day in [from, to], both included; {@code from} when the range is empty. */
    LocalDate day(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }

    /** A birth date that makes a person {@code age} full years old on {@code on}. */
    LocalDate birthDateForAge(int age, LocalDate on) {
        LocalDate latest = on.minusYears(age);
        return day(latest.minusYears(1).plusDays(1), latest);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks by weight: {@code weights[i]} belongs to {@code items.get(i)}. */
    <T> T weighted(List<T> items, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            x -= weights[i];
            if (x < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
