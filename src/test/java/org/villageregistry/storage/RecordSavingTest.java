package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villageregistry.storage.RegisterFixture.USER;
import static org.villageregistry.storage.RegisterFixture.VILLAGE;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.StaleRecordException;

class RecordSavingTest {
    @TempDir
    Path home;

    @Test
    void everySaveAppendsAChainedChangeNamingTheRecordAndTheRegistrar() {
        try (Register r = RegisterFixture.create(home)) {
            Person first = r.transactions().write(() -> r.persons().save(
                    RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 1, 2)).build()));
            Person moved = r.transactions().write(() -> r.persons().save(first.toBuilder().phone("13800000000").build()));
            Person voided = r.transactions().write(() -> r.persons().save(moved.withVoidReason("重档")));

            List<Change> log = r.changes().after(0, 10);
            assertThat(log).extracting(Change::changeId).containsExactly(1L, 2L, 3L);
            assertThat(log).extracting(Change::op).containsExactly("upsert", "upsert", "void");
            assertThat(log).extracting(Change::baseVersion).containsExactly(0L, 1L, 2L);
            assertThat(log).extracting(Change::version).containsExactly(1L, 2L, 3L);
            Change last = log.get(2);
            assertThat(last.entityType()).isEqualTo(EntityType.PERSON);
            assertThat(last.entityId()).isEqualTo(first.id());
            assertThat(last.origin()).isEqualTo(VILLAGE);
            assertThat(last.author()).isEqualTo(USER);
            assertThat(last.at()).isEqualTo(RegisterFixture.CLOCK.instant());
            assertThat(last.prev()).isEqualTo(log.get(1).hash());
            assertThat(log.get(0).prev()).isNull();
            assertThat(last.hash()).matches("[A-Za-z0-9_-]{43}");
            assertThat(RecordJson.read(last.stateJson(), Person.class)).isEqualTo(voided);
            assertThat(r.changes().last()).contains(last);
            assertThat(r.changes().after(1, 1)).extracting(Change::changeId).containsExactly(2L);
            assertThat(r.persons().get(first.id()).voidReason()).isEqualTo("重档");
        }
    }

    @Test
    void aStaleUpdateIsRefusedAndTheNewerVersionKept() {
        try (Register r = RegisterFixture.create(home)) {
            Person saved = r.transactions().write(() -> r.persons().save(
                    RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 1, 2)).build()));
            r.transactions().write(() -> r.persons().save(saved.toBuilder().phone("13800000001").build()));

            assertThatThrownBy(() -> r.transactions().write(() ->
                    r.persons().save(saved.toBuilder().phone("13900000002").build())))
                    .isInstanceOf(StaleRecordException.class).hasMessageContaining("人员").hasMessageContaining("1 → 2");
            assertThatThrownBy(() -> r.transactions().write(() -> r.persons().save(saved.withVersion(0))))
                    .isInstanceOf(StaleRecordException.class);

            assertThat(r.persons().get(saved.id()).phone()).isEqualTo("13800000001");
            assertThat(r.changes().after(0, 10)).hasSize(2);
        }
    }

    @Test
    void aFailureInsideAWriteLeavesNeitherRowsNorChanges() {
        try (Register r = RegisterFixture.create(home)) {
            Household h = RegisterFixture.household("0001");
            Person p = RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 1, 2)).householdId(h.id()).build();
            assertThatThrownBy(() -> r.transactions().write(() -> {
                r.households().save(h);
                r.transactions().write(() -> r.persons().save(p));
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");

            assertThat(r.households().find(h.id())).isEmpty();
            assertThat(r.persons().find(p.id())).isEmpty();
            assertThat(r.changes().last()).isEmpty();
            assertThat(r.persons().search("王芳", 10)).isEmpty();
            // the next change still starts the chain at 1: no gap
            r.transactions().write(() -> r.households().save(h));
            assertThat(r.changes().last()).map(Change::changeId).contains(1L);
        }
    }

    @Test
    void theChainVerifiesAndAnEditBehindTheProgramsBackIsFoundAtItsChange() throws Exception {
        try (Register r = RegisterFixture.create(home)) {
            for (String name : List.of("王芳", "李强", "赵敏", "孙丽")) {
                r.transactions().write(() -> r.persons().save(
                        RegisterFixture.person(name, Sex.FEMALE, LocalDate.of(1990, 1, 2)).build()));
            }
            ChainVerification ok = r.changes().verify();
            assertThat(ok.intact()).isTrue();
            assertThat(ok.checked()).isEqualTo(4);
        }
        try (Connection c = RegisterFixture.rawConnection(home)) {
            try (var ps = c.prepareStatement("UPDATE change_log SET state = REPLACE(state, '李强', '李弱')"
                    + " WHERE change_id = 2")) {
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        }
        try (Register r = RegisterFixture.open(home)) {
            ChainVerification broken = r.changes().verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBroken()).hasValue(2);
            assertThat(broken.reason()).contains("2");
        }
    }

    @Test
    void removingAnOldChangeIsFoundAsAGap() throws Exception {
        try (Register r = RegisterFixture.create(home)) {
            for (String name : List.of("王芳", "李强", "赵敏")) {
                r.transactions().write(() -> r.persons().save(
                        RegisterFixture.person(name, Sex.FEMALE, LocalDate.of(1990, 1, 2)).build()));
            }
        }
        RegisterFixture.tamper(home, "DELETE FROM change_log WHERE change_id = 2");
        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.changes().verify().firstBroken()).hasValue(3);
        }
    }

    @Test
    void householdNumbersCountUpInFourDigitsPerVillage() {
        try (Register r = RegisterFixture.create(home)) {
            assertThat(r.households().nextNumber(VILLAGE)).isEqualTo("0001");
            r.transactions().write(() -> {
                r.households().save(RegisterFixture.household("0009"));
                r.households().save(RegisterFixture.household("0142"));
            });
            assertThat(r.households().nextNumber(VILLAGE)).isEqualTo("0143");
            assertThat(r.households().nextNumber("410103100002")).isEqualTo("0001");
            assertThat(r.households().findByNumber(VILLAGE, "0142")).isPresent();
            assertThat(r.households().count()).isEqualTo(2);
        }
    }

    @Test
    void eventsAreFoundByPersonAndDate() {
        try (Register r = RegisterFixture.create(home)) {
            UUID mother = UUID.randomUUID();
            UUID child = UUID.randomUUID();
            Birth birth = new Birth(UUID.randomUUID(), 0, VILLAGE, child, mother, null,
                    LocalDateTime.of(2026, 11, 3, 4, 30), Sex.MALE, 2, BirthPlace.HOSPITAL, 3200, 39, null, null,
                    Recorded.selfReport(LocalDate.of(2026, 11, 10), USER), null);
            Move move = new Move(UUID.randomUUID(), 0, VILLAGE, MoveKind.HUKOU_IN, List.of(mother, child), null,
                    LocalDate.of(2026, 11, 20), "410103100002", VILLAGE, null, MoveReason.values()[0],
                    Recorded.selfReport(LocalDate.of(2026, 11, 20), USER), null);
            r.transactions().write(() -> {
                r.births().save(birth);
                r.moves().save(move);
            });
            assertThat(r.births().byMother(mother)).extracting(Birth::childId).containsExactly(child);
            assertThat(r.births().byChild(child)).isPresent();
            assertThat(r.births().between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).hasSize(1);
            assertThat(r.births().between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEmpty();
            assertThat(r.moves().byPerson(child)).extracting(Move::id).containsExactly(move.id());
            assertThat(r.moves().get(move.id()).personIds()).containsExactly(mother, child);
        }
    }
}
