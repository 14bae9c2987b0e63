package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.MoveService;
import org.villageregistry.service.sync.ImportService.Outcome;

/**
 * 王秀英 moves her hukou from 柳树村 to 杨庄村. 杨庄村 records her move-in as a new record with her ID number;
 * the township matches it by the ID number as the transfer (BUNDLE.md "same UUID, or same ID number"), whichever
 * village's bundle reaches it first, and raises no duplicate conflict.
 */
class TransferByIdNumberTest extends SyncWorldTest {
    private static final String ID = "410103199001011222";
    private static final LocalDate MOVED = LocalDate.of(2026, 11, 20);

    Person atWillow;
    int usb;

    @BeforeEach
    void wangLivesInWillow() throws Exception {
        atWillow = world.willow.addPerson(wang().idNumber(ID).build());
        assertThat(importAtTownship(world.willow).applied()).isPositive();
    }

    private static Person.Builder wang() {
        return Person.builder().name("王秀英").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED)
                .enteredOn(LocalDate.of(1990, 1, 1));
    }

    private Outcome importAtTownship(SyncWorld.Station village) throws Exception {
        Path stick = Files.createDirectories(temp.resolve("usb" + (++usb)));
        List<Outcome> out = world.township.sync.imports().importAll(List.of(village.exportTo(stick, false)),
                SyncWorld.QUIET);
        assertThat(out).singleElement().extracting(Outcome::status).isEqualTo(
                org.villageregistry.service.sync.ImportService.Status.IMPORTED);
        return out.get(0);
    }

    private void willowMovesHerOut() {
        new MoveService(world.willow.register, SyncWorld.CLOCK).moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, MOVED,
                List.of(atWillow.id()), null, world.poplar.code(), null, MoveReason.MARRIAGE, null));
    }

    private Person poplarMovesHerIn(String from) {
        var move = new MoveService(world.poplar.register, SyncWorld.CLOCK).moveIn(new MoveInReport(MoveKind.HUKOU_IN,
                MOVED, from, null, MoveReason.MARRIAGE, null, null, null, List.of(wang().idNumber(ID).build())));
        return world.poplar.register.persons().get(move.personIds().get(0));
    }

    private Person atTownship(Person p) {
        return world.township.register.persons().get(p.id());
    }

    @Test
    void theMoveInAfterTheMoveOutIsTheTransferNotADuplicate() throws Exception {
        willowMovesHerOut();
        assertThat(importAtTownship(world.willow).quarantined()).isZero();
        assertThat(atTownship(atWillow).owner()).as("杨庄村 has sent nothing yet: no ownership moves")
                .isEqualTo(world.willow.code());
        assertThat(world.township.register.sync().feedback().unsentFeedback(world.poplar.code())).isEmpty();

        Person atPoplar = poplarMovesHerIn(world.willow.code());
        Outcome arrival = importAtTownship(world.poplar);

        assertThat(arrival.quarantined()).isZero();
        assertThat(world.township.sync.conflicts().list(true)).isEmpty();
        assertThat(atTownship(atPoplar).owner()).isEqualTo(world.poplar.code());
        assertThat(world.township.register.persons().findActiveByIdNumber(ID)).get()
                .extracting(Person::id).isEqualTo(atPoplar.id());
        assertThat(atTownship(atWillow).owner()).as("柳树村's record stays its history").isEqualTo(world.willow.code());
    }

    @Test
    void theMoveInBeforeTheMoveOutKeepsTheOldVillagesRecordUntilItsOwnMoveOut() throws Exception {
        Person atPoplar = poplarMovesHerIn(world.willow.code());
        Outcome arrival = importAtTownship(world.poplar);

        assertThat(arrival.quarantined()).isZero();
        assertThat(world.township.sync.conflicts().list(true)).isEmpty();
        Person old = atTownship(atWillow);
        assertThat(old.owner()).as("柳树村 has not recorded her leaving: its record is still its own")
                .isEqualTo(world.willow.code());
        assertThat(old.isActive()).as("as in 柳树村's own register").isTrue();
        assertThat(atTownship(atPoplar).owner()).isEqualTo(world.poplar.code());

        willowMovesHerOut();
        Outcome late = importAtTownship(world.willow);

        assertThat(late.quarantined()).as("柳树村's own move-out is not refused").isZero();
        assertThat(world.township.sync.conflicts().list(true)).isEmpty();
        assertThat(atTownship(atWillow).owner()).isEqualTo(world.willow.code());
        assertThat(atTownship(atWillow).residence()).isEqualTo(ResidenceStatus.MOVED_OUT);
        assertThat(world.township.register.persons().findActiveByIdNumber(ID)).get()
                .extracting(Person::id).isEqualTo(atPoplar.id());
    }

    @Test
    void aNewRecordWithTheIdNumberButNoMoveInFromThatVillageIsStillADuplicate() throws Exception {
        Person atPoplar = poplarMovesHerIn("410103200001");
        Outcome arrival = importAtTownship(world.poplar);

        assertThat(arrival.quarantined()).isEqualTo(1);
        assertThat(world.township.sync.conflicts().list(true)).singleElement().satisfies(c -> {
            assertThat(c.reasonCode()).isEqualTo("DUPLICATE_ID");
            assertThat(c.entityId()).isEqualTo(atPoplar.id());
        });
        assertThat(atTownship(atWillow).owner()).isEqualTo(world.willow.code());
        assertThat(atTownship(atWillow).isActive()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "new village's bundle first: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aTransferUnderTheSameRecordMergesCleanlyWhicheverBundleComesFirst(boolean newVillageFirst) throws Exception {
        // the township has not seen 柳树村's record yet: 杨树村's bundle, holding the same person (same UUID)
        // after the move, reaches it before 柳树村's bundle with the move-out
        SyncWorld fresh = new SyncWorld(temp.resolve("fresh-" + newVillageFirst));
        try {
            Person atWillowFirst = fresh.willow.addPerson(wang().idNumber("410103199001011249").build());
            new MoveService(fresh.willow.register, SyncWorld.CLOCK).moveOut(new MoveOutReport(MoveKind.HUKOU_OUT,
                    MOVED, List.of(atWillowFirst.id()), null, fresh.poplar.code(), null, MoveReason.MARRIAGE, null));
            Person arrived = fresh.poplar.addPerson(atWillowFirst.toBuilder().version(0).owner(null)
                    .residence(ResidenceStatus.RESIDENT).leftOn(null).enteredOn(MOVED).build());
            assertThat(arrived.id()).isEqualTo(atWillowFirst.id());

            Path stick = Files.createDirectories(temp.resolve("fresh-usb-" + newVillageFirst));
            Path poplarBundle = fresh.poplar.exportTo(stick, false);
            Path willowBundle = fresh.willow.exportTo(stick, false);
            List<Outcome> out = fresh.township.sync.imports().importAll(
                    newVillageFirst ? List.of(poplarBundle, willowBundle) : List.of(willowBundle, poplarBundle),
                    SyncWorld.QUIET);

            assertThat(out).extracting(Outcome::quarantined).containsExactly(0, 0);
            assertThat(fresh.township.sync.conflicts().list(true)).isEmpty();
            Person held = fresh.township.register.persons().get(arrived.id());
            assertThat(held.owner()).isEqualTo(fresh.poplar.code());
            assertThat(held.residence()).isEqualTo(ResidenceStatus.RESIDENT);
            assertThat(fresh.township.register.transferredPersons().find(arrived.id(), fresh.willow.code()))
                    .as("柳树村's record of her is kept as its history").get()
                    .satisfies(p -> assertThat(p.residence()).isEqualTo(ResidenceStatus.MOVED_OUT))
                    .satisfies(p -> assertThat(p.leftOn()).isEqualTo(MOVED));
            var feedback = fresh.township.register.sync().feedback().unsentFeedback(fresh.poplar.code());
            assertThat(feedback).as("a transfer matched on 杨庄村's arrival sends it her record with 柳树村's history")
                    .hasSize(newVillageFirst ? 0 : 1);
            if (!newVillageFirst) {
                var payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(feedback.get(0).payloadJson());
                assertThat(payload.get("from").asText()).isEqualTo(fresh.willow.code());
                List<String> history = new java.util.ArrayList<>();
                payload.get("history").forEach(h -> history.add(h.get("origin").asText() + " "
                        + h.get("entityId").asText() + " v" + h.get("version").asLong() + " " + h.get("op").asText()
                        + " " + !h.get("hash").asText().isBlank()));
                assertThat(history).as("柳树村's changes of her, in order, with their hashes").containsExactly(
                        fresh.willow.code() + " " + arrived.id() + " v1 upsert true",
                        fresh.willow.code() + " " + arrived.id() + " v2 upsert true");
            }
        } finally {
            fresh.close();
        }
    }
}
