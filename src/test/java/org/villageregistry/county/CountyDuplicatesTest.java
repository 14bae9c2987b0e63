package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.county.store.DuplicateSuspects;
import org.villageregistry.county.store.DuplicateSuspects.Reason;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.sync.JoseSyncCrypto;
import org.villageregistry.sync.SyncWorld;

/**
 * County-wide duplicate suspects on a real PostgreSQL: the same ID number in two townships, the same name, birth date
 * and mother in two villages; a person who moved, died, or lives away from where she is registered is no suspect.
 */
class CountyDuplicatesTest {
    @TempDir
    static Path shared;
    static CountyDatabase postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = CountyDatabase.embedded(shared.resolve("pg"));
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void suspectsAreListedForReviewAndExpectedPairsAreNot() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        String jdbc;
        try (Connection c = DriverManager.getConnection(postgres.embeddedJdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create database dup");
        }
        jdbc = postgres.embeddedJdbcUrl().replace("/postgres?", "/dup?");
        County county = new County(new JoseSyncCrypto(), SyncWorld.CLOCK, (folder, file, content) -> folder.resolve(file));
        Path home = shared.resolve("county");
        county.init(home, "410103", "示范县", new County.Database(Optional.of(jdbc), Optional.empty()), "admin",
                "county-pw-2026".toCharArray());
        UUID motherA = UUID.randomUUID();
        UUID motherB = UUID.randomUUID();
        UUID twiceId = UUID.randomUUID();
        UUID twiceIdOther = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        UUID childAgain = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(jdbc)) {
            // The same ID number, resident in 城关镇 and in 北关镇: a suspect.
            person(c, twiceId, "410103100001", "王秀英", "1980-03-02", "410103198003021228", "RESIDENT", null);
            person(c, twiceIdOther, "410103200004", "王秀英", "1980-03-02", "410103198003021228", "RESIDENT", null);
            // Registered in 柳树村 but living away, living in a village of another township: expected, no suspect.
            person(c, UUID.randomUUID(), "410103100002", "李桂兰", "1985-07-01", "410103198507013345", "AWAY", null);
            person(c, UUID.randomUUID(), "410103200003", "李桂兰", "1985-07-01", "410103198507013345", "INCOMING", null);
            // Moved out of one village and resident in the other: no suspect.
            person(c, UUID.randomUUID(), "410103100002", "赵丽", "1990-01-09", "410103199001092224", "MOVED_OUT", null);
            person(c, UUID.randomUUID(), "410103200003", "赵丽", "1990-01-09", "410103199001092224", "RESIDENT", null);
            // A child without an ID number in two villages, each record's mother the same woman (same ID number).
            person(c, motherA, "410103100001", "张红", "1992-05-05", "410103199205051220", "RESIDENT", null);
            person(c, motherB, "410103100002", "张红", "1992-05-05", "410103199205051220", "MOVED_OUT", null);
            person(c, child, "410103100001", "张小宝", "2025-02-01", null, "RESIDENT", motherA);
            person(c, childAgain, "410103100002", "张小宝", "2025-02-01", null, "RESIDENT", motherB);
            // Same name and birth date, mothers who are two different women: no suspect.
            UUID otherMother = UUID.randomUUID();
            person(c, otherMother, "410103100003", "陈芳", "1991-01-01", "410103199101011229", "RESIDENT", null);
            person(c, UUID.randomUUID(), "410103100003", "张小宝", "2025-02-01", null, "RESIDENT", otherMother);
        }

        List<DuplicateSuspects.Group> suspects = county.duplicates(home, 100);

        assertThat(suspects).extracting(DuplicateSuspects.Group::reason)
                .containsExactly(Reason.SAME_ID_NUMBER, Reason.SAME_NAME_BIRTH_MOTHER);
        assertThat(suspects.get(0).members()).extracting(DuplicateSuspects.Member::personId)
                .containsExactlyInAnyOrder(twiceId, twiceIdOther);
        assertThat(suspects.get(1).members()).extracting(DuplicateSuspects.Member::personId)
                .containsExactlyInAnyOrder(child, childAgain);
        assertThat(county.duplicates(home, 0)).isEmpty();

        // the county's printed report lists them too, the ID numbers masked
        County printing = new County(new JoseSyncCrypto(), SyncWorld.CLOCK, (folder, file, content) -> folder.resolve(file),
                org.villageregistry.app.CountyReports.printer(SyncWorld.CLOCK,
                        org.villageregistry.service.ProgramBuild.running()));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(printing.monthlyReport(home,
                org.villageregistry.domain.indicator.Period.parse("2026-10"), "县统计员"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("跨村、跨乡镇疑似重复", "身份证号相同", "姓名、出生日期、母亲相同", "王秀英",
                    "张小宝", "410103********1228", "2025-02-01").doesNotContain("410103198003021228")
                    .doesNotContain("李桂兰").doesNotContain("每类只印前");
        }
    }

    private static void person(Connection c, UUID id, String village, String name, String born, String idNumber,
            String residence, UUID mother) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into record (entity_type, entity_id, village, township,"
                + " version, voided, state, person_name, sex, birth_date, id_number, residence, mother_id, bundle_id,"
                + " signing_kid, received_at) values ('person', ?, ?, ?, 1, false, '{}'::jsonb, ?, 'FEMALE', ?, ?, ?,"
                + " ?, ?, 'kid', now())")) {
            s.setObject(1, id);
            s.setString(2, village);
            s.setString(3, village.substring(0, 9));
            s.setString(4, name);
            s.setObject(5, LocalDate.parse(born));
            s.setString(6, idNumber);
            s.setString(7, residence);
            s.setObject(8, mother);
            s.setObject(9, UUID.randomUUID());
            s.executeUpdate();
        }
    }
}
