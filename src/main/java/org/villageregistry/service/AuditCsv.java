package org.villageregistry.service;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.text.Messages;

/**
 * The audit log as CSV for a spreadsheet program: UTF-8 with a byte-order mark (as the reports' CSV), CRLF lines,
 * the record's full id (not a name), and each entry's hash so a reader can match it against the chain. Cells a
 * spreadsheet would run as a formula get a leading apostrophe.
 */
public final class AuditCsv {
    static final char BOM = '\uFEFF';

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
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One CSV cell (null as empty); a cell a spreadsheet would run as a formula gets a leading apostrophe. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches("(?s).*[,\"\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
