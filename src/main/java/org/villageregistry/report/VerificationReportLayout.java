package org.villageregistry.report;

import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.indicator.SampleRate;
import org.villageregistry.domain.indicator.VerificationRates;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.Signatures;
import org.villageregistry.report.ReportTable.Column;
import org.villageregistry.service.verification.VerificationReport;

/**
 * The verification report (抽样核查报告): for the township and each village every rate with its numerator and
 * denominator and its 95 % Wilson interval, then the error rate of each checked field, and the definitions.
 */
final class VerificationReportLayout {
    private VerificationReportLayout() {
    }

    /** The five figures in the order the report prints them. */
    enum Figure {
        ACCURACY, OMISSION, BIRTH_OMISSION, MARRIED_WOMEN;

        String label() {
            return Messages.get("report.verification.figure." + name());
        }

        SampleRate of(VerificationRates r) {
            return switch (this) {
                case ACCURACY -> r.accuracy();
                case OMISSION -> r.omission();
                case BIRTH_OMISSION -> r.birthOmission();
                case MARRIED_WOMEN -> r.marriedWomenManaged();
            };
        }
    }

    static ReportDocument report(ReportHeader header, VerificationReport report) {
        Verification v = report.sample().verification();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.header.division", header.divisionName(), header.divisionCode()),
                Messages.get("report.verification.draw", String.valueOf(v.id()), String.valueOf(v.seed()),
                        v.drawnOn().toString(), String.valueOf(v.householdsPerVillage())),
                Messages.get("report.verification.entered", String.valueOf(report.sample().households().size()),
                        String.valueOf(report.sample().persons().size()), String.valueOf(report.personsChecked()),
                        Messages.get(report.complete() ? "report.verification.complete"
                                : "report.verification.incomplete"))), false));
        blocks.add(new Heading(Messages.get("report.verification.figures")));
        List<List<String>> rows = new ArrayList<>();
        addScope(rows, Messages.get("report.verification.township", report.townshipName()), report.total());
        for (VerificationReport.Village village : report.villages()) {
            addScope(rows, village.name(), village.rates());
        }
        blocks.add(ReportTable.of(Messages.get("report.verification.figures"), List.of(
                Column.text(Messages.get("report.verification.col.scope"), 1.3f),
                Column.text(Messages.get("report.col.indicator"), 2.0f),
                Column.number(Messages.get("report.verification.col.rate"), 0.9f),
                Column.number(Messages.get("report.verification.col.counts"), 1.0f),
                Column.text(Messages.get("report.verification.col.interval"), 1.4f)), rows));
        blocks.add(new Heading(Messages.get("report.verification.fieldErrors")));
        List<Column> columns = new ArrayList<>(List.of(Column.text(Messages.get("report.verification.col.field"), 1.2f),
                Column.number(Messages.get("report.verification.township", report.townshipName()), 1.4f),
                Column.text(Messages.get("report.verification.col.interval"), 1.3f)));
        report.villages().forEach(village -> columns.add(Column.number(village.name(), 1.0f)));
        List<List<String>> fields = new ArrayList<>();
        for (CheckedField f : CheckedField.values()) {
            SampleRate total = report.total().fieldErrors().get(f);
            List<String> row = new ArrayList<>(List.of(f.label(), rate(total) + " " + counts(total), interval(total)));
            report.villages().forEach(village -> row.add(counts(village.rates().fieldErrors().get(f))));
            fields.add(row);
        }
        blocks.add(ReportTable.of(Messages.get("report.verification.fieldErrors"), columns, fields));
        blocks.add(new Lines(List.of(Messages.get("report.verification.define.accuracy"),
                Messages.get("report.verification.define.omission"),
                Messages.get("report.verification.define.birthOmission"),
                Messages.get("report.verification.define.marriedWomen"),
                Messages.get("report.verification.define.interval", String.valueOf(SampleRate.SMALL_SAMPLE))),
                false));
        blocks.add(new Signatures(List.of(Messages.get("report.sign.preparer"), Messages.get("report.sign.reviewer"),
                Messages.get("report.verification.sign.date")), false, ""));
        return new ReportDocument(Messages.get("report.verification.reportTitle"), false, header, blocks);
    }

    private static void addScope(List<List<String>> rows, String scope, VerificationRates rates) {
        boolean first = true;
        for (Figure f : Figure.values()) {
            SampleRate r = f.of(rates);
            rows.add(List.of(first ? scope : "", f.label(), rate(r), counts(r), interval(r)));
            first = false;
        }
    }

    /** 94.1%, with * when fewer than 30 were counted; "—" when none. */
    static String rate(SampleRate r) {
        return r.percentText() + (r.smallSample() ? "*" : "");
    }

    static String counts(SampleRate r) {
        return r.countsText();
    }

    static String interval(SampleRate r) {
        return r.intervalText();
    }
}
