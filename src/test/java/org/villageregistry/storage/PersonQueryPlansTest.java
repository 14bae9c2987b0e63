package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query the register runs on the person table by a column, with the index H2 chooses for it, on a table H2 has
 * analysed: V13 dropped person_owner, person_mother and person_father, which no plan used, V14 person_birth_date and
 * V16 person_id_number and person_household (a parent's children, the persons born after a day, the persons with an ID
 * number and a household's members come from the persons' facts in memory and are read by id), and the primary key
 * must still be used (docs/decisions/0024, 0030, 0031).
 */
class PersonQueryPlansTest {
    private static final String ID = "'6f1c2b9e-4a3d-4e5f-8a7b-1c2d3e4f5a6b'";

    @TempDir
    Path home;

    @Test
    void eachLookupOfAPersonUsesItsIndex() throws Exception {
        RegisterFixture.create(home).close();
        Map<String, String> plans = Map.of(
                "SELECT state FROM person WHERE id = " + ID, "PRIMARY_KEY",
                "SELECT state FROM person WHERE id IN (" + ID + ", " + ID + ") AND NOT voided", "PRIMARY_KEY");
        try (Connection c = RegisterFixture.rawConnection(home); Statement s = c.createStatement()) {
            // a township's persons: 3,000 of 40 villages, with households, parents and birth dates spread out
            s.executeUpdate("INSERT INTO person (id, version, owner, voided, name, birth_date, id_number, household_id,"
                    + " mother_id, father_id, state) SELECT RANDOM_UUID(), 1, '4101031000' || (10 + MOD(X, 40)),"
                    + " FALSE, '王' || X, DATE '1940-01-01' + CAST(MOD(X * 7919, 30000) AS INT),"
                    + " '410103' || (100000000000 + X), RANDOM_UUID(), CASE WHEN MOD(X, 3) = 0 THEN RANDOM_UUID() END,"
                    + " CASE WHEN MOD(X, 3) = 0 THEN RANDOM_UUID() END, '{}' FROM SYSTEM_RANGE(1, 3000)");
            s.executeUpdate("ANALYZE");
            for (Map.Entry<String, String> e : plans.entrySet()) {
                try (ResultSet rs = s.executeQuery("EXPLAIN " + e.getKey())) {
                    rs.next();
                    assertThat(rs.getString(1)).as(e.getKey()).containsIgnoringCase(e.getValue());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE INDEX_NAME IN ('PERSON_OWNER', 'PERSON_MOTHER', 'PERSON_FATHER', 'PERSON_BIRTH_DATE',"
                    + " 'PERSON_ID_NUMBER', 'PERSON_HOUSEHOLD')")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the indexes no query used are gone").isZero();
            }
        }
    }
}
