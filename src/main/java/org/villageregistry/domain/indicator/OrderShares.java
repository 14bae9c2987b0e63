package org.villageregistry.domain.indicator;

/** Births of order 1, 2 and 3 or more, each as a share of all births. */
public record OrderShares(Share first, Share second, Share thirdOrMore) {
    public static OrderShares of(long first, long second, long thirdOrMore) {
        long all = first + second + thirdOrMore;
        return new OrderShares(new Share(first, all), new Share(second, all), new Share(thirdOrMore, all));
    }
}
