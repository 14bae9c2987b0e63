package org.villageregistry.domain.indicator;

import java.util.Locale;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.text.Messages;

/**
 * How every output (vreg stats, the monthly reports, the desktop, the county page) writes a rate: its value with
 * the counts it was computed from, "87.5% (7/8)", "—" when there is nothing to divide by, and {@link #SMALL} after a
 * rate on small numbers, explained by {@link #smallNumbersNote()} beneath the table. One way, so no output shows
 * "0.0" where another shows "—".
 */
public final class IndicatorText {
    /** The mark after a rate on small numbers. */
    public static final String SMALL = "*";

    private IndicatorText() {
    }

    /** "87.5% (7/8)", "— (0/0)", "50.0% (1/2)*". */
    public static String share(Share share) {
        return share.percent().map(p -> String.format(Locale.ROOT, "%.1f%%", p)).orElse(none())
                + " (" + share.part() + "/" + share.whole() + ")" + (share.smallNumbers() ? SMALL : "");
    }

    /** The value alone, "87.5%" or "—" (for a column already headed with its counts). */
    public static String percent(Share share) {
        return share.percent().map(p -> String.format(Locale.ROOT, "%.1f%%", p)).orElse(none());
    }

    /** "104.2 (125/120)", "— (0/1)*": male / female births beside the ratio, marked below 50 births. */
    public static String sexRatio(SexRatio ratio) {
        return ratio.ratio().map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse(none())
                + " (" + ratio.maleBirths() + "/" + ratio.femaleBirths() + ")" + (ratio.smallNumbers() ? SMALL : "");
    }

    /** "26（13/13）": all births with the male and female births beside them (the column is headed 出生（男/女）). */
    public static String births(long total, long male, long female) {
        return total + "（" + male + "/" + female + "）";
    }

    /** "3 / ¥1,800.00": persons enrolled and the amount paid. */
    public static String benefit(BenefitFigures figures) {
        return figures.persons() + " / " + figures.paid().format();
    }

    /** A count the division does not keep ("—"), e.g. conflicts at a village. */
    public static String count(java.util.Optional<Long> count) {
        return count.map(String::valueOf).orElse(none());
    }

    public static String money(Money amount) {
        return amount.format();
    }

    public static String none() {
        return Messages.get("indicator.none");
    }

    /** The note beneath a table with marked rates, naming both limits. */
    public static String smallNumbersNote() {
        return Messages.get("indicator.smallNumbers.note", SMALL, SexRatio.SMALL_NUMBER_LIMIT,
                String.valueOf(Share.SMALL_NUMBER_LIMIT));
    }
}
