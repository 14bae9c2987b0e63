package org.villageregistry.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationInfo;

/**
 * The villages whose records this register holds: a village workstation's own village, or a township's villages
 * in code order. Lists built over the register keep each village's records apart, so a township shows for each
 * village exactly what that village computes on its own register; {@link #name} fills the lists' 村 column.
 */
public final class VillagesHeld {
    private final boolean township;
    private final Map<String, String> names = new LinkedHashMap<>();

    public VillagesHeld(Register register) {
        WorkstationInfo ws = register.workstation();
        township = ws.division().level() != DivisionLevel.VILLAGE;
        if (township) {
            register.divisions().stream()
                    .filter(d -> d.code().level() == DivisionLevel.VILLAGE && ws.division().contains(d.code()))
                    .sorted(java.util.Comparator.comparing(d -> d.code().value()))
                    .forEach((Division d) -> names.put(d.code().value(), d.name()));
        } else {
            names.put(ws.division().value(), ws.divisionName());
        }
    }

    public boolean isTownship() {
        return township;
    }

    /** Village codes to names, in code order. */
    public Map<String, String> all() {
        return names;
    }

    /** The 村 column of a record owned by this village: its name at a township, empty at the village itself. */
    public String name(String owner) {
        if (!township) {
            return "";
        }
        return owner == null ? "" : names.getOrDefault(owner, owner);
    }

    /**
     * Every person record a village holds: the register's persons and, at a township, the old villages' records
     * of persons who transferred on (in the old village's own register they are still its records).
     */
    public static void forEachPersonRecord(Register register, Consumer<Person> action) {
        register.persons().forEach(action);
        register.transferredPersons().forEach(action);
    }

    /**
     * {@link #forEachPersonRecord} with only the fields the statistics and the data-quality check read
     * ({@link org.villageregistry.domain.repository.PersonRepository#forEachCounted}), voided persons left out.
     */
    public static void forEachCountedPerson(Register register, Consumer<Person> action) {
        register.persons().forEachCounted(action);
        register.transferredPersons().forEach(p -> {
            if (!p.isVoided()) {
                action.accept(p);
            }
        });
    }

    /** {@link #forEachPersonRecord} for the persons born after a day (their birth date indexed in the register). */
    public static void forEachPersonRecordBornAfter(Register register, LocalDate day, Consumer<Person> action) {
        register.persons().forEachBornAfter(day, action);
        register.transferredPersons().forEach(p -> {
            if (p.birthDate() != null && p.birthDate().isAfter(day)) {
                action.accept(p);
            }
        });
    }
}
