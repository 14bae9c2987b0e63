package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sample.SampleSettings;
import org.villageregistry.service.sample.SampleTownship;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import org.villageregistry.service.sync.EnrolBothWays;
import org.villageregistry.service.sync.ImportService.Outcome;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * The sample township (vreg sample: 青山镇 and its three villages, with their transfers between villages) once the
 * villages' first bundles are in: for every month of the three years and every year, and for every list, the
 * township shows for each village exactly what the village computes on its own register.
 */
class SampleTownshipAgreementTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    @Test
    void theTownshipShowsEachVillageWhatTheVillageComputesForEveryPeriodAndList() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        H2RegisterStore store = TestStores.quick(CLOCK);
        SampleTownship made = new SampleTownshipGenerator(store).generate(new SampleSettings(out, 3, 800,
                SampleSettings.DEFAULT_SEED, SampleSettings.DEFAULT_REFERENCE));
        char[] password = SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray();
        List<Register> villages = new ArrayList<>();
        try (Register township = store.open(made.townshipHome(), SampleTownshipGenerator.ADMIN, password)) {
            SyncServices town = SyncModule.services(township, CLOCK);
            Path stick = Files.createDirectories(out.resolve("usb"));
            List<Path> bundles = new ArrayList<>();
            for (SampleTownship.Village v : made.villages()) {
                Register village = store.open(v.home(), SampleTownshipGenerator.ADMIN, password);
                villages.add(village);
                SyncServices sync = SyncModule.services(village, CLOCK);
                EnrolBothWays.between(town, sync, Files.createDirectories(out.resolve("enrolment")));
                bundles.add(sync.export().export(stick, false, SyncWorld.QUIET).file());
            }
            List<Outcome> imported = town.imports().importAll(bundles, SyncWorld.QUIET);
            assertThat(imported).extracting(Outcome::quarantined).containsOnly(0);
            assertThat(town.conflicts().list(true)).isEmpty();

            TownshipAgreement agreement = new TownshipAgreement(township, villages, CLOCK);
            List<Period> periods = new ArrayList<>();
            for (YearMonth m = YearMonth.of(2023, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
                periods.add(Period.month(m));
            }
            periods.addAll(List.of(Period.parse("2024"), Period.parse("2025"), Period.parse("2026-Q3")));
            agreement.statisticsAgree(periods);
            agreement.listsAgree(SampleSettings.DEFAULT_REFERENCE);
        } finally {
            villages.forEach(Register::close);
        }
    }
}
