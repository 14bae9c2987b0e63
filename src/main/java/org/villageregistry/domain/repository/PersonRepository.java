package org.villageregistry.domain.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.domain.person.Person;

/** Persons of the register, with search by name, pinyin, initials, ID number and household number. */
public interface PersonRepository extends RecordRepository<Person> {
    /** The active (not voided, not left) person holding an ID number, if any. */
    Optional<Person> findActiveByIdNumber(String idNumber);

    List<Person> members(UUID householdId);

    /** Children whose mother or father is the given person. */
    List<Person> childrenOf(UUID parentId);

    /** Ranked: exact ID, exact name, name substring, ID suffix (last 4–6), household number, pinyin, initials. */
    List<PersonHit> search(String query, int limit);

    /** Persons in a stable order (household number, relation, birth date), for lists that page. */
    List<Person> page(int offset, int limit);

    long count();

    /**
     * The rows the person table holds, voided ones too: a size quickly known (the table's own count), for choices
     * that depend on how large the register is, not for figures.
     */
    default long rowsHeld() {
        return count();
    }

    /** Walks every person (voided ones too) without holding them all in memory. */
    void forEach(Consumer<Person> action);

    /**
     * Walks every person not voided with only the fields the statistics and the data-quality check read: id,
     * owner, name, sex, birth date, ID number (upper case), ethnicity, hukou type, residence, marital status, first
     * marriage date, relation, household, entry and leaving dates; every other field is empty. In the order of
     * {@link #forEach}. A register may keep
     * these in memory, so a check over all persons does not read every whole record.
     */
    default void forEachCounted(Consumer<Person> action) {
        forEach(p -> {
            if (!p.isVoided()) {
                action.accept(p);
            }
        });
    }

    /**
     * Walks the persons not voided born after a day, in id order: the children a list of newborns or of young
     * children needs, without reading the whole register.
     */
    default void forEachBornAfter(LocalDate day, Consumer<Person> action) {
        forEach(p -> {
            if (!p.isVoided() && p.birthDate() != null && p.birthDate().isAfter(day)) {
                action.accept(p);
            }
        });
    }

    /**
     * The whole records of these persons (voided ones too), in the order of {@link #forEach}; an id not stored is
     * left out. With {@link #forEachCounted} a list picks its persons from the counted fields and reads only those.
     */
    default List<Person> withIds(Collection<UUID> ids) {
        java.util.Set<UUID> wanted = new java.util.HashSet<>(ids);
        List<Person> found = new java.util.ArrayList<>();
        forEach(p -> {
            if (wanted.contains(p.id())) {
                found.add(p);
            }
        });
        return found;
    }

    /** Persons not voided (active or not) holding any of these ID numbers, compared upper-case. */
    default List<Person> withIdNumbers(Collection<String> idNumbers) {
        return idNumbers.stream().map(this::findActiveByIdNumber).flatMap(Optional::stream).toList();
    }
}
