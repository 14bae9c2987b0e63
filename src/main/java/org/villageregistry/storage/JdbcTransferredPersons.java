package org.villageregistry.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.TransferredPersons;

/** The transferred_person table (V6): one row per person and old village, with the columns statistics count. */
final class JdbcTransferredPersons implements TransferredPersons {
    private final JdbcTransactions tx;

    JdbcTransferredPersons(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void keep(Person p) {
        tx.write(() -> {
            long newer = Sql.count(tx.connection(), "SELECT COUNT(*) FROM transferred_person WHERE id = ? AND owner = ?"
                    + " AND version > ?", p.id(), p.owner(), p.version());
            if (newer == 0) {
                Sql.update(tx.connection(), "MERGE INTO transferred_person (id, owner, version, voided, sex, birth_date,"
                        + " residence, marital, first_married_on, entered_on, left_on, residence_before_leaving, state)"
                        + " KEY (id, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.owner(),
                        p.version(), p.isVoided(), p.sex(), p.birthDate(), p.residence(), p.maritalStatus(),
                        p.firstMarriageDate(), p.enteredOn(), p.leftOn(),
                        p.residenceBeforeLeaving() == null ? null : p.residenceBeforeLeaving().name(),
                        RecordJson.write(p));
            }
            return null;
        });
    }

    @Override
    public Optional<Person> find(UUID personId, String village) {
        return tx.read(() -> {
            List<Person> found = Sql.list(tx.connection(), "SELECT state FROM transferred_person WHERE id = ?"
                    + " AND owner = ?", rs -> RecordJson.read(rs.getString(1), Person.class), personId, village);
            return found.stream().findFirst();
        });
    }

    @Override
    public void forEach(Consumer<Person> action) {
        tx.read(() -> {
            Sql.each(tx.connection(), "SELECT state FROM transferred_person ORDER BY owner, id",
                    rs -> action.accept(RecordJson.read(rs.getString(1), Person.class)));
            return null;
        });
    }
}
