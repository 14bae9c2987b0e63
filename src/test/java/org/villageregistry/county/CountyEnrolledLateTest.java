package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.UploadService;

/**
 * A county enrolled at a village after the village's first bundle went to the township: that bundle is not sealed
 * for the county, which refuses it with its reason (not "cannot reach the server"); a snapshot the village exports
 * once it holds the county's enrolment goes through the township, though it brings the township nothing new, and
 * then the county has the village and takes the old bundle as already applied.
 */
class CountyEnrolledLateTest extends CountyIntakeFixture {
    @Test
    void aSnapshotExportedAfterTheCountysEnrolmentReachesItThroughTheTownship() throws Exception {
        world.poplar.addPerson("赵敏", Sex.FEMALE, LocalDate.of(1992, 3, 3));
        world.poplar.addPerson("钱芳", Sex.FEMALE, LocalDate.of(1987, 6, 6));
        world.township.sync.imports().importOne(world.poplar.exportTo(world.stick, false));
        assertThat(uploadAll()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(OutboxState.FAILED);
            assertThat(s.error()).get().asString().contains("没有接收").contains("HTTP 422")
                    .contains("不是加密给本工作站的").doesNotContain("连不上");
        });

        world.poplar.sync.enrolment().importFile(temp.resolve("from-county").resolve("410103.enrol.json"), false);
        java.nio.file.Path file = world.poplar.exportTo(world.stick, true);
        ImportService.Outcome snapshot = world.township.sync.imports().importOne(file);
        assertThat(snapshot.status()).isEqualTo(ImportService.Status.ALREADY_IMPORTED);
        assertThat(snapshot.message()).contains("已经导入过").contains("上报县里的待发队列");
        assertThat(world.township.sync.imports().importOne(file).message()).as("queued once")
                .doesNotContain("待发队列");
        assertThat(world.township.register.sync().outbox().outbox()).hasSize(2);

        List<UploadService.Sent> first = uploadAll();
        assertThat(first).extracting(UploadService.Sent::status).containsExactly(-1, 201);
        assertThat(count("select count(*) from record where entity_type = 'person' and village = '410103100002'"))
                .isEqualTo(2);
        assertThat(uploadAll()).as("the old bundle, now covered by the snapshot").singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(201));
        assertThat(world.township.register.sync().outbox().outbox()).extracting(OutboxItem::state)
                .containsOnly(OutboxState.SENT);
        assertThat(count("select count(*) from inbox where village = '410103100002' and outcome = 'already'"))
                .isEqualTo(1);
    }
}
