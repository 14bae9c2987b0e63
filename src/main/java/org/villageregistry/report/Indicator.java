package org.villageregistry.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.indicator.IndicatorText;
import org.villageregistry.domain.indicator.PerMille;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DivisionStatistics;

/**
 * The indicator rows of the village report and the indicator columns of the township and county reports (one table
 * per {@link Group}, so each fits A4), each shown from the figures of
 * {@link org.villageregistry.service.StatisticsService}: nothing is counted twice or defined again here. Every rate
 * is written by {@link IndicatorText}, with its counts and the small-numbers mark.
 */
public enum Indicator {
    POPULATION_START(Group.POPULATION, s -> count(s.populationStart())),
    POPULATION_END(Group.POPULATION, s -> count(s.populationEnd())),
    BIRTHS(Group.POPULATION, s -> count(s.births().total())),
    BIRTHS_MALE_FEMALE(Group.POPULATION, s -> s.births().male() + " / " + s.births().female()),
    BIRTH_ORDERS(Group.POPULATION, s -> s.births().first() + " / " + s.births().second() + " / "
            + s.births().thirdOrMore()),
    DEATHS(Group.POPULATION, s -> count(s.deaths())),
    MARRIAGES(Group.POPULATION, s -> count(s.marriages().getOrDefault(MarriageKind.MARRIAGE, 0L))),
    MOVES_IN(Group.POPULATION, s -> count(s.movesIn())),
    MOVES_OUT(Group.POPULATION, s -> count(s.movesOut())),
    BIRTH_RATE(Group.POPULATION, s -> perMille(s.birthRate())),
    DEATH_RATE(Group.POPULATION, s -> perMille(s.deathRate())),
    GROWTH_RATE(Group.POPULATION, s -> perMille(s.naturalGrowthRate())),
    SEX_RATIO(Group.POPULATION, s -> IndicatorText.sexRatio(s.sexRatioAtBirth())),
    WOMEN_15_49(Group.POPULATION, s -> count(s.women15to49())),
    MARRIED_WOMEN_15_49(Group.POPULATION, s -> count(s.marriedWomen15to49())),
    TIMELY_REGISTRATION(Group.POPULATION, s -> IndicatorText.share(s.registrationTimeliness())),
    BALANCE(Group.POPULATION, s -> s.balance().balanced() ? Messages.get("report.balance.ok")
            : Messages.get("report.balance.off", String.valueOf(s.balance().difference()))),
    HEALTH_CHECKS(Group.SERVICES, s -> IndicatorText.share(s.serviceCoverage().healthChecks())),
    FOLLOW_UPS(Group.SERVICES, s -> IndicatorText.share(s.serviceCoverage().followUps())),
    POSTNATAL(Group.SERVICES, s -> IndicatorText.share(s.serviceCoverage().postnatalVisits())),
    AWAY_HEALTH_CHECKS(Group.SERVICES, s -> IndicatorText.share(s.serviceCoverage().awayHealthChecks())),
    AWAY_FOLLOW_UPS(Group.SERVICES, s -> IndicatorText.share(s.serviceCoverage().awayFollowUps())),
    AWAY_POSTNATAL(Group.SERVICES, s -> IndicatorText.share(s.serviceCoverage().awayPostnatalVisits())),
    CHILDCARE_SUBSIDY(ProgrammeKind.CHILDCARE_SUBSIDY),
    RURAL_REWARD(ProgrammeKind.RURAL_REWARD),
    SPECIAL_SUPPORT_DEATH(ProgrammeKind.SPECIAL_SUPPORT_DEATH),
    SPECIAL_SUPPORT_DISABILITY(ProgrammeKind.SPECIAL_SUPPORT_DISABILITY),
    ONLY_CHILD_PARENT(ProgrammeKind.ONLY_CHILD_PARENT),
    UNDER_REPORTING(Group.QUALITY, s -> s.underReporting().map(IndicatorText::share).orElse(IndicatorText.none())),
    COMPLETENESS(Group.QUALITY, s -> IndicatorText.share(s.dataQuality().completeness())),
    INVALID_IDS(Group.QUALITY, s -> count(s.dataQuality().invalidIds())),
    DUPLICATES(Group.QUALITY, s -> count(s.dataQuality().duplicateSuspects())),
    CONFLICTS(Group.QUALITY, s -> IndicatorText.count(s.dataQuality().unresolvedConflicts())),
    NOT_ACKNOWLEDGED(Group.QUALITY, s -> IndicatorText.count(s.dataQuality().notAcknowledged()));

    /** The tables of the township and county reports: population first, then services, benefits, quality. */
    public enum Group {
        POPULATION, SERVICES, BENEFITS, QUALITY;

        public String title() {
            return Messages.get("report.group." + name());
        }

        public List<Indicator> indicators() {
            return Arrays.stream(Indicator.values()).filter(i -> i.group == this).toList();
        }
    }

    private final Group group;
    private final Function<DivisionStatistics, String> value;
    private final ProgrammeKind programme;

    Indicator(Group group, Function<DivisionStatistics, String> value) {
        this.group = group;
        this.value = value;
        this.programme = null;
    }

    Indicator(ProgrammeKind programme) {
        this.group = Group.BENEFITS;
        this.value = s -> IndicatorText.benefit(s.benefits().get(programme));
        this.programme = programme;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return programme != null ? Messages.get("indicator.benefit", programme.label())
                : Messages.get("report.indicator." + name());
    }

    public String value(DivisionStatistics statistics) {
        return value.apply(statistics);
    }

    /** A count of the day the report is made (conflicts, records not acknowledged), the same for every period. */
    public boolean ofToday() {
        return this == CONFLICTS || this == NOT_ACKNOWLEDGED;
    }

    /** The notes beneath a table of these figures: the small-numbers mark, a missing reconciliation list. */
    static List<String> notes(List<DivisionStatistics> shown) {
        List<String> notes = new java.util.ArrayList<>();
        if (shown.stream().anyMatch(DivisionStatistics::smallNumbers)) {
            notes.add(IndicatorText.smallNumbersNote());
        }
        if (shown.stream().anyMatch(s -> s.underReporting().isEmpty())) {
            notes.add(Messages.get("indicator.underReporting.noList"));
        }
        return notes;
    }

    static String count(long n) {
        return String.valueOf(n);
    }

    static String perMille(Optional<PerMille> rate) {
        return rate.map(r -> String.format(Locale.ROOT, "%.2f‰", r.value())).orElse(IndicatorText.none());
    }
}
