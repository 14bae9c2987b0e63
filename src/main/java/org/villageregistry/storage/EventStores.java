package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.repository.EventRepositories.BirthRepository;
import org.villageregistry.domain.repository.EventRepositories.DeathRepository;
import org.villageregistry.domain.repository.EventRepositories.MarriageRepository;
import org.villageregistry.domain.repository.EventRepositories.MoveRepository;

/** JDBC repositories of vital events. */
final class EventStores {
    private EventStores() {
    }

    static final class Births extends JdbcRecordRepository<Birth> implements BirthRepository {
        Births(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.BIRTH, tx, journal);
        }

        @Override
        public List<Birth> byMother(UUID motherId) {
            return where("mother_id = ? ORDER BY born_on, birth_order", motherId);
        }

        @Override
        public Optional<Birth> byChild(UUID childId) {
            return where("child_id = ? AND NOT voided", childId).stream().findFirst();
        }

        @Override
        public List<Birth> between(LocalDate from, LocalDate to) {
            return where("NOT voided AND born_on BETWEEN ? AND ? ORDER BY born_on, birth_order", from, to);
        }
    }

    static final class Deaths extends JdbcRecordRepository<Death> implements DeathRepository {
        Deaths(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.DEATH, tx, journal);
        }

        @Override
        public Optional<Death> byPerson(UUID personId) {
            return where("person_id = ? AND NOT voided", personId).stream().findFirst();
        }

        @Override
        public List<Death> between(LocalDate from, LocalDate to) {
            return where("NOT voided AND death_date BETWEEN ? AND ? ORDER BY death_date", from, to);
        }
    }

    static final class Marriages extends JdbcRecordRepository<Marriage> implements MarriageRepository {
        Marriages(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.MARRIAGE, tx, journal);
        }

        @Override
        public List<Marriage> byPerson(UUID personId) {
            return where("husband_id = ? OR wife_id = ? ORDER BY marriage_date", personId, personId);
        }

        @Override
        public List<Marriage> between(LocalDate from, LocalDate to) {
            return where("NOT voided AND marriage_date BETWEEN ? AND ? ORDER BY marriage_date", from, to);
        }
    }

    static final class Moves extends JdbcRecordRepository<Move> implements MoveRepository {
        Moves(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.MOVE, tx, journal);
        }

        @Override
        protected void written(Move move) {
            Sql.update(tx.connection(), "DELETE FROM move_person WHERE move_id = ?", move.id());
            for (UUID person : move.personIds()) {
                Sql.update(tx.connection(), "INSERT INTO move_person (move_id, person_id) VALUES (?, ?)",
                        move.id(), person);
            }
        }

        @Override
        public List<Move> byPerson(UUID personId) {
            return where("id IN (SELECT move_id FROM move_person WHERE person_id = ?) ORDER BY move_date",
                    personId);
        }

        @Override
        public List<Move> between(LocalDate from, LocalDate to) {
            return where("NOT voided AND move_date BETWEEN ? AND ? ORDER BY move_date", from, to);
        }
    }
}
