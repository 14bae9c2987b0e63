package org.villageregistry.service.sample;

import java.time.LocalDate;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.EventState;
import org.villageregistry.domain.event.Recorded;

/** What the sample's events share: who records them, and how long after the event they are recorded. */
final class SampleEvents {
    static final String REGISTRAR = "registrar";

    private SampleEvents() {
    }

    /** Recorded a few days after the event (rarely more than a month), never after the reference day. */
    static Recorded recorded(SampleRandom random, LocalDate event, SampleCalendar calendar, EventSource source) {
        int delay = random.chance(0.9) ? random.between(1, 25) : random.between(26, 60);
        LocalDate on = event.plusDays(delay);
        if (on.isAfter(calendar.lastEventDay())) {
            on = calendar.lastEventDay().isBefore(event) ? event : calendar.lastEventDay();
        }
        return new Recorded(on, REGISTRAR, source, EventState.CONFIRMED);
    }

    /** A 12-digit code of a fictitious village outside the township, for moves from or to elsewhere. */
    static String outsideVillage(SampleRandom random) {
        return VillagePopulation.OUTSIDE_COUNTY + String.format("%03d%03d", random.between(100, 299),
                random.between(1, 30));
    }

    /** A marriage certificate number in the usual form, e.g. J410103-2025-001234. */
    static String marriageCertificate(SampleRandom random, LocalDate date) {
        return "J" + VillagePopulation.HOME_COUNTY + "-" + date.getYear() + "-"
                + String.format("%06d", random.between(1, 999_999));
    }
}
