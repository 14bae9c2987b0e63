package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.benefit.Rate.RatePeriod;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;

/**
 * The benefit programmes at their national rates, and the village's enrolments with the payments made:
 * 育儿补贴 for children under 3 from 2025, 奖励扶助 for rural parents aged 60+, 特别扶助 for a few families.
 */
final class VillageBenefits {
    static final LocalDate SUBSIDY_START = LocalDate.of(2025, 1, 1);

    private final VillageRecords village;
    private final SampleRandom random;
    private final SampleCalendar calendar;
    private BenefitProgramme childcare;
    private BenefitProgramme ruralReward;
    private BenefitProgramme specialDeath;
    private BenefitProgramme specialDisability;

    VillageBenefits(VillageRecords village, SampleRandom random, SampleCalendar calendar) {
        this.village = village;
        this.random = random;
        this.calendar = calendar;
    }

    void benefits() {
        childcare = programme("YEBT", "育儿补贴", ProgrammeKind.CHILDCARE_SUBSIDY,
                new Rate(SUBSIDY_START, Money.yuan(3600), RatePeriod.YEAR), Map.of("maxChildAgeYears", "3"));
        ruralReward = programme("NCJLFZ", "农村部分计划生育家庭奖励扶助", ProgrammeKind.RURAL_REWARD,
                new Rate(LocalDate.of(2012, 1, 1), Money.yuan(960), RatePeriod.YEAR),
                Map.of("minAge", "60", "bornOnOrAfter", "1933-01-01"));
        specialDeath = programme("TBFZ-SW", "计划生育家庭特别扶助(独生子女死亡)", ProgrammeKind.SPECIAL_SUPPORT_DEATH,
                new Rate(LocalDate.of(2022, 7, 1), Money.yuan(590), RatePeriod.MONTH), Map.of("minWifeAge", "49"));
        specialDisability = programme("TBFZ-SC", "计划生育家庭特别扶助(独生子女伤残)",
                ProgrammeKind.SPECIAL_SUPPORT_DISABILITY,
                new Rate(LocalDate.of(2022, 7, 1), Money.yuan(460), RatePeriod.MONTH),
                Map.of("minWifeAge", "49", "disabilityGrades", "1-3"));
        for (Person p : List.copyOf(village.persons.values())) {
            if (p.motherId() != null && p.isActive() && !p.birthDate().plusYears(3).isBefore(SUBSIDY_START)
                    && village.persons.containsKey(p.motherId()) && village.person(p.motherId()).isActive()) {
                childcareSubsidy(p);
            } else if (p.isActive() && p.hukouType() == HukouType.AGRICULTURAL && p.ageOn(calendar.reference()) >= 64
                    && p.birthDate().getYear() >= 1933 && random.chance(0.25)) {
                ruralReward(p);
            } else if (p.isActive() && p.sex() == Sex.FEMALE && p.ageOn(calendar.reference()) >= 55
                    && p.ageOn(calendar.reference()) < 70 && random.chance(0.02)) {
                specialSupport(p, random.chance(0.6));
            }
        }
    }

    private BenefitProgramme programme(String code, String name, ProgrammeKind kind, Rate rate,
                                       Map<String, String> parameters) {
        BenefitProgramme p = new BenefitProgramme(random.uuid(), 0, village.owner(), code, name, kind, List.of(rate),
                parameters, null);
        village.programmes.add(p);
        return p;
    }

    private void childcareSubsidy(Person child) {
        LocalDate from = child.birthDate().isBefore(SUBSIDY_START) ? SUBSIDY_START : child.birthDate();
        LocalDate to = child.birthDate().plusYears(3).minusDays(1);
        LocalDate verified = from.plusDays(random.between(10, 60));
        if (verified.isAfter(calendar.lastEventDay())) {
            return;
        }
        Enrolment e = enrol(child.motherId(), childcare, child.id(), from, to, "出生医学证明、户口簿", verified);
        for (int year = 2025; year <= calendar.reference().getYear(); year++) {
            LocalDate paid = LocalDate.of(year, 9, 25);
            long months = monthsIn(year, from, to);
            if (months > 0 && !paid.isAfter(calendar.lastEventDay()) && !verified.isAfter(paid)) {
                pay(e, String.valueOf(year), Money.yuan(300).times(months), paid, "YEBT-" + year + "-01");
            }
        }
    }

    private static long monthsIn(int year, LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from).isBefore(YearMonth.of(year, 1)) ? YearMonth.of(year, 1)
                : YearMonth.from(from);
        YearMonth last = YearMonth.from(to).isAfter(YearMonth.of(year, 12)) ? YearMonth.of(year, 12)
                : YearMonth.from(to);
        return first.isAfter(last) ? 0 : first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    private void ruralReward(Person p) {
        LocalDate verified = LocalDate.of(2023, 3, random.between(1, 28));
        Enrolment e = enrol(p.id(), ruralReward, null, p.birthDate().plusYears(60).withDayOfYear(1).plusYears(1),
                null, "独生子女证明、户口簿", verified);
        for (int year = 2024; year <= calendar.reference().getYear(); year++) {
            LocalDate paid = LocalDate.of(year, 6, 28);
            if (!paid.isAfter(calendar.lastEventDay())) {
                pay(e, String.valueOf(year), Money.yuan(960), paid, "NCJLFZ-" + year);
            }
        }
    }

    private void specialSupport(Person wife, boolean childDied) {
        BenefitProgramme programme = childDied ? specialDeath : specialDisability;
        LocalDate from = LocalDate.of(2022, 7, 1);
        Enrolment e = enrol(wife.id(), programme, null, from, null,
                childDied ? "独生子女死亡证明" : "独生子女残疾人证（二级）", from.plusDays(random.between(5, 40)));
        Money monthly = Money.yuan(childDied ? 590 : 460);
        for (YearMonth m = YearMonth.from(calendar.windowStart()); m.isBefore(YearMonth.from(calendar.reference()));
             m = m.plusMonths(1)) {
            pay(e, m.toString(), monthly, m.atDay(20), programme.code() + "-" + m);
        }
    }

    private Enrolment enrol(UUID person, BenefitProgramme programme, UUID child, LocalDate from, LocalDate to,
                            String evidence, LocalDate verified) {
        Enrolment e = new Enrolment(random.uuid(), 0, village.owner(), person, programme.id(), child, from, to,
                evidence, SampleEvents.REGISTRAR, verified, verified.plusYears(1), null);
        village.enrolments.add(e);
        return e;
    }

    private void pay(Enrolment e, String period, Money amount, LocalDate paid, String batch) {
        village.payments.add(new Payment(random.uuid(), 0, village.owner(), e.id(), period, amount, paid,
                random.chance(0.8) ? PaymentMethod.SOCIAL_CARD : PaymentMethod.BANK, batch, null));
    }
}
