package org.villageregistry.domain.health;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.villageregistry.domain.indicator.Indicators;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.ReproductiveAgeRoster;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/**
 * Who was due which service in a period and who had it (voided records never count; a visit recorded from where a
 * woman lives counts as one made here):
 * <ul>
 * <li><b>Health check</b>: a woman is due in the period when a health check set its next-due day within the
 * period; she had it when a later health check is recorded on or before the period's last day (a check made a
 * little early, before the due day, counts).</li>
 * <li><b>Pregnancy follow-up</b>: a pregnancy is in the period from its expected delivery − 280 days until its
 * outcome day, or while no outcome is recorded until {@value #PUERPERIUM_DAYS} days after the expected delivery;
 * it is followed up when at least one follow-up of that pregnancy is recorded on or before the period's end.</li>
 * <li><b>Postnatal visit</b>: each delivery in the period (a mother and a birth day: twins are one delivery)
 * wants a postnatal visit to the mother within {@value #POSTNATAL_DAYS} days of the birth (the birth day to
 * seven days after).</li>
 * </ul>
 * Each is counted again for the married women 15–49 (on the period's last day) who are 户籍在村但流出
 * ({@link #isMarriedWomanAway}).
 */
public final class ServiceCoverageRules {
    /** 预产期 = 末次月经 + 280 days. */
    public static final int PREGNANCY_DAYS = 280;
    public static final int POSTNATAL_DAYS = 7;
    public static final int PUERPERIUM_DAYS = 42;

    /** A mother's delivery: the day she gave birth. */
    public record Delivery(UUID motherId, LocalDate day) {
    }

    private ServiceCoverageRules() {
    }

    /** The married women 15–49 on the day who are registered here but live elsewhere. */
    public static boolean isMarriedWomanAway(Sex sex, ResidenceStatus residence, MaritalStatus marital,
                                             LocalDate birthDate, LocalDate day) {
        if (sex != Sex.FEMALE || residence != ResidenceStatus.AWAY || !MaritalStatusRules.isMarried(marital)
                || birthDate == null || birthDate.isAfter(day)) {
            return false;
        }
        int age = java.time.Period.between(birthDate, day).getYears();
        return age >= ReproductiveAgeRoster.MIN_AGE && age <= ReproductiveAgeRoster.MAX_AGE;
    }

    public static ServiceCoverage count(Period period, Collection<ServiceVisit> visits,
                                        Collection<Pregnancy> pregnancies, Collection<Delivery> deliveries,
                                        Predicate<UUID> marriedWomanAway) {
        List<ServiceVisit> valid = visits.stream().filter(v -> v.voidReason() == null && v.date() != null).toList();
        Set<UUID> checksDue = new HashSet<>();
        Set<UUID> checksDone = new HashSet<>();
        Map<UUID, List<ServiceVisit>> checks = valid.stream().filter(v -> v.type() == VisitType.WOMEN_HEALTH_CHECK)
                .collect(Collectors.groupingBy(ServiceVisit::personId));
        checks.forEach((woman, hers) -> {
            for (ServiceVisit setting : hers) {
                if (setting.nextDue() != null && period.contains(setting.nextDue())) {
                    checksDue.add(woman);
                    if (hers.stream().anyMatch(c -> c.date().isAfter(setting.date())
                            && !c.date().isAfter(period.to()))) {
                        checksDone.add(woman);
                    }
                }
            }
        });
        Set<UUID> followedUp = valid.stream().filter(v -> v.type() == VisitType.PREGNANCY_FOLLOW_UP
                && v.pregnancyId() != null && !v.date().isAfter(period.to()))
                .map(ServiceVisit::pregnancyId).collect(Collectors.toSet());
        List<Pregnancy> current = pregnancies.stream().filter(p -> inPeriod(p, period)).toList();
        List<Delivery> delivered = deliveries.stream().filter(d -> d.motherId() != null && period.contains(d.day()))
                .distinct().toList();
        Map<UUID, List<LocalDate>> postnatal = valid.stream().filter(v -> v.type() == VisitType.POSTNATAL
                && v.personId() != null).collect(Collectors.groupingBy(ServiceVisit::personId,
                        Collectors.mapping(ServiceVisit::date, Collectors.toList())));
        Predicate<Delivery> visited = d -> postnatal.getOrDefault(d.motherId(), List.of()).stream()
                .anyMatch(day -> !day.isBefore(d.day()) && !day.isAfter(d.day().plusDays(POSTNATAL_DAYS)));
        return new ServiceCoverage(
                share(checksDone.size(), checksDue.size()),
                share(current.stream().filter(p -> followedUp.contains(p.id())).count(), current.size()),
                share(delivered.stream().filter(visited).count(), delivered.size()),
                share(checksDone.stream().filter(marriedWomanAway).count(),
                        checksDue.stream().filter(marriedWomanAway).count()),
                share(current.stream().filter(p -> marriedWomanAway.test(p.womanId()) && followedUp.contains(p.id()))
                        .count(), current.stream().filter(p -> marriedWomanAway.test(p.womanId())).count()),
                share(delivered.stream().filter(d -> marriedWomanAway.test(d.motherId())).filter(visited).count(),
                        delivered.stream().filter(d -> marriedWomanAway.test(d.motherId())).count()));
    }

    /** Whether a pregnancy was current at some time in the period. */
    public static boolean inPeriod(Pregnancy p, Period period) {
        if (p.voidReason() != null || p.expectedDelivery() == null) {
            return false;
        }
        LocalDate start = p.expectedDelivery().minusDays(PREGNANCY_DAYS);
        LocalDate end = p.outcomeDate() != null ? p.outcomeDate() : p.expectedDelivery().plusDays(PUERPERIUM_DAYS);
        return !start.isAfter(period.to()) && !end.isBefore(period.from());
    }

    private static Share share(long served, long due) {
        return Indicators.serviceCoverage(served, due);
    }
}
