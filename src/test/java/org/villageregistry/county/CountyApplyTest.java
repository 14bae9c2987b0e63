package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.sync.JoseSyncCrypto;

/**
 * What the county applies of a village bundle, against a real PostgreSQL: a snapshot goes in (COPY into staging,
 * then one upsert) with every record's lineage, incremental bundles follow it, and a change that breaks the
 * domain's rules is quarantined with the record's later changes, as at the township, while the rest is applied.
 */
class CountyApplyTest extends CountyIntakeFixture {
    @Test
    void aSnapshotGoesInWithEachRecordsLineageAndAnIncrementalBundleFollowsIt() throws Exception {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李娜", Sex.FEMALE, LocalDate.of(1991, 2, 2));
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, true));
        assertThat(uploadAll()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(201));

        assertThat(count("select count(*) from bundle where kind = 'snapshot' and village = '410103100001'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from record r join bundle b on b.bundle_id = r.bundle_id"
                + " where r.entity_type = 'person' and r.village = '410103100001' and r.township = '410103100'"
                + " and r.signing_kid = b.signing_kid and r.received_at = b.received_at and b.kind = 'snapshot'"
                + " and r.person_name in ('王秀英', '李娜')")).as("each person with its lineage").isEqualTo(2);
        assertThat(signingKeys()).singleElement().isEqualTo(world.willow.sync.identity().fingerprints().signing());

        townshipHoldsABundle("张丽");
        assertThat(uploadAll()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(201));
        assertThat(count("select count(*) from bundle")).isEqualTo(2);
        assertThat(count("select count(*) from record where entity_type = 'person'")).isEqualTo(3);
        assertThat(count("select count(*) from record r join bundle b on b.bundle_id = r.bundle_id"
                + " where r.person_name = '张丽' and b.kind <> 'snapshot'")).isEqualTo(1);
        assertThat(count("select count(*) from quarantine")).isZero();
    }

    @Test
    void aChangeBreakingTheRulesIsQuarantinedWithItsLaterChangesAndTheRestIsApplied() throws Exception {
        Person good = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Person bad = world.willow.register.transactions().write(() -> world.willow.register.persons()
                .save(good.toBuilder().id(UUID.randomUUID()).version(0).name("王").build()));
        world.willow.register.transactions().write(() -> world.willow.register.persons()
                .save(bad.toBuilder().notes("补登").build()));
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));

        assertThat(uploadAll()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(201));

        assertThat(count("select count(*) from record where entity_type = 'person' and entity_id = '"
                + good.id() + "'")).isEqualTo(1);
        assertThat(count("select count(*) from record where entity_id = '" + bad.id() + "'")).isZero();
        assertThat(reasons(bad.id())).containsExactly("RULES", "AFTER_QUARANTINED");
        assertThat(count("select count(*) from inbox where outcome = 'applied' and quarantined = 2")).isEqualTo(1);

        HttpResponse<byte[]> again = post(sentBodies.get(0), sentManifests.get(0));
        var receipt = new JoseSyncCrypto().readDocument(again.body(), "receipt", ReceiptService.RECEIPT_TYPE,
                List.of(world.township.sync.identity().county().orElseThrow()), world.township.sync.identity().keys());
        var quarantined = Json.mapper().readTree(receipt.payload()).path("quarantined");
        assertThat(quarantined).hasSize(2);
        assertThat(quarantined.get(0).path("reasonCode").asText()).isEqualTo("RULES");
        assertThat(quarantined.get(0).path("message").asText()).contains("姓名");
        assertThat(quarantined.get(0).path("entityId").asText()).isEqualTo(bad.id().toString());
    }

    private List<String> reasons(UUID entity) throws Exception {
        return strings("select reason_code from quarantine where village = '410103100001' and entity_id = '" + entity
                + "' order by change_id");
    }

    private List<String> signingKeys() throws Exception {
        return strings("select distinct signing_kid from record");
    }

    private List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
