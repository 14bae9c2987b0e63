package org.villageregistry.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.indicator.PerMille;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DivisionStatistics;

/**
 * The indicator rows of the village report and the indicator columns of the township report, each shown from the
 * figures of {@link org.villageregistry.service.StatisticsService}: nothing is counted twice or defined again here.
 */
public enum Indicator {
    POPULATION_START(s -> count(s.populationStart())),
    POPULATION_END(s -> count(s.populationEnd())),
    BIRTHS(s -> count(s.births().total())),
    BIRTHS_MALE_FEMALE(s -> s.births().male() + " / " + s.births().female()),
    BIRTH_ORDERS(s -> s.births().first() + " / " + s.births().second() + " / " + s.births().thirdOrMore()),
    DEATHS(s -> count(s.deaths())),
    MARRIAGES(s -> count(s.marriages().getOrDefault(MarriageKind.MARRIAGE, 0L))),
    MOVES_IN(s -> count(s.movesIn())),
    MOVES_OUT(s -> count(s.movesOut())),
    BIRTH_RATE(s -> perMille(s.birthRate())),
    DEATH_RATE(s -> perMille(s.deathRate())),
    GROWTH_RATE(s -> perMille(s.naturalGrowthRate())),
    SEX_RATIO(s -> s.sexRatioAtBirth().ratio().map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse(none())),
    WOMEN_15_49(s -> count(s.women15to49())),
    MARRIED_WOMEN_15_49(s -> count(s.marriedWomen15to49())),
    TIMELY_REGISTRATION(s -> percent(s.registrationTimeliness())),
    BALANCE(s -> s.balance().balanced() ? Messages.get("report.balance.ok")
            : Messages.get("report.balance.off", String.valueOf(s.balance().difference())));

    private final Function<DivisionStatistics, String> value;

    Indicator(Function<DivisionStatistics, String> value) {
        this.value = value;
    }

    public String label() {
        return Messages.get("report.indicator." + name());
    }

    public String value(DivisionStatistics statistics) {
        return value.apply(statistics);
    }

    static String count(long n) {
        return String.valueOf(n);
    }

    static String none() {
        return Messages.get("report.none");
    }

    static String perMille(Optional<PerMille> rate) {
        return rate.map(r -> String.format(Locale.ROOT, "%.2f‰", r.value())).orElse(none());
    }

    static String percent(Share share) {
        return share.percent().map(p -> String.format(Locale.ROOT, "%.1f%%", p)).orElse(none());
    }
}
