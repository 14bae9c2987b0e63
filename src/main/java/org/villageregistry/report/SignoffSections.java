package org.villageregistry.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.Signatures;
import org.villageregistry.report.ReportTable.Column;
import org.villageregistry.service.signoff.LockedMonths.Correction;
import org.villageregistry.service.signoff.SignedFigures.Difference;
import org.villageregistry.service.signoff.VillageMonth;

/**
 * The sign-off (审核) parts of the monthly reports, put before the signature lines: the village's state of the
 * month (figures as signed when approved), each village's state at the township with the overdue ones named, and
 * the corrections to earlier locked months (补报/更正: signed value, value now, difference).
 */
final class SignoffSections {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SignoffSections() {
    }

    /**
     * {@code changedSince}: for an approved month, the counts the register now gives otherwise than signed (its
     * column stays as signed; the rest of the report is the register now, and the page says so).
     */
    static ReportDocument village(ReportDocument doc, String period, Optional<Signoff> month,
                                  List<Difference> changedSince, List<Correction> corrections, ZoneId zone) {
        return village(doc, period, month, changedSince, corrections, zone, null);
    }

    /** As above; {@code today} (null: not known) names a month not submitted by its due day overdue. */
    static ReportDocument village(ReportDocument doc, String period, Optional<Signoff> month,
                                  List<Difference> changedSince, List<Correction> corrections, ZoneId zone,
                                  java.time.LocalDate today) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(Messages.get("report.signoff.heading")));
        boolean approved = month.map(s -> s.state() == State.APPROVED).orElse(false);
        blocks.add(new Lines(List.of(villageState(period, month, zone, today)), approved));
        if (approved) {
            blocks.add(new Lines(List.of(Messages.get("report.signoff.village.approvedRest"),
                    changedSince.isEmpty() ? Messages.get("report.signoff.village.unchangedSince")
                            : Messages.get("report.signoff.village.changedSince", changedSince(changedSince))),
                    false));
        }
        blocks.addAll(corrections(corrections, false));
        return beforeSignatures(doc, blocks);
    }

    static ReportDocument township(ReportDocument doc, String period, List<VillageMonth> villages,
                                   List<Correction> corrections, ZoneId zone) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(Messages.get("report.signoff.heading")));
        List<String> overdue = villages.stream().filter(VillageMonth::overdue).map(VillageMonth::overdueName).toList();
        String due = villages.isEmpty() ? "" : villages.get(0).dueOn().toString();
        blocks.add(new Lines(List.of(overdue.isEmpty() ? Messages.get("report.signoff.noneOverdue", period, due)
                : Messages.get("report.signoff.overdue", String.join("、", overdue), due)), true));
        List<List<String>> rows = villages.stream().map(v -> List.of(v.villageName(), v.village(),
                v.state().label() + (v.overdue() ? Messages.get("report.signoff.overdueMark") : ""),
                v.submittedAt().map(t -> DAY_TIME.format(t.atZone(zone))).orElse(""),
                v.decidedAt().map(t -> DAY_TIME.format(t.atZone(zone))).orElse(""), v.reason().orElse(""))).toList();
        blocks.add(ReportTable.of(Messages.get("report.signoff.states"), List.of(
                Column.text(Messages.get("report.col.village"), 2f), Column.text(Messages.get("report.col.code"), 2.2f),
                Column.text(Messages.get("report.signoff.col.state"), 1.8f),
                Column.text(Messages.get("report.signoff.col.submitted"), 2.4f),
                Column.text(Messages.get("report.signoff.col.decided"), 2.4f),
                Column.text(Messages.get("report.signoff.col.reason"), 4f)), rows));
        blocks.addAll(corrections(corrections, true));
        return beforeSignatures(doc, blocks);
    }

    /** "死亡人数 1 → 2；期末人口 312 → 311". */
    static String changedSince(List<Difference> differences) {
        return differences.stream().map(d -> d.label() + " " + d.signed() + " → " + d.now())
                .collect(java.util.stream.Collectors.joining(Messages.get("report.signoff.listSeparator")));
    }

    private static String villageState(String period, Optional<Signoff> month, ZoneId zone, java.time.LocalDate today) {
        if (month.isEmpty()) {
            java.time.LocalDate due = org.villageregistry.service.signoff.SignoffService.dueOn(
                    org.villageregistry.domain.indicator.Period.parse(period));
            return today != null && today.isAfter(due)
                    ? Messages.get("report.signoff.village.noneOverdue", period, due.toString())
                    : Messages.get("report.signoff.village.none", period);
        }
        Signoff s = month.get();
        String submitted = DAY_TIME.format(s.submittedAt().atZone(zone));
        return switch (s.state()) {
            case SUBMITTED -> Messages.get("report.signoff.village.submitted", period, submitted);
            case APPROVED -> Messages.get("report.signoff.village.approved", period,
                    s.decidedAt().map(t -> DAY_TIME.format(t.atZone(zone))).orElse(submitted));
            case RETURNED -> Messages.get("report.signoff.village.returned", period, s.reason().orElse(""));
        };
    }

    /** 补报/更正: one row per changed count of each earlier locked month ("none" when nothing changed). */
    private static List<Block> corrections(List<Correction> corrections, boolean perVillage) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(Messages.get("report.signoff.corrections")));
        if (corrections.isEmpty()) {
            blocks.add(new Lines(List.of(Messages.get("report.signoff.noCorrections")), false));
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Correction c : corrections) {
            for (Difference d : c.differences()) {
                List<String> row = new ArrayList<>();
                if (perVillage) {
                    row.add(c.villageName());
                }
                row.addAll(List.of(c.period(), d.label(), String.valueOf(d.signed()), String.valueOf(d.now()),
                        (d.change() > 0 ? "+" : "") + d.change()));
                rows.add(row);
            }
        }
        List<Column> columns = new ArrayList<>();
        if (perVillage) {
            columns.add(Column.text(Messages.get("report.col.village"), 2f));
        }
        columns.addAll(List.of(Column.text(Messages.get("report.signoff.col.period"), 1.4f),
                Column.text(Messages.get("report.signoff.col.figure"), 3f),
                Column.number(Messages.get("report.signoff.col.signed"), 1.6f),
                Column.number(Messages.get("report.signoff.col.now"), 1.6f),
                Column.number(Messages.get("report.signoff.col.difference"), 1.6f)));
        blocks.add(new Lines(List.of(Messages.get("report.signoff.correctionsNote")), false));
        blocks.add(ReportTable.of(Messages.get("report.signoff.corrections"), columns, rows));
        return blocks;
    }

    /** The document with the blocks put just before its signature lines (or at its end when it has none). */
    private static ReportDocument beforeSignatures(ReportDocument doc, List<Block> extra) {
        List<Block> blocks = new ArrayList<>(doc.blocks());
        int at = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Signatures) {
                at = i;
            }
        }
        blocks.addAll(at, extra);
        return new ReportDocument(doc.title(), doc.landscape(), doc.header(), blocks);
    }
}
