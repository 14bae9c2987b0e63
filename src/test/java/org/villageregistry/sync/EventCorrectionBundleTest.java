package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.sync.ImportService;

/** A death date corrected at 柳树村 reaches 城关镇 in the next bundle, with the day the person left. */
class EventCorrectionBundleTest extends SyncWorldTest {
    @Test
    void theCorrectedDeathAndTheDayThePersonLeftGoInTheNextBundleAndTheTownshipAppliesThem() {
        Person grandpa = world.willow.addPerson("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5));
        RegisterServices village = new RegisterServices(world.willow.register, SyncWorld.CLOCK);
        Death death = village.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 3, 10), null,
                DeathCause.AGE, EventSource.SELF_REPORT));
        importAtTownship(world.willow.exportTo(world.stick, false));

        village.eventCorrections().correct(new Death(death.id(), death.version(), death.owner(), death.personId(),
                LocalDate.of(2026, 5, 10), null, DeathCause.DISEASE, death.recorded(), null),
                CorrectionReason.DOCUMENT);
        ImportService.Outcome next = importAtTownship(world.willow.exportTo(world.stick, false));

        assertThat(next.applied()).isEqualTo(2);
        Death atTownship = world.township.register.transactions()
                .read(() -> world.township.register.deaths().get(death.id()));
        assertThat(atTownship.date()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(atTownship.cause()).isEqualTo(DeathCause.DISEASE);
        assertThat(world.township.register.transactions()
                .read(() -> world.township.register.persons().get(grandpa.id())).leftOn())
                .isEqualTo(LocalDate.of(2026, 5, 10));
    }

    private ImportService.Outcome importAtTownship(Path file) {
        List<ImportService.Outcome> out = world.township.sync.imports().importAll(List.of(file), SyncWorld.QUIET);
        assertThat(out).singleElement().satisfies(o -> assertThat(o.status()).as(o.message())
                .isEqualTo(ImportService.Status.IMPORTED));
        return out.get(0);
    }
}
