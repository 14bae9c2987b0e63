package org.villageregistry.storage;

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

    static final class Births extends JdbcDatedRepository<Birth> implements BirthRepository {
        Births(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.BIRTH, "born_on", "born_on, birth_order", tx, journal);
        }

        @Override
        public List<Birth> byMother(UUID motherId) {
            return where("mother_id = ? ORDER BY born_on, birth_order, id", motherId);
        }

        @Override
        public Optional<Birth> byChild(UUID childId) {
            return first("child_id = ? AND NOT voided", childId);
        }
    }

    static final class Deaths extends JdbcDatedRepository<Death> implements DeathRepository {
        Deaths(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.DEATH, "death_date", "death_date", tx, journal);
        }

        @Override
        public Optional<Death> byPerson(UUID personId) {
            return first("person_id = ? AND NOT voided", personId);
        }

        @Override
        public List<Death> voidedOf(UUID personId) {
            return where("person_id = ? AND voided ORDER BY death_date, id", personId);
        }
    }

    static final class Marriages extends JdbcDatedRepository<Marriage> implements MarriageRepository {
        Marriages(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.MARRIAGE, "marriage_date", "marriage_date", tx, journal);
        }

        @Override
        public List<Marriage> byPerson(UUID personId) {
            return where("husband_id = ? OR wife_id = ? ORDER BY marriage_date, id", personId, personId);
        }
    }

    static final class Moves extends JdbcDatedRepository<Move> implements MoveRepository {
        Moves(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.MOVE, "move_date", "move_date", tx, journal);
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
            return where("id IN (SELECT move_id FROM move_person WHERE person_id = ?) ORDER BY move_date, id",
                    personId);
        }
    }
}
