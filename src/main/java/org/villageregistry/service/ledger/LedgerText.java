package org.villageregistry.service.ledger;

/** Text clean-up shared by the cell readers. */
final class LedgerText {
    private LedgerText() {
    }

    /** Full-width digits, letters and signs (０-９, Ａ, －, ／) as ASCII; the ideographic space as a space. */
    static String halfWidth(String text) {
        return org.villageregistry.domain.text.HalfWidth.of(text);
    }

    /** A cell as compact text: half-width, spaces removed, a leading apostrophe (Excel's text mark) dropped. */
    static String compact(SheetCell cell) {
        String t = halfWidth(cell.text()).replaceAll("\\s", "");
        return t.startsWith("'") ? t.substring(1) : t;
    }
}
