package org.villageregistry.service.ledger;

/**
 * One cell as a spreadsheet holds it. {@code text} is what the registrar sees: for NUMBER the exact plain
 * digits (no scientific notation), for DATE an ISO date (2026-11-30). Merged cells carry the merged value.
 */
public record SheetCell(Kind kind, String text) {
    public enum Kind { BLANK, TEXT, NUMBER, DATE }

    public static final SheetCell BLANK = new SheetCell(Kind.BLANK, "");

    public SheetCell {
        text = text == null ? "" : text;
        if (kind != Kind.BLANK && text.isBlank()) {
            kind = Kind.BLANK;
            text = "";
        }
    }

    public static SheetCell text(String value) {
        return new SheetCell(Kind.TEXT, value);
    }

    public static SheetCell number(String plainDigits) {
        return new SheetCell(Kind.NUMBER, plainDigits);
    }

    public static SheetCell date(java.time.LocalDate value) {
        return new SheetCell(Kind.DATE, value.toString());
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }
}
