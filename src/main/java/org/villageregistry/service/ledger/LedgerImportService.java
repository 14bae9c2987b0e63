package org.villageregistry.service.ledger;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.Progress;

/**
 * Bringing an existing ledger (台账) into the register, in the steps of the import wizard: read the sheet and
 * guess the mapping, let the registrar fix the mapping, validate every row, then import the valid rows in one
 * transaction. Importing the same ledger again changes nothing.
 */
public final class LedgerImportService {
    private final Register register;
    private final Clock clock;
    private final LedgerFiles files;
    private final HouseholdService households;
    private final PersonService persons;

    public LedgerImportService(Register register, Clock clock, LedgerFiles files) {
        this.register = register;
        this.clock = clock;
        this.files = files;
        this.households = new HouseholdService(register, clock);
        this.persons = new PersonService(register, clock);
    }

    /** Reads a .xlsx, .xls or .csv ledger: header, data rows and the mapping guessed from the header. */
    public LedgerSheet readSheet(Path file) {
        return LedgerSheet.of(files.read(file));
    }

    /** The guessed mapping of the sheet with the overrides of a JSON mapping file. */
    public ColumnMapping mappingFromFile(Path mappingFile, LedgerSheet sheet) {
        return MappingFile.apply(mappingFile, sheet, sheet.guessedMapping());
    }

    /** Checks every row under a mapping and says what importing it would do; writes nothing. */
    public LedgerValidation validate(LedgerSheet sheet, ColumnMapping mapping) {
        refuseIncomplete(mapping);
        return register.transactions().read(() -> new LedgerValidation(sheet, mapping,
                new LedgerValidator(register, LocalDate.now(clock)).validate(sheet, mapping)));
    }

    /** What an import would do, without writing anything (the CLI's --dry-run). */
    public LedgerImportSummary dryRun(LedgerSheet sheet, ColumnMapping mapping) {
        LedgerValidation validation = validate(sheet, mapping);
        return LedgerImportSummary.of(validation, newHouseholds(validation).size(), true);
    }

    /**
     * Imports the valid rows in one transaction: new households (head first) with their members, new members of
     * households already registered, and corrections of persons already registered. Rows in error are skipped
     * (see {@link #validate} and {@link #writeErrorSheet}); if saving any row fails, nothing is saved.
     */
    public LedgerImportSummary importRows(LedgerSheet sheet, ColumnMapping mapping) {
        return importRows(sheet, mapping, Progress.NONE);
    }

    /** {@link #importRows(LedgerSheet, ColumnMapping)} telling {@code progress} how many rows are saved. */
    public LedgerImportSummary importRows(LedgerSheet sheet, ColumnMapping mapping, Progress progress) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        refuseIncomplete(mapping);
        return register.transactions().write(() -> {
            LedgerValidation validation = new LedgerValidation(sheet, mapping,
                    new LedgerValidator(register, LocalDate.now(clock)).validate(sheet, mapping));
            long total = validation.count(RowResult.Action.CREATE) + validation.count(RowResult.Action.UPDATE);
            long[] done = {0};
            progress.update(0, total);
            Map<String, List<RowResult>> newHouseholds = newHouseholds(validation);
            newHouseholds.forEach((number, rows) -> {
                households.add(newHousehold(number, rows, sheet, mapping));
                done[0] += rows.size();
                progress.update(done[0], total);
            });
            validation.rows().stream()
                    .filter(r -> r.action() == RowResult.Action.CREATE && !newHouseholds.containsKey(r.householdNumber()))
                    .forEach(r -> {
                        persons.register(r.person().orElseThrow());
                        progress.update(++done[0], total);
                    });
            validation.rows().stream().filter(r -> r.action() == RowResult.Action.UPDATE)
                    .forEach(r -> {
                        persons.correct(r.person().orElseThrow(), CorrectionReason.LEDGER);
                        progress.update(++done[0], total);
                    });
            return LedgerImportSummary.of(validation, newHouseholds.size(), false);
        });
    }


    /** The rows in error as an .xlsx: the original columns plus 错误原因, to fix and import again. */
    public void writeErrorSheet(LedgerValidation validation, Path file) {
        List<String> headers = Stream.concat(validation.sheet().headers().stream(),
                Stream.of(Messages.get("ledger.errors.reasonHeader"))).toList();
        List<List<String>> rows = validation.errorRows().stream()
                .map(r -> Stream.concat(r.cells().stream(), Stream.of(r.reason())).toList()).toList();
        files.writeWorkbook(file, Messages.get("ledger.errors.sheetName"), headers, rows);
    }

    /** Rows creating persons in households not yet registered, by household number in ledger order. */
    private Map<String, List<RowResult>> newHouseholds(LedgerValidation validation) {
        Map<String, List<RowResult>> byNumber = new LinkedHashMap<>();
        validation.rows().stream()
                .filter(r -> r.action() == RowResult.Action.CREATE && r.person().orElseThrow().householdId() == null)
                .forEach(r -> byNumber.computeIfAbsent(r.householdNumber(), n -> new ArrayList<>()).add(r));
        return byNumber;
    }

    private static NewHousehold newHousehold(String number, List<RowResult> rows, LedgerSheet sheet,
                                             ColumnMapping mapping) {
        List<Person> members = rows.stream().map(r -> r.person().orElseThrow())
                .sorted(Comparator.comparing(p -> p.relation() != RelationToHead.HEAD)).toList();
        RowResult headRow = rows.stream().filter(r -> r.person().orElseThrow().relation() == RelationToHead.HEAD)
                .findFirst().orElseThrow();
        String group = headValue(headRow, mapping, LedgerColumn.GROUP).map(LedgerGroups::normalise).orElse(null);
        String address = headValue(headRow, mapping, LedgerColumn.ADDRESS).orElse(null);
        return new NewHousehold(headRow.numbered() ? number : null, group, address, members.get(0).hukouType(), null,
                members);
    }

    private static Optional<String> headValue(RowResult headRow, ColumnMapping mapping, LedgerColumn column) {
        return mapping.index(column).map(i -> LedgerText.halfWidth(headRow.cells().get(i)).strip())
                .filter(s -> !s.isEmpty());
    }

    private static void refuseIncomplete(ColumnMapping mapping) {
        if (!mapping.missing().isEmpty()) {
            throw new RegistryException("ledger.mapping.missing",
                    String.join("、", mapping.missing().stream().map(LedgerColumn::header).toList()));
        }
    }
}
