package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.service.Json;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.sync.TownshipReportSeal;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.sync.JoseSyncCrypto;
import org.villageregistry.sync.SyncWorld;

/** 城关镇 signs its October report (柳树村 approved) and uploads it beside the bundle; the county keeps it. */
class CountyTownshipReportTest extends CountyIntakeFixture {
    @Test
    void theSignedTownshipReportArrivesBesideTheBundleAndIsKeptAsSent() throws Exception {
        world.willow.addPerson("王秀英", org.villageregistry.domain.person.Sex.FEMALE,
                java.time.LocalDate.of(1990, 1, 1));
        new RegisterServices(world.willow.register, SyncWorld.CLOCK).signoffs().submit("2026-10");
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        new RegisterServices(world.township.register, SyncWorld.CLOCK).signoffs().approve("410103100001", "2026-10");
        TownshipReportSeal.Sealed sealed = world.township.sync.townshipReports().seal("2026-10");
        assertThat(sealed.approved()).isEqualTo(1);

        List<UploadService.Sent> sent = uploadAll();
        assertThat(sent).hasSize(2).allSatisfy(s -> assertThat(s.status()).isEqualTo(201));
        assertThat(count("select count(*) from inbox where outcome = 'applied'")).isEqualTo(1);
        assertThat(count("select count(*) from inbox where kind = 'township-report' and outcome = 'kept'"))
                .isEqualTo(1);
        byte[] kept;
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select body from inbox where kind = 'township-report'")) {
            r.next();
            kept = r.getBytes(1);
        }
        var doc = new JoseSyncCrypto().readDocument(kept, sealed.fileName(), TownshipReportSeal.TYPE,
                List.of(world.willow.sync.identity().township()), world.willow.sync.identity().keys());
        assertThat(doc.signerDivision()).isEqualTo("410103100");
        JsonNode report = Json.mapper().readTree(doc.payload());
        assertThat(report.path("period").asText()).isEqualTo("2026-10");
        assertThat(report.path("villages").get(0).path("state").asText()).isEqualTo("APPROVED");
        assertThat(report.path("villages").get(0).path("figures").path("populationEnd").asLong()).isEqualTo(1);
    }
}
