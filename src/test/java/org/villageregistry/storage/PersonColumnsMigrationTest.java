package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villageregistry.storage.RegisterFixture.VILLAGE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;

/** V12 fills the ethnicity and hukou-type columns of persons saved before it from their JSON state. */
class PersonColumnsMigrationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path home;

    @Test
    void personsSavedBeforeTheColumnsGetThemFromTheirState() throws Exception {
        DataQuality before;
        try (Register r = RegisterFixture.create(home)) {
            r.persons().save(RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(2015, 3, 1))
                    .relation(RelationToHead.HEAD).ethnicity(Ethnicity.HANI).hukouType(HukouType.NON_AGRICULTURAL)
                    .build());
            r.persons().save(RegisterFixture.person("李娟", Sex.FEMALE, LocalDate.of(2016, 6, 1))
                    .relation(RelationToHead.HEAD).ethnicity(null).hukouType(null).build());
            r.persons().save(RegisterFixture.person("赵强", Sex.MALE, LocalDate.of(2014, 1, 1))
                    .relation(RelationToHead.HEAD).ethnicity(Ethnicity.HAN).build());
            before = r.statistics().dataQuality(VILLAGE, DAY);
        }
        assertThat(before.completeness().part()).as("two of three complete").isEqualTo(2);

        try (Connection c = RegisterFixture.rawConnection(home); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE person SET ethnicity = NULL, hukou_type = NULL"); // as before V12
            s.executeUpdate(backfill());
            c.commit();
            assertThat(columns(s)).containsExactlyInAnyOrder("王芳 HANI NON_AGRICULTURAL", "李娟 null null",
                    "赵强 HAN AGRICULTURAL");
        }
        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.statistics().dataQuality(VILLAGE, DAY)).isEqualTo(before);
        }
    }

    /** The UPDATE statement of V12, as Flyway runs it. */
    private static String backfill() throws IOException {
        try (InputStream in = PersonColumnsMigrationTest.class.getResourceAsStream(
                "/db/migration/V12__person_facts.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int from = sql.indexOf("UPDATE person SET ethnicity");
            return sql.substring(from, sql.indexOf(';', from));
        }
    }

    private static List<String> columns(Statement s) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name, ethnicity, hukou_type FROM person")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }
}
