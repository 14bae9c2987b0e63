package org.villageregistry.report;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.Signatures;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;

/**
 * The county's monthly report: each township's total with its villages beneath it, the county's total, and who has
 * not reported for the period; the same indicator columns, by the same formulas, as the township's report.
 *
 * @param notReported townships and villages whose data for the period have not arrived ("柳树村 410103100001")
 * @param periodOpen    the period is not over yet: nobody can have reported for it
 * @param suspects      the county-wide duplicate suspects to review, one row per person, a group's reason on its first
 * @param suspectsCut   some kind of suspect had more groups than are listed (the web page lists them all)
 */
public record CountyMonthlyReport(ReportHeader header, Period period, List<StatisticsReport> townships,
                                  DivisionStatistics total, List<String> notReported, boolean periodOpen,
                                  List<SuspectRow> suspects, boolean suspectsCut) {
    public CountyMonthlyReport {
        townships = List.copyOf(townships);
        notReported = List.copyOf(notReported);
        suspects = List.copyOf(suspects);
    }

    /**
     * One person suspected to be the same as another held elsewhere in the county: the reason (on a group's first
     * row only), the name, birth date, ID number as printed (masked by the caller), and where ("柳树村（青山镇）").
     */
    public record SuspectRow(String reason, String name, String birthDate, String idNumber, String where) {
    }

    /** The report as a PDF (A4 landscape, the Chinese font embedded), ready to save or to send to a browser. */
    public byte[] pdf() {
        return new PdfRenderer().render(document(), ReportProgress.NONE, CancelCheck.NEVER);
    }

    ReportDocument document() {
        List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.header.division", header.divisionName(), header.divisionCode()),
                Messages.get("report.header.period", period.text(), period.from().toString(), period.to().toString())),
                false));
        MonthlyLayouts.notOver(period, header).ifPresent(blocks::add);
        List<DivisionStatistics> shown = new java.util.ArrayList<>();
        for (Indicator.Group group : Indicator.Group.values()) {
            List<List<String>> rows = new java.util.ArrayList<>();
            for (StatisticsReport t : townships) {
                rows.add(MonthlyLayouts.row(group, t.total().divisionName() + " " + t.total().divisionCode(),
                        t.total()));
                shown.add(t.total());
                for (DivisionStatistics v : t.villages()) {
                    rows.add(MonthlyLayouts.row(group, "　" + v.divisionName() + " " + v.divisionCode(), v));
                    shown.add(v);
                }
            }
            blocks.add(new Heading(group.title()));
            blocks.add(new ReportTable(Messages.get("report.county.table"),
                    MonthlyLayouts.columns(group, Messages.get("report.col.division"), 2.8f), rows,
                    Optional.of(MonthlyLayouts.row(group, Messages.get("report.township.total"), total)),
                    Optional.empty()));
        }
        shown.add(total);
        blocks.add(new Lines(MonthlyLayouts.withRateBasis(Indicator.notes(shown), total), false));
        blocks.add(new Heading(Messages.get("report.county.reporting")));
        blocks.add(new Lines(List.of(periodOpen ? Messages.get("report.county.periodOpen", period.to().toString())
                : notReported.isEmpty() ? Messages.get("report.county.allReported")
                : Messages.get("report.county.notReported", String.join("、", notReported))), true));
        blocks.add(new Heading(Messages.get("report.county.duplicates")));
        List<String> rule = new java.util.ArrayList<>(List.of(Messages.get("report.county.duplicatesRule")));
        if (suspectsCut) {
            rule.add(Messages.get("report.county.duplicatesCut"));
        }
        blocks.add(new Lines(rule, false));
        if (suspects.isEmpty()) {
            blocks.add(new Lines(List.of(Messages.get("report.county.noDuplicates")), true));
        } else {
            blocks.add(ReportTable.of(Messages.get("report.county.duplicates"), List.of(
                    ReportTable.Column.text(Messages.get("report.col.suspectReason"), 2.4f),
                    ReportTable.Column.text(Messages.get("report.col.name"), 1.6f),
                    ReportTable.Column.date(Messages.get("report.col.birthDate"), 1.4f),
                    ReportTable.Column.text(Messages.get("report.col.id"), 2.4f),
                    ReportTable.Column.text(Messages.get("report.col.villageOfTownship"), 3f)),
                    suspects.stream().map(r -> List.of(r.reason(), r.name(), r.birthDate(), r.idNumber(), r.where()))
                            .toList()));
        }
        blocks.add(new Signatures(List.of(Messages.get("report.sign.preparer"), Messages.get("report.sign.reviewer"),
                Messages.get("report.sign.date")), true, Messages.get("report.sign.stamp")));
        return new ReportDocument(Messages.get("report.county.title", PeriodWords.report(period)), true, header, blocks);
    }
}
