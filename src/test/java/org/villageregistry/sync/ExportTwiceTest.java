package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.service.sync.ExportService;
import org.villageregistry.service.sync.ImportService;

/**
 * A registrar exports, then exports again before the township's receipt came back: the second bundle says which
 * earlier bundle already carries its changes, the township takes either or both without counting anything twice,
 * and every export is in the audit log without a record's content.
 */
class ExportTwiceTest extends SyncWorldTest {
    @Test
    void theSecondExportSaysWhichBundleAlreadyCarriesItsChangesAndTheTownshipTakesBoth() throws Exception {
        world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        world.willow.addPerson("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5));
        ExportService.Exported first = export("usb1", false);
        assertThat(first.carriedBefore()).isEmpty();
        world.willow.addPerson("赵小梅", Sex.FEMALE, LocalDate.of(2001, 7, 9));

        ExportService.Exported second = export("usb2", false);

        assertThat(second.fromChange()).isEqualTo(first.fromChange());
        assertThat(second.carriedBefore()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(first.sequence());
            assertThat(b.toChange()).isEqualTo(first.toChange());
        });
        assertThat(second.carriedBeforeNote()).hasValueSatisfying(note -> assertThat(note)
                .startsWith("第 " + first.sequence() + " 号数据包（2026-11-30 08:15 导出）已带有其中的变更第 "
                        + first.fromChange() + " 至 " + first.toChange() + " 号，乡镇还没有回执")
                .contains("交这一个给乡镇就够了"));

        ImportService.Outcome one = importAtTownship(first.file());
        ImportService.Outcome two = importAtTownship(second.file());
        assertThat(one.applied() + two.applied()).as("each change once").isEqualTo(second.total());
        assertThat(world.township.register.persons().count()).isEqualTo(3);

        Path receipt = world.township.sync.receipts().write("410103100001", world.stick).file();
        world.willow.sync.imports().importAll(List.of(receipt), SyncWorld.QUIET);
        world.willow.addPerson("孙大勇", Sex.MALE, LocalDate.of(1985, 3, 3));
        assertThat(export("usb3", false).carriedBefore()).as("all acknowledged").isEmpty();
        world.willow.addPerson("周小红", Sex.FEMALE, LocalDate.of(1995, 5, 5));
        assertThat(export("usb4", true).carriedBefore()).as("a snapshot carries everything anyway").isEmpty();

        List<AuditEntry> exports = world.willow.register.audit().list(AuditFilter.all().of(AuditAction.BUNDLE_EXPORTED),
                0, 10);
        assertThat(exports).hasSize(4);
        assertThat(exports).extracting(AuditEntry::detail).anyMatch(d -> d.startsWith("sequence=" + first.sequence()
                + " changes=" + first.fromChange() + "-" + first.toChange() + " snapshot=false"))
                .noneMatch(d -> d.contains("李桂兰") || d.contains("王老汉"));
    }

    @Test
    void afterASnapshotTheNextBundleSaysNothingOfIt() throws Exception {
        world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        export("usb1", true);
        world.willow.addPerson("赵小梅", Sex.FEMALE, LocalDate.of(2001, 7, 9));

        ExportService.Exported next = export("usb2", false);

        assertThat(next.carriedBefore()).as("the township asked for the snapshot; this one does not hold all of it")
                .isEmpty();
        assertThat(next.carriedBeforeNote()).isEmpty();
    }

    @Test
    void aFailedExportLeavesNoAuditEntryAndNoMark() throws Exception {
        world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        Path gone = temp.resolve("pulled-out");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> world.willow.sync.export().export(gone, false,
                SyncWorld.QUIET)).isInstanceOf(RuntimeException.class);

        assertThat(world.willow.register.sync().delivery().lastExport()).isEmpty();
        assertThat(world.willow.register.audit().list(AuditFilter.all().of(AuditAction.BUNDLE_EXPORTED), 0, 10))
                .isEmpty();
        assertThat(export("usb1", false).sequence()).as("the number is given back").isEqualTo(1);
    }

    @Test
    void theTownshipTakesTheSecondBundleAlone() throws Exception {
        world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        export("usb1", false);
        world.willow.addPerson("赵小梅", Sex.FEMALE, LocalDate.of(2001, 7, 9));
        ExportService.Exported second = export("usb2", false);

        assertThat(importAtTownship(second.file()).applied()).isEqualTo(second.total());
        assertThat(world.township.register.persons().count()).isEqualTo(2);
    }

    @Test
    void aPhoneAVillageKeptAsFreeTextBeforePhonesWereCheckedIsTakenByTheTownshipAsSent() throws Exception {
        var person = world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        world.willow.register.transactions().write(() -> world.willow.register.persons().save(world.willow.register
                .persons().get(person.id()).toBuilder().phone("找村委会").build()));

        ExportService.Exported bundle = export("usb1", false);

        assertThat(importAtTownship(bundle.file()).quarantined()).as("not held back for its phone").isZero();
        assertThat(world.township.register.persons().get(person.id()).phone()).isEqualTo("找村委会");
    }

    private ExportService.Exported export(String folder, boolean snapshot) throws Exception {
        return world.willow.sync.export().export(Files.createDirectories(temp.resolve(folder)), snapshot,
                SyncWorld.QUIET);
    }

    private ImportService.Outcome importAtTownship(Path file) {
        List<ImportService.Outcome> out = world.township.sync.imports().importAll(List.of(file), SyncWorld.QUIET);
        assertThat(out).singleElement().satisfies(o -> assertThat(o.status()).as(o.message())
                .isEqualTo(ImportService.Status.IMPORTED));
        return out.get(0);
    }
}
