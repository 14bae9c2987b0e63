package org.villageregistry.service.ledger;

import java.util.List;

/** A worksheet as read from a file: every row (title rows and blank rows too), merged cells filled in. */
public record RawSheet(String fileName, String sheetName, List<List<SheetCell>> rows) {
    public RawSheet {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
