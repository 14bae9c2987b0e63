package org.villageregistry.domain.repository;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.domain.person.Person;

/**
 * Township only: a village's last record of a person who transferred from it to another village of the township.
 * The register's person record is the new village's; this keeps the old village's, so the periods before the
 * move count the person where they lived then and each village's figures stay those of its own register.
 */
public interface TransferredPersons {
    /** Keeps the old village's record of the person, replacing an older version of it. */
    void keep(Person oldVillagesRecord);

    Optional<Person> find(UUID personId, String village);

    /** Walks every kept record. */
    void forEach(Consumer<Person> action);
}
