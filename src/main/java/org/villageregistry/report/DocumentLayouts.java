package org.villageregistry.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.indicator.IndicatorText;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.QrCode;
import org.villageregistry.report.ReportDocument.Signatures;
import org.villageregistry.report.ReportTable.Column;
import org.villageregistry.report.ReportTable.PageTotals;
import org.villageregistry.service.Finding;

/** Lays out the payment roll, the birth registration receipt and the data-quality report as documents. */
final class DocumentLayouts {
    /** Tall enough for a signature or a thumbprint. */
    static final float SIGNATURE_ROW_HEIGHT = 24f;

    private DocumentLayouts() {
    }

    static ReportDocument roll(PaymentRoll roll) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.header.division", roll.header().divisionName(), roll.header().divisionCode()),
                Messages.get("report.roll.programme", roll.programmeName(), roll.programmeCode(), roll.period()),
                Messages.get("report.roll.count", String.valueOf(roll.lines().size()), String.valueOf(roll.payees()),
                        roll.total().format())),
                false));
        if (roll.lines().isEmpty()) {
            // an empty roll is most often a period whose batch was not made yet, not a period nobody is owed
            blocks.add(new Lines(List.of(Messages.get("report.roll.noPayments", roll.programmeName(), roll.period())),
                    true));
        }
        // a township's roll names each line's village; a year's roll of a monthly programme each line's month
        boolean villages = roll.villages();
        boolean months = roll.monthsDiffer();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < roll.lines().size(); i++) {
            PaymentRoll.Line l = roll.lines().get(i);
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1)));
            if (villages) {
                row.add(l.village());
            }
            row.addAll(List.of(l.name(), l.maskedId(), l.household()));
            if (months) {
                row.add(l.month());
            }
            row.addAll(List.of(l.reason(), l.amount().format(), ""));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(Column.number(Messages.get("report.col.number"), 0.6f)));
        if (villages) {
            columns.add(Column.text(Messages.get("report.col.village"), 1.1f));
        }
        columns.addAll(List.of(Column.text(Messages.get("report.col.name"), 1.2f),
                Column.text(Messages.get("report.col.id"), 2.3f),
                Column.text(Messages.get("report.col.household"), 0.9f)));
        if (months) {
            columns.add(Column.text(Messages.get("report.col.paidFor"), 1.0f));
        }
        columns.addAll(List.of(Column.text(Messages.get("report.col.reason"), months || villages ? 1.8f : 2.2f),
                Column.number(Messages.get("report.col.amount"), 1.4f),
                Column.text(Messages.get("report.col.signature"), 1.8f)));
        int amount = columns.size() - 2;
        List<String> total = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
        total.set(1, Messages.get("report.roll.total"));
        total.set(amount, roll.total().format());
        blocks.add(new ReportTable(Messages.get("report.roll.table"), columns, rows, Optional.of(total),
                Optional.of(new PageTotals(roll.lines().stream().map(l -> l.amount().fen()).toList(), amount, 1,
                        Messages.get("report.roll.pageTotal"), SIGNATURE_ROW_HEIGHT))));
        blocks.add(new Signatures(List.of(Messages.get("report.sign.preparer"), Messages.get("report.sign.reviewer"),
                Messages.get("report.sign.payer")), true, Messages.get("report.sign.stamp")));
        return new ReportDocument(Messages.get("report.roll.title"), false, roll.header(), blocks);
    }

    static ReportDocument receipt(BirthReceipt receipt) {
        BirthRegistration r = receipt.registration();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.receipt.number", r.registrationNumber(), text(r.registeredOn())),
                Messages.get("report.receipt.office", text(r.office())), order(r)), true));
        blocks.add(new Heading(Messages.get("report.receipt.couple")));
        blocks.add(ReportTable.of(Messages.get("report.receipt.couple"), List.of(
                Column.text("", 1f), Column.text(Messages.get("report.col.name"), 1.2f),
                Column.text(Messages.get("report.col.id"), 2.2f), Column.text(Messages.get("report.col.ethnicity"), 0.9f),
                Column.text(Messages.get("report.col.hukouAddress"), 2.2f),
                Column.text(Messages.get("report.col.marriage"), 1.8f)),
                List.of(spouse(Messages.get("report.receipt.wife"), r.wife(), receipt.claims().wifeIdMasked()),
                        spouse(Messages.get("report.receipt.husband"), r.husband(),
                                receipt.claims().husbandIdMasked()))));
        blocks.add(new Heading(Messages.get("report.receipt.children")));
        List<List<String>> children = r.children().stream().map(DocumentLayouts::child).toList();
        blocks.add(ReportTable.of(Messages.get("report.receipt.children"), List.of(
                Column.text(Messages.get("report.col.name"), 1.5f), Column.text(Messages.get("report.col.sex"), 0.8f),
                Column.date(Messages.get("report.col.birthDate"), 1.5f),
                Column.number(Messages.get("report.col.order"), 0.8f)),
                children.isEmpty() ? List.of(List.of(Messages.get("report.receipt.noChildren"), "", "", "")) : children));
        blocks.add(new Heading(Messages.get("report.receipt.qrHeading")));
        blocks.add(new QrCode(receipt.signedSummary(), receipt.signedSummary().isPresent()
                ? List.of(Messages.get("report.receipt.qrSigned"), Messages.get("report.receipt.qrHow"))
                : List.of(Messages.get("report.receipt.qrUnsigned"))));
        blocks.add(new Signatures(List.of(Messages.get("report.sign.handler"), Messages.get("report.receipt.signDate")),
                true, Messages.get("report.sign.stamp")));
        return new ReportDocument(Messages.get("report.receipt.title"), false, receipt.header(), blocks);
    }

    /** The order registered: of the coming child with its 预产期, or of a child already born (补登) by name. */
    private static String order(BirthRegistration r) {
        String order = String.valueOf(r.registeredOrder());
        return r.children().stream().filter(c -> c.order() == r.registeredOrder()).findFirst()
                .map(born -> Messages.get("report.receipt.orderBorn", order, text(born.name()),
                        text(born.birthDate())))
                .orElseGet(() -> Messages.get("report.receipt.order", order, text(r.expectedDelivery())));
    }

    private static List<String> spouse(String role, Spouse s, String maskedId) {
        if (s == null) {
            return List.of(role, "", "", "", "", "");
        }
        return List.of(role, text(s.name()), maskedId, s.ethnicity() == null ? "" : s.ethnicity().label(),
                text(s.hukouAddress()), (s.maritalStatus() == null ? "" : s.maritalStatus().label())
                        + (s.marriageDate() == null ? "" : " " + s.marriageDate()));
    }

    private static List<String> child(RegisteredChild c) {
        return List.of(text(c.name()), c.sex() == null ? "" : c.sex().label(), text(c.birthDate()),
                String.valueOf(c.order()));
    }

    static ReportDocument quality(QualityReport q) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.header.division", q.header().divisionName(), q.header().divisionCode()),
                Messages.get("report.quality.on", q.on().toString())), false));
        blocks.add(new Heading(Messages.get("report.quality.figures")));
        Share c = q.completeness();
        blocks.add(ReportTable.of(Messages.get("report.quality.figures"), List.of(
                Column.text(Messages.get("report.col.indicator"), 3f), Column.number(Messages.get("report.col.value"), 2f)),
                List.of(List.of(Messages.get("report.quality.completeness"), IndicatorText.share(c)),
                        List.of(Messages.get("report.quality.invalidIds"), String.valueOf(q.invalidIds())),
                        List.of(Messages.get("report.quality.duplicates"), String.valueOf(q.duplicateSuspects())))));
        blocks.add(new Heading(Messages.get("report.quality.byKind")));
        List<List<String>> kinds = new ArrayList<>();
        for (Finding.Kind kind : Finding.Kind.values()) {
            kinds.add(List.of(kind.label(), String.valueOf(q.countsByKind().getOrDefault(kind, 0L))));
        }
        blocks.add(ReportTable.of(Messages.get("report.quality.byKind"), List.of(
                Column.text(Messages.get("report.col.kind"), 3f), Column.number(Messages.get("report.col.count"), 2f)),
                kinds));
        blocks.add(new Heading(Messages.get("report.quality.toFix")));
        boolean byVillage = q.findings().stream().anyMatch(f -> !f.village().isEmpty());
        List<List<String>> rows = q.findings().stream().map(f -> byVillage
                ? List.of(f.village(), f.kind().label(), text(f.record()), f.message())
                : List.of(f.kind().label(), text(f.record()), f.message())).toList();
        List<Column> columns = new ArrayList<>();
        if (byVillage) {
            columns.add(Column.text(Messages.get("report.col.village"), 1.1f));
        }
        columns.addAll(List.of(Column.text(Messages.get("report.col.kind"), 1.4f),
                Column.text(Messages.get("report.col.record"), 1.2f),
                Column.text(Messages.get("report.col.whatToFix"), byVillage ? 3.9f : 5f)));
        blocks.add(ReportTable.of(Messages.get("report.quality.toFix"), columns,
                rows.isEmpty() ? List.of(List.of(Messages.get("report.none"), "", Messages.get("report.quality.clean")))
                        : rows));
        return new ReportDocument(Messages.get("report.quality.title"), false, q.header(), blocks);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
