package org.villageregistry.service.ledger;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;

/**
 * The register as a ledger (.xlsx) in the layout the import reads, so a township that still wants spreadsheets
 * gets them and the file imports back unchanged. Active persons only, by household, head first.
 */
public final class LedgerExportService {
    private final Register register;
    private final LedgerFiles files;

    public LedgerExportService(Register register, LedgerFiles files) {
        this.register = register;
        this.files = files;
    }

    /** Writes the ledger and returns the number of persons in it. */
    public int export(Path file) {
        Permissions.require(register, Permission.EXPORT_REGISTER);
        List<List<String>> rows = register.transactions().read(this::rows);
        List<String> headers = LedgerColumn.exported().stream().map(LedgerColumn::header).toList();
        Set<Integer> dates = new HashSet<>();
        for (int c = 0; c < LedgerColumn.exported().size(); c++) {
            LedgerColumn column = LedgerColumn.exported().get(c);
            if (column == LedgerColumn.BIRTH_DATE || column == LedgerColumn.FIRST_MARRIAGE_DATE) {
                dates.add(c);
            }
        }
        files.writeWorkbook(file, Messages.get("ledger.export.sheetName"), headers, rows, dates);
        // the persons' names and ID numbers left the register in a file that is not encrypted: who and how many
        register.transactions().write(() -> register.audit().append(AuditAction.LEDGER_EXPORTED, null, null,
                "persons=" + rows.size()));
        return rows.size();
    }

    private List<List<String>> rows() {
        Map<UUID, Household> households = new HashMap<>();
        register.households().page(0, (int) register.households().count())
                .forEach(h -> households.put(h.id(), h));
        List<Person> persons = new ArrayList<>();
        register.persons().forEach(p -> {
            if (p.isActive()) {
                persons.add(p);
            }
        });
        Comparator<Person> order = Comparator
                .comparing((Person p) -> household(p, households).map(Household::number).orElse("\uffff"))
                .thenComparing(p -> household(p, households).map(h -> !p.id().equals(h.headId())).orElse(true))
                .thenComparing(p -> p.relation() == null ? "99" : p.relation().code())
                .thenComparing(Person::birthDate);
        persons.sort(order);
        return persons.stream().map(p -> row(p, household(p, households))).toList();
    }

    private static Optional<Household> household(Person p, Map<UUID, Household> households) {
        return Optional.ofNullable(p.householdId()).map(households::get);
    }

    private static List<String> row(Person p, Optional<Household> household) {
        List<String> row = new ArrayList<>();
        for (LedgerColumn column : LedgerColumn.exported()) {
            row.add(switch (column) {
                case HOUSEHOLD_NUMBER -> household.map(Household::number).orElse("");
                case GROUP -> household.map(Household::group).orElse("");
                case ADDRESS -> household.map(Household::address).orElse("");
                case NAME -> p.name();
                case HEAD_NAME -> "";
                case RELATION -> zh(p.relation());
                case SEX -> zh(p.sex());
                case BIRTH_DATE -> date(p.birthDate());
                case ID_NUMBER -> p.idNumber();
                case ETHNICITY -> zh(p.ethnicity());
                case MARITAL_STATUS -> zh(p.maritalStatus());
                case FIRST_MARRIAGE_DATE -> date(p.firstMarriageDate());
                case HUKOU_TYPE -> zh(p.hukouType());
                case PHONE -> p.phone();
                case NOTES -> p.notes();
            });
        }
        return row.stream().map(v -> v == null ? "" : v).toList();
    }

    private static String zh(Coded value) {
        return value == null ? "" : value.zh();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
