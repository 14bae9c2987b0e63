package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.PregnancyOutcome;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitResult;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.sample.VillageRecords.Couple;

/**
 * Voluntary services of the window: follow-ups of every pregnancy, postnatal visits, a few current
 * pregnancies and miscarriages, women's health check-ups, counselling asked for, pre-pregnancy checks.
 */
final class VillageHealthServices {
    private static final String CLINIC = "青山镇卫生院";
    private static final String VILLAGE_DOCTOR = "村卫生室";

    private final VillageRecords village;
    private final SampleRandom random;
    private final SampleCalendar calendar;

    VillageHealthServices(VillageRecords village, SampleRandom random, SampleCalendar calendar) {
        this.village = village;
        this.random = random;
        this.calendar = calendar;
    }

    void services() {
        currentPregnancies();
        for (Pregnancy p : List.copyOf(village.pregnancies)) {
            followUps(p);
            if (p.outcome() == PregnancyOutcome.LIVE_BIRTH) {
                postnatal(p);
            }
        }
        womenHealthChecks();
    }

    private void currentPregnancies() {
        LocalDate ref = calendar.reference();
        Map<UUID, List<Person>> byMother = village.childrenByMother();
        Set<UUID> pregnant = new HashSet<>();
        village.pregnancies.forEach(p -> pregnant.add(p.womanId()));
        for (Couple c : village.couples) {
            Person wife = village.person(c.wife());
            boolean hadBirth = pregnant.contains(wife.id());
            int age = wife.ageOn(ref);
            if (!wife.isActive() || hadBirth || age < 21 || age > 39 || VillageRecords.jointChildren(c, byMother).size() >= 3) {
                continue;
            }
            if (random.chance(0.05)) {
                LocalDate lmp = random.day(ref.minusDays(250), ref.minusDays(45));
                village.pregnancies.add(new Pregnancy(random.uuid(), 0, village.owner(), wife.id(), lmp,
                        lmp.plusDays(280), null, null, null));
            } else if (random.chance(0.015)) {
                LocalDate lmp = random.day(calendar.windowStart(), ref.minusDays(120));
                village.pregnancies.add(new Pregnancy(random.uuid(), 0, village.owner(), wife.id(), lmp,
                        lmp.plusDays(280), PregnancyOutcome.MISCARRIAGE, lmp.plusDays(random.between(50, 90)), null));
            }
        }
    }

    private void followUps(Pregnancy p) {
        LocalDate end = p.outcomeDate() != null ? p.outcomeDate() : calendar.lastEventDay();
        int[] weeks = {random.between(8, 12), random.between(20, 24), random.between(30, 34)};
        for (int i = 0; i < weeks.length; i++) {
            LocalDate day = p.lastMenstrualPeriod().plusWeeks(weeks[i]);
            if (day.isAfter(end) || day.isAfter(calendar.lastEventDay()) || !random.chance(0.9)) {
                continue;
            }
            LocalDate next = i + 1 < weeks.length ? p.lastMenstrualPeriod().plusWeeks(weeks[i + 1]) : null;
            VisitResult result = random.chance(0.9) ? VisitResult.NORMAL : VisitResult.RECHECK;
            visit(p.womanId(), p.id(), day, VisitType.PREGNANCY_FOLLOW_UP, CLINIC,
                    result == VisitResult.NORMAL ? "孕期检查未见异常" : "血压偏高，一周后复查", result, next);
        }
    }

    private void postnatal(Pregnancy p) {
        LocalDate day = p.outcomeDate().plusDays(random.chance(0.85) ? random.between(3, 7) : random.between(8, 14));
        if (!day.isAfter(calendar.lastEventDay())) {
            visit(p.womanId(), p.id(), day, VisitType.POSTNATAL, VILLAGE_DOCTOR, "母婴情况良好", VisitResult.NORMAL,
                    p.outcomeDate().plusDays(42));
        }
    }

    private void womenHealthChecks() {
        LocalDate ref = calendar.reference();
        for (Person w : List.copyOf(village.persons.values())) {
            if (w.sex() != Sex.FEMALE || !w.isActive() || w.residence() == ResidenceStatus.AWAY) {
                continue;
            }
            int age = w.ageOn(ref);
            if (age >= 35 && age <= 64 && random.chance(0.45)) {
                LocalDate day = random.day(ref.minusDays(400), calendar.lastEventDay());
                double x = random.nextDouble();
                VisitResult result = x < 0.85 ? VisitResult.NORMAL : x < 0.95 ? VisitResult.RECHECK
                        : VisitResult.REFERRED;
                visit(w.id(), null, day, VisitType.WOMEN_HEALTH_CHECK, CLINIC,
                        result == VisitResult.NORMAL ? "两癌筛查未见异常" : "乳腺超声异常，建议复查", result,
                        day.plusYears(1));
            } else if (age >= 20 && age <= 45 && isMarried(w) && random.chance(0.05)) {
                LocalDate day = random.day(calendar.windowStart(), calendar.lastEventDay());
                visit(w.id(), null, day, VisitType.CONTRACEPTIVE_COUNSELLING, VILLAGE_DOCTOR, "本人咨询，知情选择",
                        VisitResult.NORMAL, null);
            } else if (age >= 20 && age <= 35 && w.firstMarriageDate() != null
                    && w.firstMarriageDate().isAfter(calendar.windowStart()) && random.chance(0.5)) {
                LocalDate day = w.firstMarriageDate().plusDays(random.between(10, 90));
                if (!day.isAfter(calendar.lastEventDay())) {
                    visit(w.id(), null, day, VisitType.PRE_PREGNANCY_CHECK, CLINIC, "孕前优生检查未见异常",
                            VisitResult.NORMAL, null);
                }
            }
        }
    }

    private static boolean isMarried(Person p) {
        MaritalStatus s = p.maritalStatus();
        return s == MaritalStatus.MARRIED || s == MaritalStatus.FIRST_MARRIAGE || s == MaritalStatus.REMARRIED
                || s == MaritalStatus.MARRIED_AGAIN;
    }

    private void visit(UUID person, UUID pregnancy, LocalDate day, VisitType type, String provider, String findings,
                       VisitResult result, LocalDate nextDue) {
        village.visits.add(new ServiceVisit(random.uuid(), 0, village.owner(), person, pregnancy, day, type, provider,
                findings, result, nextDue, null));
    }
}
