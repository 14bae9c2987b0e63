package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.ImportService.Outcome;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.storage.TestStores;

/** 柳树村 and 杨庄村 hand their changes to 城关镇 on a USB stick, and get receipts back. */
class TownshipMergeTest extends SyncWorldTest {
    private Outcome importAtTownship(Path file) {
        List<Outcome> out = world.township.sync.imports().importAll(List.of(file), SyncWorld.QUIET);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private Outcome receiptBackToWillow() {
        ReceiptService.Written receipt = world.township.sync.receipts().write(world.willow.code(), world.stick);
        return world.willow.sync.imports().importOne(receipt.file());
    }

    @Test
    void aVillagesNewPeopleReachTheTownshipAndTheReceiptMarksThemDelivered() {
        Person wang = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        Path bundle = world.willow.exportTo(world.stick, false);

        Outcome outcome = importAtTownship(bundle);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportService.Status.IMPORTED);
        assertThat(outcome.applied()).isEqualTo(2);
        assertThat(world.township.register.persons().find(wang.id())).get()
                .satisfies(p -> assertThat(p.owner()).isEqualTo(world.willow.code()));
        assertThat(world.willow.sync.village().summary().undelivered()).isEqualTo(2);

        Outcome receipt = receiptBackToWillow();
        assertThat(receipt.status()).as(receipt.message()).isEqualTo(ImportService.Status.IMPORTED);
        assertThat(world.willow.sync.village().summary().undelivered()).isZero();
        assertThatThrownBy(() -> world.willow.exportTo(world.stick, false))
                .isInstanceOf(RegistryException.class).hasMessageContaining("没有需要导出的新变更");

        // the receipt names the township's villages: 柳树村 can now pick 杨庄村 as where a household moves to
        assertThat(world.willow.register.divisions()).extracting(d -> d.code().value())
                .containsExactly(world.willow.code(), world.poplar.code());
        assertThat(world.willow.register.divisions()).filteredOn(d -> d.code().value().equals(world.poplar.code()))
                .singleElement().satisfies(d -> assertThat(d.name()).isEqualTo(world.township.register.divisions()
                        .stream().filter(t -> t.code().equals(d.code())).findFirst().orElseThrow().name()));

        world.willow.addPerson("赵小红", Sex.FEMALE, LocalDate.of(2001, 2, 2));
        Outcome next = importAtTownship(world.willow.exportTo(world.stick, false));
        assertThat(next.applied()).isEqualTo(1);
        assertThat(world.township.register.sync().intake().progress(world.willow.code()).lastChangeId()).isEqualTo(3);
    }

    @Test
    void importingTheSameBundleAgainChangesNothingAndSaysSo() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Path bundle = world.willow.exportTo(world.stick, false);
        importAtTownship(bundle);
        String before = TestStores.dump(world.township.register);

        Outcome again = importAtTownship(bundle);

        assertThat(again.status()).isEqualTo(ImportService.Status.ALREADY_IMPORTED);
        assertThat(again.message()).contains("已经导入过");
        assertThat(TestStores.dump(world.township.register)).isEqualTo(before);
    }

    @Test
    void aSkippedBundleCostsNothingBecauseTheNextOneCarriesItsChangesAgain() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.exportTo(world.stick, false); // lost on the way
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        Outcome outcome = importAtTownship(world.willow.exportTo(world.stick, false));
        assertThat(outcome.applied()).isEqualTo(2);
    }

    @Test
    void aPersonBreakingTheRulesIsQuarantinedWithHisLaterChangesAndTheRestIsApplied() {
        Person good = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Person bad = world.willow.register.transactions().write(() -> world.willow.register.persons()
                .save(good.toBuilder().id(java.util.UUID.randomUUID()).version(0).name("王").build()));
        world.willow.register.transactions().write(() -> world.willow.register.persons()
                .save(bad.toBuilder().notes("补登").build()));

        Outcome outcome = importAtTownship(world.willow.exportTo(world.stick, false));

        assertThat(outcome.applied()).isEqualTo(1);
        assertThat(outcome.quarantined()).isEqualTo(2);
        assertThat(world.township.register.persons().find(good.id())).isPresent();
        assertThat(world.township.register.persons().find(bad.id())).isEmpty();
        assertThat(world.township.register.sync().quarantine().quarantined(world.willow.code()))
                .extracting(q -> q.reasonCode()).containsExactly("RULES", "AFTER_QUARANTINED");

        assertThat(receiptBackToWillow().status()).isEqualTo(ImportService.Status.IMPORTED);
        List<Task> toFix = world.willow.sync.village().toFix();
        assertThat(toFix).hasSize(2);
        assertThat(toFix.get(0).message()).contains("姓名");
        assertThat(world.willow.sync.village().summary().undelivered()).isZero();
    }

    private Person poplarClaims(Person wang) {
        Person copied = world.poplar.register.transactions().write(() -> world.poplar.register.persons()
                .saveReceived(wang.toBuilder().owner(world.poplar.code()).build()));
        return world.poplar.register.transactions().write(() -> world.poplar.register.persons()
                .save(copied.toBuilder().notes("杨庄村录入").build()));
    }

    @Test
    void aVillageCannotChangeAPersonOwnedByAnotherVillageUnlessTheTownshipKeepsItsVersion() throws Exception {
        Person wang = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        importAtTownship(world.willow.exportTo(world.stick, false));
        poplarClaims(wang);

        Outcome claimed = importAtTownship(world.poplar.exportTo(Files.createDirectories(temp.resolve("usb2")), false));

        assertThat(claimed.quarantined()).isEqualTo(1);
        assertThat(world.township.register.persons().get(wang.id()).owner()).isEqualTo(world.willow.code());
        var conflict = world.township.sync.conflicts().list(true).get(0);
        assertThat(conflict.reasonCode()).isEqualTo("NOT_OWNER");
        assertThat(conflict.otherOwner()).isEqualTo(world.willow.code());

        world.township.sync.conflicts().decide(conflict.id(), ConflictDecision.KEEP_VILLAGE);

        Person now = world.township.register.persons().get(wang.id());
        assertThat(now.owner()).isEqualTo(world.poplar.code());
        assertThat(now.notes()).isEqualTo("杨庄村录入");
        assertThat(world.township.sync.conflicts().list(true)).isEmpty();
        assertThatThrownBy(() -> world.township.sync.conflicts().decide(conflict.id(), ConflictDecision.KEEP_OTHER))
                .isInstanceOf(RegistryException.class);
    }

    @Test
    void keepingTheOtherVersionLeavesTheTownshipsRecordAsItWas() throws Exception {
        Person wang = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        importAtTownship(world.willow.exportTo(world.stick, false));
        poplarClaims(wang);
        importAtTownship(world.poplar.exportTo(Files.createDirectories(temp.resolve("usb2")), false));
        var conflict = world.township.sync.conflicts().list(true).get(0);

        world.township.sync.conflicts().decide(conflict.id(), ConflictDecision.KEEP_OTHER);

        Person now = world.township.register.persons().get(wang.id());
        assertThat(now.owner()).isEqualTo(world.willow.code());
        assertThat(now.notes()).isNull();
    }

    @Test
    void twoVillagesRegisteringOnePersonRaiseAConflictThatTheTownshipDecidesAndReportsBack() throws Exception {
        String id = "410103199001011222";
        world.willow.register.transactions().write(() -> world.willow.register.persons().save(Person.builder()
                .owner(world.willow.code()).name("王秀英").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                .idNumber(id).ethnicity(org.villageregistry.domain.person.Ethnicity.HAN)
                .hukouType(org.villageregistry.domain.person.HukouType.AGRICULTURAL)
                .maritalStatus(org.villageregistry.domain.person.MaritalStatus.UNMARRIED).build()));
        world.poplar.register.transactions().write(() -> world.poplar.register.persons().save(Person.builder()
                .owner(world.poplar.code()).name("王秀英").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                .idNumber(id).ethnicity(org.villageregistry.domain.person.Ethnicity.HAN)
                .hukouType(org.villageregistry.domain.person.HukouType.AGRICULTURAL)
                .maritalStatus(org.villageregistry.domain.person.MaritalStatus.UNMARRIED).build()));
        importAtTownship(world.willow.exportTo(world.stick, false));
        Outcome second = importAtTownship(world.poplar.exportTo(Files.createDirectories(temp.resolve("usb2")), false));

        assertThat(second.quarantined()).isEqualTo(1);
        var conflicts = world.township.sync.conflicts().list(true);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.reasonCode()).isEqualTo("DUPLICATE_ID");
            assertThat(c.villageState()).contains("王秀英");
            assertThat(c.otherState()).contains(world.willow.code());
        });

        var decided = world.township.sync.conflicts().decide(conflicts.get(0).id(), ConflictDecision.DIFFERENT_PEOPLE);
        assertThat(decided.decidedBy()).contains("admin");
        assertThat(world.township.register.persons().find(conflicts.get(0).entityId())).isPresent();

        ReceiptService.Written receipt = world.township.sync.receipts().write(world.poplar.code(), world.stick);
        assertThat(receipt.encrypted()).isTrue();
        world.poplar.sync.imports().importOne(receipt.file());
        assertThat(world.poplar.sync.village().tasks()).extracting(Task::kind).contains(TaskKind.CONFLICT_DECIDED);
    }

    @Test
    void aReceiptSignedWithAVillageKeyIsRefused() throws Exception {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        importAtTownship(world.willow.exportTo(world.stick, false));
        // 杨庄村 forges a receipt for 柳树村 with its own key
        byte[] forged = world.poplar.sync.identity().crypto().signDocument(ReceiptService.RECEIPT_TYPE,
                java.util.Map.of("receiptId", java.util.UUID.randomUUID().toString(), "audience", world.willow.code()),
                ("{\"receiptId\":\"x\",\"village\":\"" + world.willow.code() + "\",\"acknowledged\":{\"upTo\":1}}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                world.poplar.register.sync().keys().workstationKeys().orElseThrow(), List.of());
        Path file = Files.write(world.stick.resolve("forged.vrr.json"), forged);

        Outcome outcome = world.willow.sync.imports().importOne(file);

        assertThat(outcome.status()).isEqualTo(ImportService.Status.REFUSED);
        assertThat(outcome.reasonCode()).contains("unknownKey");
        assertThat(world.willow.sync.village().summary().undelivered()).isEqualTo(1);
    }
}
