package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.change.ChangeHash;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.task.Progress;

/**
 * The bundles committed under sample-data/bundles, written before the received history was kept compressed (V11),
 * import into a new township that holds the sample township's keys: every change applied, each record's received
 * history read back from the compressed batches with its hash intact. The sample township itself, which imported
 * them before V11, still reads their history from its old rows.
 */
class CommittedBundlesTest {
    @TempDir
    Path temp;

    @Test
    void bundlesWrittenBeforeTheCompressedHistoryImportAfterItAndTheirHistoryReadsBack() throws Exception {
        try (SampleRegisters sample = new SampleRegisters(temp.resolve("sample"));
             Register fresh = sample.store.create(temp.resolve("fresh"), new WorkstationSetup(
                     WorkstationRole.TOWNSHIP, DivisionCode.of("410103100"), "青山镇"), "admin",
                     SampleRegisters.PASSWORD.toCharArray())) {
            fresh.sync().keys().saveWorkstationKeys(sample.township.sync().keys().workstationKeys().orElseThrow());
            SyncServices town = SyncModule.services(fresh, SampleRegisters.CLOCK);
            try (Stream<Path> files = Files.list(SampleRegisters.SAMPLE.resolve("enrolment"))) {
                for (Path f : files.filter(f -> f.getFileName().toString().length() > "410103100.enrol.json".length())
                        .sorted().toList()) {
                    town.enrolment().importFile(f, false);
                }
            }

            List<ImportService.Outcome> outcomes = town.imports().importAll(
                    List.of(SampleRegisters.SAMPLE.resolve("bundles")), Progress.NONE);

            // each village's first bundle, and 柳树村's second, which carries only its submitted October report
            assertThat(outcomes).hasSize(4).allSatisfy(o ->
                    assertThat(o.status()).isEqualTo(ImportService.Status.IMPORTED));
            assertThat(outcomes).filteredOn(o -> String.valueOf(o.file()).contains("_000001_")).hasSize(3)
                    .allSatisfy(o -> assertThat(o.applied()).isPositive());
            List<Person> persons = new java.util.ArrayList<>();
            fresh.persons().forEach(persons::add);
            assertThat(persons).hasSizeGreaterThan(2_000);
            for (Person p : List.of(persons.get(0), persons.get(persons.size() / 2), persons.get(persons.size() - 1))) {
                List<Change> history = fresh.sync().intake().receivedHistory(p.id(), p.owner());
                assertThat(history).isNotEmpty().allSatisfy(c -> {
                    assertThat(c.entityId()).isEqualTo(p.id());
                    assertThat(c.origin()).isEqualTo(p.owner());
                    assertThat(ChangeHash.of(c)).isEqualTo(c.hash());
                });
                assertThat(history).extracting(Change::changeId).isSorted();
                // the sample township imported the same bundle before V11: its rows still give the same history
                assertThat(sample.township.sync().intake().receivedHistory(p.id(), p.owner()))
                        .extracting(Change::hash).containsExactlyElementsOf(history.stream().map(Change::hash).toList());
                // another village sent nothing of this person
                String other = persons.stream().map(Person::owner).filter(o -> !o.equals(p.owner())).findFirst()
                        .orElseThrow();
                assertThat(fresh.sync().intake().receivedHistory(p.id(), other)).isEmpty();
                assertThat(sample.township.sync().intake().receivedHistory(p.id(), other)).isEmpty();
            }
            assertThat(fresh.sync().intake().receivedHistory(UUID.randomUUID(), persons.get(0).owner())).isEmpty();
        }
    }
}
