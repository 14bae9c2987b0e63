package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.SpreadsheetCsv;
import org.villageregistry.service.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** vreg audit verify | list. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand extends CommandGroup {
    /**
     * Re-computes both hash chains, the change log's and the audit log's; a broken one is exit code 1 naming the
     * first broken link.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends CommandBase {
        @Override
        int run(Session session) {
            AuditService audit = session.services().audit();
            ChainVerification changes = audit.verifyChain();
            ChainVerification log = audit.verifyAuditLog();
            if (changes.intact()) {
                out().println(Messages.get("cli.audit.intact", changes.checked()));
            } else {
                context().err().println(Messages.get("cli.audit.broken", changes.firstBroken().getAsLong(),
                        PersonText.text(changes.reason()), changes.checked()));
            }
            if (log.intact()) {
                out().println(Messages.get("cli.audit.logIntact", log.checked()));
            } else {
                context().err().println(Messages.get("cli.audit.logBroken", log.firstBroken().getAsLong(),
                        PersonText.text(log.reason()), log.checked()));
            }
            return changes.intact() && log.intact() ? Vreg.OK : Vreg.USER_ERROR;
        }
    }

    /** The audit log, newest first, filtered; as a table, JSON or CSV (auditors and administrators). */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListEntries extends CommandBase {
        enum Format { text, json, csv }

        @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.opt.auditUser")
        String byUser;

        @Option(names = "--action", paramLabel = "ACTION", descriptionKey = "cli.opt.auditAction")
        AuditAction action;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.auditFrom")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.auditTo")
        LocalDate to;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
                descriptionKey = "cli.opt.format")
        Format format;

        @Override
        int run(Session session) throws java.io.IOException {
            ZoneId zone = clock().getZone();
            AuditFilter filter = new AuditFilter(from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), byUser, action, null);
            AuditService audit = session.services().audit();
            List<AuditEntry> entries = new ArrayList<>();
            int page = 1000;
            for (int offset = 0; ; offset += page) {
                List<AuditEntry> batch = audit.entries(filter, offset, page);
                entries.addAll(batch);
                if (batch.size() < page) {
                    break;
                }
            }
            switch (format) {
                case json -> printJson(entries);
                case csv -> {
                    out().println("seq,at,user,workstation,action,entity_type,entity_id,detail,hash");
                    for (AuditEntry e : entries) {
                        out().println(SpreadsheetCsv.line(Arrays.asList(String.valueOf(e.seq()), e.at().toString(), e.user(),
                                e.workstation(), e.action(), e.entityType(),
                                e.entityId() == null ? "" : e.entityId().toString(), e.detail(), e.hash())));
                    }
                }
                default -> {
                    TextTable table = new TextTable(Messages.get("cli.audit.col.seq"),
                            Messages.get("cli.audit.col.at"), Messages.get("cli.audit.col.user"),
                            Messages.get("cli.audit.col.action"), Messages.get("cli.audit.col.record"),
                            Messages.get("cli.audit.col.detail"));
                    for (AuditEntry e : entries) {
                        table.row(e.seq(), e.at().atZone(zone).toLocalDateTime().withNano(0), e.user(), e.action(),
                                e.entityId() == null ? "" : e.entityType() + " " + e.entityId(), e.detail());
                    }
                    table.print(out());
                    out().println(Messages.get("cli.audit.count", entries.size()));
                }
            }
            return Vreg.OK;
        }
    }
}
