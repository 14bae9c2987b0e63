package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ImportService.Outcome;

/**
 * The stage of the agreement tests: 柳树村 and 杨庄村 send bundles to 城关镇, and after every sending each period's
 * figures and every list at the township are each village's own (months of 2026 and the periods a test names).
 */
abstract class TwoVillagesAgreement {
    static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);

    @TempDir
    Path temp;
    SyncWorld world;
    private int usb;
    private final List<String> longerPeriods;

    /** @param longerPeriods the years and quarters compared besides every month of 2026, e.g. "2026-Q2" */
    TwoVillagesAgreement(String... longerPeriods) {
        this.longerPeriods = List.of(longerPeriods);
    }

    @BeforeEach
    void world() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp.resolve("world"));
    }

    @AfterEach
    void close() {
        world.close();
    }

    /** The villages' next bundles, imported at the township on one stick; nothing quarantined, everything agrees. */
    void sendAndCompare(SyncWorld.Station... villages) throws Exception {
        Path stick = Files.createDirectories(temp.resolve("usb" + (++usb)));
        List<Path> bundles = new ArrayList<>();
        for (SyncWorld.Station v : villages) {
            bundles.add(v.exportTo(stick, false));
        }
        List<Outcome> out = world.township.sync.imports().importAll(bundles, SyncWorld.QUIET);
        assertThat(out).extracting(Outcome::quarantined).containsOnly(0);
        TownshipAgreement agreement = new TownshipAgreement(world.township.register,
                List.of(world.willow.register, world.poplar.register), SyncWorld.CLOCK);
        List<Period> periods = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            periods.add(Period.month(m));
        }
        longerPeriods.forEach(p -> periods.add(Period.parse(p)));
        agreement.statisticsAgree(periods);
        agreement.listsAgree(LocalDate.of(2026, 11, 30));
    }

    /** A Han villager with a farm hukou and an ID number of the county. */
    static Person.Builder villager(String name, Sex sex, LocalDate born, int order, MaritalStatus marital) {
        return Person.builder().name(name).sex(sex).birthDate(born)
                .idNumber(IdNumber.compose("410103", born, sex == Sex.MALE ? order * 2 + 1 : order * 2))
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).maritalStatus(marital);
    }
}
