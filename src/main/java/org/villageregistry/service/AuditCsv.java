package org.villageregistry.service;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.text.Messages;

/**
 * The audit log as CSV for a spreadsheet program: UTF-8 with a byte-order mark (as the reports' CSV), CRLF lines,
 * the record's full id (not a name), and each entry's hash so a reader can match it against the chain. Cells are
 * written by {@link SpreadsheetCsv}, so none runs as a formula.
 */
public final class AuditCsv {
    static final char BOM = SpreadsheetCsv.BOM;

    private final ZoneId zone;

    AuditCsv(ZoneId zone) {
        this.zone = zone;
    }

    void header(Writer out) throws IOException {
        out.write(BOM);
        line(out, List.of(Messages.get("audit.csv.seq"), Messages.get("audit.csv.when"),
                Messages.get("audit.csv.user"), Messages.get("audit.csv.action"), Messages.get("audit.csv.recordType"),
                Messages.get("audit.csv.recordId"), Messages.get("audit.csv.workstation"),
                Messages.get("audit.csv.detail"), Messages.get("audit.csv.hash")));
    }

    void entry(Writer out, AuditEntry e) throws IOException {
        line(out, List.of(String.valueOf(e.seq()), AuditText.when(e, zone), e.user(), AuditText.action(e.action()),
                AuditText.recordType(e), e.entityId() == null ? "" : e.entityId().toString(), e.workstation(),
                e.detail() == null ? "" : e.detail(), e.hash()));
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        out.write(SpreadsheetCsv.line(cells));
        out.write("\r\n");
    }
}
