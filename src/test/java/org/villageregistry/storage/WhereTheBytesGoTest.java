package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.FileTraffic;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.TableSpace;

/** The benchmark's size breakdown and its bare-batch floor read and write what is really there. */
class WhereTheBytesGoTest {
    @TempDir
    Path home;

    @Test
    void everyTableIsListedWithItsRowsAndTheBytesItTakes() {
        try (Register register = RegisterFixture.create(home)) {
            register.transactions().write(() -> {
                for (int i = 0; i < 300; i++) {
                    register.persons().save(RegisterFixture.person("王秀" + "一二三四五六七八九十".charAt(i % 10),
                            Sex.FEMALE, LocalDate.of(1950 + i % 50, 1, 1)).build());
                }
                return null;
            });
            List<TableSpace> space = register.space();
            assertThat(space).extracting(TableSpace::table).contains("person", "change_log", "household", "audit_log");
            TableSpace persons = space.stream().filter(t -> t.table().equals("person")).findFirst().orElseThrow();
            assertThat(persons.rows()).isEqualTo(300);
            assertThat(persons.bytes()).isGreaterThan(300L * 100);
            assertThat(space.stream().filter(t -> t.table().equals("change_log")).findFirst().orElseThrow().rows())
                    .isEqualTo(300);
        }
    }

    @Test
    void theRegisterCountsWhatItReadsFromAndWritesToItsFile() {
        try (Register register = RegisterFixture.create(home)) {
            FileTraffic before = register.fileTraffic();
            register.transactions().write(() -> {
                for (int i = 0; i < 300; i++) {
                    register.persons().save(RegisterFixture.person("王秀" + "一二三四五六七八九十".charAt(i % 10),
                            Sex.FEMALE, LocalDate.of(1950 + i % 50, 1, 1)).build());
                }
                return null;
            });
            FileTraffic written = register.fileTraffic().since(before);
            assertThat(written.writes()).as("the commit stored its pages").isPositive();
            assertThat(written.writeBytes()).as("at least the 300 persons' states").isGreaterThan(300L * 200);
            assertThat(written.toString()).startsWith("read ").contains("written " + written.writes() + " times");
        }
        try (Register reopened = RegisterFixture.open(home)) {
            FileTraffic before = reopened.fileTraffic();
            assertThat(reopened.persons().count()).isEqualTo(300);
            assertThat(reopened.persons().search("王秀", 10)).isNotEmpty();
            assertThat(reopened.fileTraffic().since(before).readBytes()).as("the persons read from the file")
                    .isGreaterThan(300L * 100);
        }
    }

    @Test
    void theFloorWritesEveryRecordIntoANewEncryptedDatabase() throws Exception {
        List<List<RegisterRecord>> villages = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            List<RegisterRecord> village = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Person p = RegisterFixture.person("李秀" + "一二三四五六七八九十".charAt(i % 10), Sex.MALE,
                        LocalDate.of(1960 + i % 40, 2, 3)).owner("41010310000" + v).build().withVersion(1);
                village.add(p);
            }
            villages.add(village);
        }
        Path folder = Files.createDirectories(home.resolve("floor"));
        var written = new BareBatchFloor(RegisterFixture.CLOCK).write(folder, villages);

        assertThat(written.millis()).isNotNegative();
        assertThat(written.traffic().writes()).as("H2's writes counted").isPositive();
        assertThat(written.traffic().writeBytes()).as("at least the 600 persons' rows").isGreaterThan(600 * 200);
        byte[] file = Files.readAllBytes(RegisterDatabase.file(folder));
        assertThat(file.length).as("600 persons written").isGreaterThan(600 * 200);
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("李秀");
    }
}
