package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.villageregistry.app.TestSessions;
import org.villageregistry.cli.CliContext;
import org.villageregistry.cli.Vreg;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.BirthService;
import org.villageregistry.storage.TestStores;
import org.villageregistry.sync.SyncWorld;

/** What the county's own outputs say about its figures, beside what the township says of the same period. */
class CountyFiguresTest extends CountyIntakeFixture {
    private final StringWriter out = new StringWriter();

    /** {@code vreg …} on this test's county (its folder's database is the test's PostgreSQL). */
    private String vreg(String... args) {
        out.getBuffer().setLength(0);
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(out), SyncWorld.CLOCK, temp.resolve("unused"), question -> Optional.empty());
        assertThat(Vreg.run(args, TestSessions.program(TestStores.quick(SyncWorld.CLOCK), SyncWorld.CLOCK), context))
                .as(out::toString).isZero();
        return out.toString();
    }

    private void birth(Person mother, String child, Sex sex, int day) {
        new BirthService(world.willow.register, SyncWorld.CLOCK).record(new BirthReport(mother.id(), null,
                LocalDate.of(2026, 11, day).atTime(7, 0), BirthPlace.HOSPITAL, 39, EventSource.HOSPITAL,
                List.of(new BirthReport.NewChild(child, sex, null, 3100, null, null))), false);
    }

    @Test
    void theCountysStatsTextShowsTheBirthsOfEachSexAsTheTownshipsDoes() {
        birth(world.willow.addPerson("李秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1)), "王小红", Sex.FEMALE, 5);
        birth(world.willow.addPerson("张桂兰", Sex.FEMALE, LocalDate.of(1992, 3, 1)), "刘小刚", Sex.MALE, 6);
        birth(world.willow.addPerson("赵春梅", Sex.FEMALE, LocalDate.of(1993, 4, 1)), "赵小燕", Sex.FEMALE, 7);
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        uploadAll();

        String text = vreg("county", "stats", "--home", home.folder().toString(), "--period", "2026-11");
        assertThat(text).contains("出生（男/女）").contains("3（1/2）");
    }
}
