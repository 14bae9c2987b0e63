package org.villageregistry.domain.indicator;

import java.util.Optional;

/**
 * The 95 % Wilson score interval of a proportion k/n: unlike the textbook p ± 1.96·√(p(1−p)/n) it stays inside
 * 0–1 and says something at 0/n and n/n, which a sample of a few dozen persons often gives.
 * centre = (p + z²/2n) / (1 + z²/n), half width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 */
public record WilsonInterval(double low, double high) {
    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    /** The interval of k successes in n trials; empty when n is 0 (nothing was checked, nothing is known). */
    public static Optional<WilsonInterval> of(long k, long n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("a proportion needs 0 <= k <= n, got " + k + "/" + n);
        }
        if (n == 0) {
            return Optional.empty();
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return Optional.of(new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half)));
    }
}
