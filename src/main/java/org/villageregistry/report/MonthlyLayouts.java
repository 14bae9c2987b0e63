package org.villageregistry.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportDocument.BarChart;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.Pyramid;
import org.villageregistry.report.ReportDocument.Signatures;
import org.villageregistry.report.ReportTable.Column;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.DivisionStatistics;

/** Lays out the village and township monthly reports as documents. */
final class MonthlyLayouts {
    private MonthlyLayouts() {
    }

    static ReportDocument village(VillageMonthlyReport r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.header.division", r.header().divisionName(), r.header().divisionCode()),
                Messages.get("report.header.period", r.month().text(), r.month().from().toString(),
                        r.month().to().toString()),
                Messages.get("report.header.yearToDate", r.yearToDate().from().toString(),
                        r.yearToDate().to().toString())), false));
        notOver(r.month(), r.header()).ifPresent(blocks::add);
        blocks.add(new Heading(Messages.get("report.village.indicators")));
        blocks.add(indicatorTable(r));
        List<String> notes = new ArrayList<>(Indicator.notes(List.of(r.thisMonth(), r.toDate(), r.lastYear())));
        r.thisMonth().birthRate().ifPresent(rate -> notes.add(0, rate.basis()));
        if (r.thisMonthSigned()) {
            notes.add(0, Messages.get("report.village.signedColumn", PeriodWords.currentColumn(r.month())));
        }
        notes.add(Messages.get("report.village.ofToday", Indicator.CONFLICTS.label(),
                Indicator.NOT_ACKNOWLEDGED.label()));
        blocks.add(new Lines(notes, false));
        String current = PeriodWords.current(r.month());
        blocks.addAll(events(Messages.get("report.village.births", current), r.births(), current));
        blocks.addAll(events(Messages.get("report.village.deaths", current), r.deaths(), current));
        blocks.addAll(events(Messages.get("report.village.marriages", current), r.marriages(), current));
        blocks.addAll(events(Messages.get("report.village.moves", current), r.moves(), current));
        blocks.add(birthChart(r.birthsByMonth()));
        blocks.add(new Pyramid(Messages.get("report.chart.pyramid", r.month().to().toString()),
                r.pyramid().groups(), r.pyramid().male(), r.pyramid().female()));
        blocks.add(new Signatures(List.of(Messages.get("report.sign.preparer"), Messages.get("report.sign.reviewer"),
                Messages.get("report.sign.date")), true, Messages.get("report.sign.stamp")));
        return new ReportDocument(Messages.get("report.village.title", PeriodWords.report(r.month())), false,
                r.header(), blocks);
    }

    private static ReportTable indicatorTable(VillageMonthlyReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            // a count of today is not a figure of the year to date or of last year: shown once, under this month
            rows.add(List.of(i.label(), i.value(r.thisMonth()),
                    i.ofToday() ? org.villageregistry.domain.indicator.IndicatorText.none() : i.value(r.toDate()),
                    i.ofToday() ? org.villageregistry.domain.indicator.IndicatorText.none() : i.value(r.lastYear())));
        }
        return ReportTable.of(Messages.get("report.village.indicators"), List.of(
                Column.text(Messages.get("report.col.indicator"), 3.2f),
                Column.number(PeriodWords.currentColumn(r.month())
                        + (r.thisMonthSigned() ? Messages.get("report.col.signedMark") : ""), 2f),
                Column.number(Messages.get("report.col.yearToDate"), 2f),
                Column.number(PeriodWords.sameLastYearColumn(r.month(), r.sameMonthLastYear()), 2f)), rows);
    }

    private static List<Block> events(String name, List<EventLine> lines, String current) {
        List<List<String>> rows = lines.stream()
                .map(e -> List.of(e.date().toString(), e.kind(), e.persons(), e.detail())).toList();
        if (rows.isEmpty()) {
            rows = List.of(List.of(Messages.get("report.none"), "", Messages.get("report.village.noEvents", current), ""));
        }
        return List.of(new Heading(name), ReportTable.of(name, List.of(Column.date(Messages.get("report.col.date"), 1.3f),
                Column.text(Messages.get("report.col.kind"), 1.5f), Column.text(Messages.get("report.col.persons"), 2.2f),
                Column.text(Messages.get("report.col.detail"), 3.5f)), rows));
    }

    private static BarChart birthChart(List<MonthBirths> months) {
        List<String> labels = months.stream().map(m -> m.month().getMonthValue() == 1 || m == months.get(0)
                ? m.month().toString() : String.format("%02d", m.month().getMonthValue())).toList();
        return new BarChart(Messages.get("report.chart.births"), labels,
                List.of(Messages.get("report.chart.male"), Messages.get("report.chart.female")),
                List.of(months.stream().map(MonthBirths::male).toList(),
                        months.stream().map(MonthBirths::female).toList()));
    }

    static ReportDocument township(TownshipMonthlyReport r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.header.division", r.header().divisionName(), r.header().divisionCode()),
                Messages.get("report.header.period", r.month().text(), r.month().from().toString(),
                        r.month().to().toString())), false));
        Optional<Block> open = notOver(r.month(), r.header());
        open.ifPresent(blocks::add);
        for (Indicator.Group group : Indicator.Group.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (DivisionStatistics v : r.statistics().villages()) {
                rows.add(row(group, v.divisionName() + " " + v.divisionCode().substring(9), v));
            }
            blocks.add(new Heading(group.title()));
            blocks.add(new ReportTable(Messages.get("report.township.table"),
                    columns(group, Messages.get("report.col.village"), 2.6f), rows,
                    Optional.of(row(group, Messages.get("report.township.total"), r.statistics().total())),
                    Optional.empty()));
        }
        List<DivisionStatistics> shown = new ArrayList<>(r.statistics().villages());
        shown.add(r.statistics().total());
        List<String> tableNotes = new ArrayList<>(withRateBasis(Indicator.notes(shown), r.statistics().total()));
        if (!r.signedVillages().isEmpty()) {
            tableNotes.add(0, Messages.get("report.township.signedRows", String.join("、", r.signedVillages())));
        }
        blocks.add(new Lines(tableNotes, false));
        blocks.add(new Heading(Messages.get("report.township.bundles")));
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<List<String>> bundleRows = new ArrayList<>();
        for (TownshipMonthlyReport.VillageStatus v : r.villages()) {
            // before the period is over no bundle can cover it: not "missing", just not due yet
            boolean notDue = open.isPresent() && v.bundle() == BundleArrivals.Arrival.MISSING;
            bundleRows.add(List.of(v.name(), v.code(), Messages.get(notDue ? "report.bundle.notDue"
                    : "report.bundle." + v.bundle().name()), String.valueOf(v.eventsInMonth())));
            switch (v.bundle()) {
                case MISSING -> {
                    if (!notDue) {
                        missing.add(v.name());
                    }
                }
                case UNKNOWN -> unknown.add(v.name());
                case RECEIVED -> { }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(open.isPresent() ? Messages.get("report.township.notDue", r.month().to().toString())
                : missing.isEmpty() ? Messages.get("report.township.noneMissing")
                : Messages.get("report.township.missing", String.join("、", missing)));
        if (!unknown.isEmpty()) {
            notes.add(Messages.get("report.township.unknown", String.join("、", unknown)));
        }
        blocks.add(new Lines(notes, true));
        blocks.add(ReportTable.of(Messages.get("report.township.bundles"), List.of(
                Column.text(Messages.get("report.col.village"), 2f), Column.text(Messages.get("report.col.code"), 2f),
                Column.text(Messages.get("report.col.bundle"), 4f),
                Column.number(Messages.get("report.col.events", PeriodWords.current(r.month())), 2f)), bundleRows));
        blocks.add(new Signatures(List.of(Messages.get("report.sign.preparer"), Messages.get("report.sign.reviewer"),
                Messages.get("report.sign.date")), true, Messages.get("report.sign.stamp")));
        return new ReportDocument(Messages.get("report.township.title", PeriodWords.report(r.month())), true,
                r.header(), blocks);
    }

    /** The notes beneath a table of rates, first how a rate of a month or quarter is made a yearly one. */
    static List<String> withRateBasis(List<String> notes, DivisionStatistics total) {
        List<String> all = new ArrayList<>(notes);
        total.birthRate().ifPresent(rate -> all.add(0, Messages.get("report.rateBasis.total", rate.basis())));
        return all;
    }

    /** The warning under the header of a report whose period is not over on the day it is made, bold. */
    static Optional<Block> notOver(org.villageregistry.domain.indicator.Period period, ReportHeader header) {
        return PeriodWords.notOver(period, header.generatedAt().toLocalDate()).map(text -> new Lines(List.of(text), true));
    }

    /** The columns of one group's table: the division, then the group's indicators (a wider balance column). */
    static List<Column> columns(Indicator.Group group, String divisionHeader, float divisionWidth) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(divisionHeader, divisionWidth)));
        for (Indicator i : group.indicators()) {
            columns.add(Column.number(i.label(), i == Indicator.BALANCE ? 1.6f
                    : group == Indicator.Group.POPULATION ? 1.15f : 1.6f));
        }
        return columns;
    }

    static List<String> row(Indicator.Group group, String label, DivisionStatistics s) {
        List<String> cells = new ArrayList<>(List.of(label));
        for (Indicator i : group.indicators()) {
            cells.add(i.value(s));
        }
        return cells;
    }
}
