package org.villageregistry.domain.benefit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of money in fen (分), so sums are exact. Shown as ¥1,234.00. */
public record Money(long fen) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public static Money yuan(long yuan) {
        return new Money(yuan * 100);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    public String format() {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + f.format(fen / 100.0);
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @Override
    public String toString() {
        return format();
    }
}
