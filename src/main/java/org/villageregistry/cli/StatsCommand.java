package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.indicator.IndicatorText;
import org.villageregistry.domain.indicator.PerMille;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg stats --period: the indicators for the workstation's division; a township shows each village and the total. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand extends CommandBase {
    @Option(names = "--period", required = true, paramLabel = "YYYY-MM|YYYY-Qn|YYYY", descriptionKey = "cli.opt.period")
    String period;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
    OutputFormat format;

    @Override
    int run(Session session) throws Exception {
        StatisticsReport report = session.services().statistics().compute(Period.parse(period));
        if (format == OutputFormat.json) {
            printJson(report);
            return Vreg.OK;
        }
        out().println(Messages.get("cli.stats.header", report.divisionCode(), report.divisionName(),
                report.period().text(), report.period().from(), report.period().to()));
        List<DivisionStatistics> columns = new ArrayList<>(report.villages());
        columns.add(report.total());
        List<String> header = new ArrayList<>(List.of(Messages.get("cli.col.indicator")));
        columns.forEach(c -> header.add(c == report.total() && !report.villages().isEmpty()
                ? Messages.get("service.stats.total") : c.divisionName()));
        TextTable table = new TextTable(header.toArray(String[]::new));
        row(table, "populationStart", columns, c -> String.valueOf(c.populationStart()));
        row(table, "populationEnd", columns, c -> String.valueOf(c.populationEnd()));
        row(table, "average", columns, c -> String.format(Locale.ROOT, "%.1f", c.averagePopulation()));
        row(table, "births", columns, c -> IndicatorText.births(c.births().total(), c.births().male(),
                c.births().female()));
        row(table, "orders", columns, c -> c.births().first() + "/" + c.births().second() + "/"
                + c.births().thirdOrMore());
        row(table, "orderShares", columns, c -> percent(c.orderShares().first()) + "/"
                + percent(c.orderShares().second()) + "/" + percent(c.orderShares().thirdOrMore()));
        row(table, "deaths", columns, c -> String.valueOf(c.deaths()));
        row(table, "marriages", columns, c -> c.marriages().getOrDefault(MarriageKind.MARRIAGE, 0L) + "/"
                + c.marriages().getOrDefault(MarriageKind.DIVORCE, 0L) + "/"
                + c.marriages().getOrDefault(MarriageKind.REMARRIAGE, 0L));
        row(table, "movesIn", columns, c -> String.valueOf(c.movesIn()));
        row(table, "movesOut", columns, c -> String.valueOf(c.movesOut()));
        row(table, "balance", columns, c -> c.balance().expectedEnd() + "/" + c.balance().end() + " "
                + (c.balance().balanced() ? Messages.get("cli.stats.balanced")
                : Messages.get("cli.stats.notBalanced", c.balance().difference())));
        row(table, "birthRate", columns, c -> perMille(c.birthRate()));
        row(table, "deathRate", columns, c -> perMille(c.deathRate()));
        row(table, "growthRate", columns, c -> perMille(c.naturalGrowthRate()));
        row(table, "sexRatio", columns, c -> IndicatorText.sexRatio(c.sexRatioAtBirth())
                + (c.sexRatioAtBirth().smallNumbers() ? Messages.get("cli.stats.smallNumbers") : ""));
        row(table, "women", columns, c -> String.valueOf(c.women15to49()));
        row(table, "marriedWomen", columns, c -> String.valueOf(c.marriedWomen15to49()));
        row(table, "timeliness", columns, c -> IndicatorText.share(c.registrationTimeliness()));
        monitoringRows(table, columns);
        table.print(out());
        report.total().birthRate().ifPresent(rate -> out().println(report.villages().isEmpty() ? rate.basis()
                : Messages.get("cli.stats.rateBasisTotal", rate.basis())));
        if (columns.stream().anyMatch(DivisionStatistics::smallNumbers)) {
            out().println(IndicatorText.smallNumbersNote());
        }
        if (columns.stream().anyMatch(c -> c.underReporting().isEmpty())) {
            out().println(Messages.get("indicator.underReporting.noList"));
        }
        return Vreg.OK;
    }

    /** Service coverage, benefits per kind of programme, under-reporting and data quality. */
    private static void monitoringRows(TextTable table, List<DivisionStatistics> columns) {
        row(table, "healthChecks", columns, c -> IndicatorText.share(c.serviceCoverage().healthChecks()));
        row(table, "followUps", columns, c -> IndicatorText.share(c.serviceCoverage().followUps()));
        row(table, "postnatal", columns, c -> IndicatorText.share(c.serviceCoverage().postnatalVisits()));
        row(table, "awayHealthChecks", columns, c -> IndicatorText.share(c.serviceCoverage().awayHealthChecks()));
        row(table, "awayFollowUps", columns, c -> IndicatorText.share(c.serviceCoverage().awayFollowUps()));
        row(table, "awayPostnatal", columns, c -> IndicatorText.share(c.serviceCoverage().awayPostnatalVisits()));
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            List<Object> cells = new ArrayList<>(List.of(Messages.get("indicator.benefit", kind.label())));
            columns.forEach(c -> cells.add(IndicatorText.benefit(c.benefits().get(kind))));
            table.row(cells.toArray());
        }
        row(table, "underReporting", columns, c -> c.underReporting().map(IndicatorText::share)
                .orElse(IndicatorText.none()));
        row(table, "completeness", columns, c -> IndicatorText.share(c.dataQuality().completeness()));
        row(table, "invalidIds", columns, c -> String.valueOf(c.dataQuality().invalidIds()));
        row(table, "duplicates", columns, c -> String.valueOf(c.dataQuality().duplicateSuspects()));
        row(table, "conflicts", columns, c -> IndicatorText.count(c.dataQuality().unresolvedConflicts()));
        row(table, "notAcknowledged", columns, c -> IndicatorText.count(c.dataQuality().notAcknowledged()));
    }

    private static void row(TextTable table, String key, List<DivisionStatistics> columns,
                            Function<DivisionStatistics, String> value) {
        List<Object> cells = new ArrayList<>(List.of(Messages.get("cli.stats.row." + key)));
        columns.forEach(c -> cells.add(value.apply(c)));
        table.row(cells.toArray());
    }

    private static String percent(Share share) {
        return share.percent().map(p -> String.format(Locale.ROOT, "%.1f", p)).orElse(Messages.get("cli.stats.none"));
    }

    private static String perMille(Optional<PerMille> rate) {
        return rate.map(r -> String.format(Locale.ROOT, "%.2f", r.value())).orElse(Messages.get("cli.stats.none"));
    }
}
