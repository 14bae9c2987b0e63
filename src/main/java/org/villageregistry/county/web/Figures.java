package org.villageregistry.county.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.indicator.IndicatorText;
import org.villageregistry.domain.indicator.PerMille;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DivisionStatistics;

/**
 * The indicators as the county's pages show them, each with what it was computed from as the desktop prints it:
 * a rate with its events ÷ average population, a share with its part / whole, the sex ratio with its births.
 * The figures themselves come from {@link org.villageregistry.service.StatisticsService}; nothing is counted here.
 */
enum Figures {
    POPULATION_START("populationStart", s -> count(s.populationStart())),
    POPULATION_END("populationEnd", s -> count(s.populationEnd())),
    AVERAGE("average", s -> Html.format("%.1f", s.averagePopulation())),
    BIRTHS("births", s -> count(s.births().total()) + basis(s.births().male() + " / " + s.births().female())),
    ORDERS("orders", s -> s.births().first() + " / " + s.births().second() + " / " + s.births().thirdOrMore()),
    DEATHS("deaths", s -> count(s.deaths())),
    MARRIAGES("marriages", s -> s.marriages().getOrDefault(MarriageKind.MARRIAGE, 0L) + " / "
            + s.marriages().getOrDefault(MarriageKind.DIVORCE, 0L) + " / "
            + s.marriages().getOrDefault(MarriageKind.REMARRIAGE, 0L)),
    MOVES_IN("movesIn", s -> count(s.movesIn())),
    MOVES_OUT("movesOut", s -> count(s.movesOut())),
    BIRTH_RATE("birthRate", s -> perMille(s.birthRate())),
    DEATH_RATE("deathRate", s -> perMille(s.deathRate())),
    GROWTH_RATE("growthRate", s -> perMille(s.naturalGrowthRate())),
    SEX_RATIO("sexRatio", s -> marked(IndicatorText.sexRatio(s.sexRatioAtBirth()))),
    WOMEN("women", s -> count(s.women15to49())),
    MARRIED_WOMEN("marriedWomen", s -> count(s.marriedWomen15to49())),
    TIMELINESS("timeliness", s -> share(s.registrationTimeliness())),
    BALANCE("balance", s -> (s.balance().balanced() ? Html.label("cli.stats.balanced")
            : "<span class=\"problem\">" + Html.label("cli.stats.notBalanced", s.balance().difference()) + "</span>")
            + basis(s.balance().expectedEnd() + " / " + s.balance().end())),
    HEALTH_CHECKS("healthChecks", s -> share(s.serviceCoverage().healthChecks())),
    FOLLOW_UPS("followUps", s -> share(s.serviceCoverage().followUps())),
    POSTNATAL("postnatal", s -> share(s.serviceCoverage().postnatalVisits())),
    AWAY_HEALTH_CHECKS("awayHealthChecks", s -> share(s.serviceCoverage().awayHealthChecks())),
    AWAY_FOLLOW_UPS("awayFollowUps", s -> share(s.serviceCoverage().awayFollowUps())),
    AWAY_POSTNATAL("awayPostnatal", s -> share(s.serviceCoverage().awayPostnatalVisits())),
    CHILDCARE_SUBSIDY(ProgrammeKind.CHILDCARE_SUBSIDY),
    RURAL_REWARD(ProgrammeKind.RURAL_REWARD),
    SPECIAL_SUPPORT_DEATH(ProgrammeKind.SPECIAL_SUPPORT_DEATH),
    SPECIAL_SUPPORT_DISABILITY(ProgrammeKind.SPECIAL_SUPPORT_DISABILITY),
    ONLY_CHILD_PARENT(ProgrammeKind.ONLY_CHILD_PARENT),
    UNDER_REPORTING("underReporting", s -> s.underReporting().map(Figures::share).orElse(none())),
    COMPLETENESS("completeness", s -> share(s.dataQuality().completeness())),
    INVALID_IDS("invalidIds", s -> count(s.dataQuality().invalidIds())),
    DUPLICATES("duplicates", s -> count(s.dataQuality().duplicateSuspects())),
    /** At the county: the changes it quarantined (a county has no conflict list of its own). */
    CONFLICTS("conflicts", s -> Html.escape(IndicatorText.count(s.dataQuality().unresolvedConflicts()))),
    NOT_ACKNOWLEDGED("notAcknowledged", s -> Html.escape(IndicatorText.count(s.dataQuality().notAcknowledged())));

    /** The columns of the county's and a township's table (the village page shows them all). */
    static final List<Figures> TABLE = List.of(POPULATION_END, BIRTHS, DEATHS, MOVES_IN, MOVES_OUT, BIRTH_RATE,
            DEATH_RATE, GROWTH_RATE, SEX_RATIO, TIMELINESS, BALANCE, HEALTH_CHECKS, AWAY_HEALTH_CHECKS, COMPLETENESS,
            CONFLICTS);

    private final String key;
    private final Function<DivisionStatistics, String> html;

    private final ProgrammeKind programme;

    Figures(String key, Function<DivisionStatistics, String> html) {
        this.key = key;
        this.html = html;
        this.programme = null;
    }

    Figures(ProgrammeKind programme) {
        this.key = "benefit." + programme.name();
        this.html = s -> Html.escape(IndicatorText.benefit(s.benefits().get(programme)));
        this.programme = programme;
    }

    /** The name of the figure in the page (data-figure), for the reader's tools and the tests. */
    String key() {
        return key;
    }

    String label() {
        return programme == null ? Html.label("cli.stats.row." + key)
                : Html.escape(Messages.get(Messages.CHINESE, "indicator.benefit", programme.zh()))
                + " <span class=\"en\" lang=\"en\">"
                + Html.escape(Messages.get(Messages.ENGLISH, "indicator.benefit", programme.en())) + "</span>";
    }

    /** The cell's HTML, escaped. */
    String cell(DivisionStatistics s) {
        return html.apply(s);
    }

    private static String count(long n) {
        return String.valueOf(n);
    }

    private static String none() {
        return Html.escape(Html.zh("cli.stats.none"));
    }

    private static String basis(String text) {
        return " <span class=\"basis\">（" + Html.escape(text) + "）</span>";
    }

    private static String perMille(Optional<PerMille> rate) {
        return rate.map(r -> Html.format("%.2f", r.value()) + " <span class=\"basis\" title=\""
                + Html.escape(r.basis(Locale.SIMPLIFIED_CHINESE)) + "\">（" + r.events() + " ÷ "
                + Html.format("%.1f", r.averagePopulation()) + " × 1000"
                + (r.annualised() ? " × 12 ÷ " + r.months() : "")
                + "）</span>").orElse(none());
    }

    private static String share(Share share) {
        return marked(IndicatorText.share(share));
    }

    /** A rate as every output writes it, its small-numbers mark styled as the page's notes. */
    private static String marked(String text) {
        return text.endsWith(IndicatorText.SMALL)
                ? Html.escape(text.substring(0, text.length() - IndicatorText.SMALL.length()))
                + "<span class=\"note\">" + IndicatorText.SMALL + "</span>"
                : Html.escape(text);
    }
}
