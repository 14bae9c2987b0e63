package org.villageregistry.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.SampledNewborn;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.Signatures;
import org.villageregistry.report.ReportTable.Column;
import org.villageregistry.service.verification.VerificationSheet;

/**
 * The door-to-door verification sheet (入户核查表) of one village, A4 landscape: the seed that reproduces the draw,
 * each drawn household with its members as registered (ID numbers showing only their last 4 characters), a box to
 * tick and a cell to correct for each person, rows for persons living there but not registered (漏登) and births
 * not registered (漏报), the listed newborns to look for, and the checker's signature and date.
 */
final class VerificationLayouts {
    private static final int MISSING_ROWS = 2;
    private static final String TICK_BOX = "□";

    private VerificationLayouts() {
    }

    static ReportDocument sheet(ReportHeader header, VerificationSheet sheet) {
        Verification v = sheet.verification();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lines(List.of(
                Messages.get("report.verification.village", header.divisionName(), sheet.villageName(),
                        sheet.village()),
                Messages.get("report.verification.draw", String.valueOf(v.id()), String.valueOf(v.seed()),
                        v.drawnOn().toString(), String.valueOf(v.householdsPerVillage()))), true));
        blocks.add(new Lines(List.of(Messages.get("report.verification.how"),
                Messages.get("report.verification.howMissing")), false));
        for (VerificationSheet.Household h : sheet.households()) {
            blocks.add(new Heading(Messages.get("report.verification.household", String.valueOf(h.household().number()),
                    text(h.household().householdNumber()), text(h.household().headName()))));
            blocks.add(ReportTable.of(Messages.get("report.verification.membersTable",
                    String.valueOf(h.household().number())), memberColumns(), memberRows(h.members())));
        }
        if (sheet.households().isEmpty()) {
            blocks.add(new Lines(List.of(Messages.get("report.verification.noHouseholds")), false));
        }
        if (!sheet.newborns().isEmpty()) {
            blocks.add(new Heading(Messages.get("report.verification.newborns")));
            blocks.add(ReportTable.of(Messages.get("report.verification.newborns"), List.of(
                    Column.text(Messages.get("report.verification.col.number"), 0.6f),
                    Column.text(Messages.get("report.verification.col.childName"), 1.2f),
                    Column.text(Messages.get("report.col.sex"), 0.6f),
                    Column.date(Messages.get("report.col.birthDate"), 1.1f),
                    Column.text(Messages.get("report.verification.col.mother"), 1.2f),
                    Column.text(Messages.get("report.verification.col.source"), 1.2f),
                    Column.text(Messages.get("report.verification.col.recorded"), 1.1f),
                    Column.text(Messages.get("report.verification.col.foundChild"), 1.6f)),
                    sheet.newborns().stream().map(VerificationLayouts::newborn).toList()));
        }
        blocks.add(new Signatures(List.of(Messages.get("report.verification.sign.checker"),
                Messages.get("report.verification.sign.companion"), Messages.get("report.verification.sign.date")),
                false, ""));
        return new ReportDocument(Messages.get("report.verification.sheetTitle"), true, header, blocks);
    }

    private static List<Column> memberColumns() {
        return List.of(Column.text(Messages.get("report.verification.col.number"), 0.7f),
                Column.text(CheckedField.NAME.label(), 1.0f), Column.text(CheckedField.SEX.label(), 0.5f),
                Column.date(CheckedField.BIRTH_DATE.label(), 1.0f),
                Column.text(CheckedField.ID_NUMBER.label(), 1.7f), Column.text(CheckedField.ETHNICITY.label(), 0.6f),
                Column.text(CheckedField.RELATION.label(), 0.9f), Column.text(CheckedField.MARITAL.label(), 0.8f),
                Column.text(CheckedField.RESIDENCE.label(), 1.3f),
                Column.text(Messages.get("report.verification.col.tick"), 0.6f),
                Column.text(Messages.get("report.verification.col.correct"), 2.6f));
    }

    private static List<List<String>> memberRows(List<SampledPerson> members) {
        List<List<String>> rows = new ArrayList<>();
        for (SampledPerson p : members) {
            rows.add(List.of(String.valueOf(p.number()), p.registered(CheckedField.NAME),
                    p.registered(CheckedField.SEX), p.registered(CheckedField.BIRTH_DATE), lastFour(p.idNumber()),
                    p.registered(CheckedField.ETHNICITY), p.registered(CheckedField.RELATION),
                    p.registered(CheckedField.MARITAL), p.registered(CheckedField.RESIDENCE), TICK_BOX, ""));
        }
        for (int i = 0; i < MISSING_ROWS; i++) {
            rows.add(blank(Messages.get("report.verification.row.missing")));
        }
        rows.add(blank(Messages.get("report.verification.row.birth")));
        return rows;
    }

    private static List<String> blank(String label) {
        List<String> row = new ArrayList<>(List.of(label));
        for (int i = 1; i < 11; i++) {
            row.add("");
        }
        return row;
    }

    private static List<String> newborn(SampledNewborn n) {
        return List.of(String.valueOf(n.number()), text(n.childName()), text(n.sex()), n.bornOn().toString(),
                text(n.motherName()), text(n.source()), Messages.get(n.recorded() ? "report.verification.yes"
                        : "report.verification.no"), Messages.get("report.verification.foundBoxes"));
    }

    /** Only the last 4 characters of an ID number show on a sheet that leaves the office. */
    static String lastFour(String id) {
        return Optional.ofNullable(id).filter(s -> !s.isBlank())
                .map(org.villageregistry.domain.person.IdNumber::lastFourOnly).orElse("");
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
