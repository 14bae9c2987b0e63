package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.nio.file.Path;
import java.util.Map;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.ledger.ColumnMapping;
import org.villageregistry.service.ledger.LedgerColumn;
import org.villageregistry.service.ledger.LedgerImportService;
import org.villageregistry.service.ledger.LedgerImportSummary;
import org.villageregistry.service.ledger.LedgerSheet;
import org.villageregistry.service.ledger.LedgerValidation;
import org.villageregistry.service.ledger.RowResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg ledger import|export: bringing in an existing Excel/CSV ledger (台账) and writing the register as one. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        subcommands = {LedgerCommand.Import.class, LedgerCommand.Export.class})
final class LedgerCommand extends CommandGroup {
    /**
     * vreg ledger import: checks every row, imports the valid ones in one transaction. Exit 0 when every row was
     * good, 1 when rows were refused (the valid ones are still imported, unless --dry-run).
     */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends CommandBase {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.opt.ledgerFile")
        Path file;

        @Option(names = "--mapping", paramLabel = "FILE.json", descriptionKey = "cli.opt.ledgerMapping")
        Path mappingFile;

        @Option(names = "--dry-run", descriptionKey = "cli.opt.dryRun")
        boolean dryRun;

        @Option(names = "--errors-out", paramLabel = "FILE.xlsx", descriptionKey = "cli.opt.errorsOut")
        Path errorsOut;

        @Override
        int run(Session session) {
            if (errorsOut != null) {
                xlsx(errorsOut);
            }
            LedgerImportService ledgers = session.ledgerImport();
            LedgerSheet sheet = ledgers.readSheet(file);
            ColumnMapping mapping = mappingFile == null ? sheet.guessedMapping()
                    : ledgers.mappingFromFile(mappingFile, sheet);
            out().println(Messages.get("cli.ledger.read", sheet.fileName(), sheet.sheetName(),
                    sheet.headerRowNumber(), sheet.rows().size()));
            printMapping(sheet, mapping);
            LedgerValidation validation = ledgers.validate(sheet, mapping);
            printProblems(validation);
            LedgerImportSummary summary = dryRun ? ledgers.dryRun(sheet, mapping) : ledgers.importRows(sheet, mapping);
            out().println(Messages.get(dryRun ? "cli.ledger.summaryDryRun" : "cli.ledger.summary", summary.created(),
                    summary.householdsCreated(), summary.updated(), summary.unchanged(), summary.skipped()));
            if (errorsOut != null && !validation.errorRows().isEmpty()) {
                ledgers.writeErrorSheet(validation, inMadeFolder(errorsOut));
                out().println(Messages.get("cli.ledger.errorsWritten", validation.errorRows().size(), errorsOut));
            }
            return summary.skipped() == 0 ? Vreg.OK : Vreg.USER_ERROR;
        }

        private void printMapping(LedgerSheet sheet, ColumnMapping mapping) {
            TextTable table = new TextTable(Messages.get("cli.ledger.col.field"), Messages.get("cli.ledger.col.header"));
            for (Map.Entry<LedgerColumn, Integer> e : mapping.columns().entrySet()) {
                table.row(e.getKey().header(), Messages.get("cli.ledger.columnAt", e.getValue() + 1,
                        sheet.headers().get(e.getValue())));
            }
            table.print(out());
        }

        private void printProblems(LedgerValidation validation) {
            for (RowResult row : validation.rows()) {
                if (!row.isValid()) {
                    out().println(Messages.get("cli.ledger.rowError", row.rowNumber(), row.reason()));
                }
                for (Problem warning : row.warnings()) {
                    out().println(Messages.get("cli.ledger.rowWarning", row.rowNumber(), warning.message()));
                }
                if (row.action() == RowResult.Action.UPDATE) {
                    out().println(Messages.get("cli.ledger.rowUpdate", row.rowNumber(),
                            row.person().map(p -> p.name()).orElse(""), String.join("；", row.changes())));
                }
            }
        }
    }

    /** vreg ledger export: the register as an .xlsx ledger in the layout the import reads. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends CommandBase {
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "cli.opt.ledgerOut")
        Path outFile;

        @Override
        int run(Session session) {
            int persons = session.ledgerExport().export(inMadeFolder(xlsx(outFile)));
            out().println(Messages.get("cli.ledger.exported", persons, outFile));
            return Vreg.OK;
        }
    }

    /** What these commands write is an Excel workbook: a name that says otherwise (台账.csv) is refused, not obeyed. */
    static Path xlsx(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new org.villageregistry.domain.text.RegistryException("cli.ledger.notXlsx", file);
        }
        return file;
    }
}
