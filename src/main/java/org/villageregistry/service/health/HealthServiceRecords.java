package org.villageregistry.service.health;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;
import org.villageregistry.service.AuditService;

/**
 * 孕情与服务随访: current pregnancies, service visits and the follow-ups due. Health data is sensitive: lists
 * carry only names, kinds and days; opening a pregnancy or a visit writes a HEALTH_RECORD_VIEW audit entry.
 */
public final class HealthServiceRecords {
    /** 预产期 = 末次月经 + 280 days. */
    public static final int PREGNANCY_DAYS = org.villageregistry.domain.health.ServiceCoverageRules.PREGNANCY_DAYS;
    /** A last menstrual period longer ago than this is refused as a typing error. */
    static final int MAX_LMP_DAYS_AGO = 300;
    /** Follow-ups due within this many days are listed as due. */
    public static final int DUE_DAYS_AHEAD = 30;

    private final Register register;
    private final java.time.Clock clock;
    private final AuditService audit;

    public HealthServiceRecords(Register register, java.time.Clock clock, AuditService audit) {
        this.register = register;
        this.clock = clock;
        this.audit = audit;
    }

    public static LocalDate expectedDelivery(LocalDate lastMenstrualPeriod) {
        return lastMenstrualPeriod.plusDays(PREGNANCY_DAYS);
    }

    /** Current pregnancies: the woman only. */
    public List<HealthListEntry> currentPregnancies() {
        return register.transactions().read(() -> {
            Map<UUID, String> numbers = new HashMap<>();
            return register.pregnancies().current().stream().filter(Pregnancy::isCurrent)
                    .map(p -> entry(p.id(), p.womanId(), null, null, numbers))
                    .sorted(Comparator.comparing(HealthListEntry::name))
                    .toList();
        });
    }

    /** Visits made in the last {@code days} days, newest first. */
    public List<HealthListEntry> recentVisits(int days) {
        LocalDate today = LocalDate.now(clock);
        return register.transactions().read(() -> {
            Map<UUID, String> numbers = new HashMap<>();
            return register.visits().between(today.minusDays(days), today).stream()
                    .filter(v -> v.voidReason() == null)
                    .sorted(Comparator.comparing(ServiceVisit::date).reversed())
                    .map(v -> entry(v.id(), v.personId(), v.type(), v.date(), numbers))
                    .toList();
        });
    }

    /** Follow-ups whose next visit fell due before today (day = the due day), oldest first. */
    public List<HealthListEntry> overdue() {
        LocalDate today = LocalDate.now(clock);
        return dueBetween(null, today.minusDays(1));
    }

    /** Follow-ups falling due from today to {@link #DUE_DAYS_AHEAD} days ahead, soonest first. */
    public List<HealthListEntry> dueSoon() {
        LocalDate today = LocalDate.now(clock);
        return dueBetween(today, today.plusDays(DUE_DAYS_AHEAD));
    }

    private List<HealthListEntry> dueBetween(LocalDate from, LocalDate to) {
        return register.transactions().read(() -> {
            Map<UUID, String> numbers = new HashMap<>();
            return register.visits().dueBy(to).stream()
                    .filter(v -> v.voidReason() == null && v.nextDue() != null)
                    .filter(v -> from == null || !v.nextDue().isBefore(from))
                    .sorted(Comparator.comparing(ServiceVisit::nextDue))
                    .map(v -> entry(v.id(), v.personId(), v.type(), v.nextDue(), numbers))
                    .toList();
        });
    }

    /** Opens a pregnancy record; the opening is written to the audit log first. */
    public OpenedPregnancy openPregnancy(UUID pregnancyId) {
        Permissions.require(register, Permission.VIEW_PROTECTED);
        return register.transactions().write(() -> {
            Pregnancy pregnancy = register.pregnancies().get(pregnancyId);
            audit.healthRecordViewed(EntityType.PREGNANCY, pregnancyId);
            List<ServiceVisit> visits = register.visits().byPerson(pregnancy.womanId()).stream()
                    .filter(v -> v.voidReason() == null && pregnancyId.equals(v.pregnancyId()))
                    .sorted(Comparator.comparing(ServiceVisit::date))
                    .toList();
            return new OpenedPregnancy(pregnancy, name(pregnancy.womanId()), visits);
        });
    }

    /** Opens a service visit; the opening is written to the audit log first. */
    public OpenedVisit openVisit(UUID visitId) {
        Permissions.require(register, Permission.VIEW_PROTECTED);
        return register.transactions().write(() -> {
            ServiceVisit visit = register.visits().get(visitId);
            audit.healthRecordViewed(EntityType.SERVICE_VISIT, visitId);
            return new OpenedVisit(visit, name(visit.personId()));
        });
    }

    /** Records a current pregnancy from the last menstrual period; the expected delivery is LMP + 280 days. */
    public Pregnancy recordPregnancy(UUID womanId, LocalDate lastMenstrualPeriod) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            List<Problem> problems = new ArrayList<>();
            Person woman = womanId == null ? null : register.persons().find(womanId).orElse(null);
            if (woman == null) {
                problems.add(Problem.error("woman", "health.error.noWoman"));
            } else if (woman.sex() != Sex.FEMALE || !woman.isActive()) {
                problems.add(Problem.error("woman", "health.error.notActiveWoman", woman.name()));
            } else if (register.pregnancies().byWoman(womanId).stream().anyMatch(Pregnancy::isCurrent)) {
                problems.add(Problem.error("woman", "health.error.alreadyPregnant", woman.name()));
            }
            if (lastMenstrualPeriod == null) {
                problems.add(Problem.error("lmp", "health.error.noLmp"));
            } else if (lastMenstrualPeriod.isAfter(today)) {
                problems.add(Problem.error("lmp", "rule.date.future", lastMenstrualPeriod.toString()));
            } else if (lastMenstrualPeriod.isBefore(today.minusDays(MAX_LMP_DAYS_AGO))) {
                problems.add(Problem.error("lmp", "health.error.lmpTooOld", lastMenstrualPeriod.toString(),
                        MAX_LMP_DAYS_AGO));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return register.pregnancies().save(new Pregnancy(UUID.randomUUID(), 0, woman.owner(), womanId,
                    lastMenstrualPeriod, expectedDelivery(lastMenstrualPeriod), null, null, null));
        });
    }

    /** Records a service visit: type and day are required, the next due day must come after the visit. */
    public ServiceVisit recordVisit(NewVisit v) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            List<Problem> problems = new ArrayList<>();
            Person person = v.personId() == null ? null : register.persons().find(v.personId()).orElse(null);
            if (person == null) {
                problems.add(Problem.error("person", "health.error.noPerson"));
            }
            if (v.type() == null) {
                problems.add(Problem.error("type", "health.error.noType"));
            }
            if (v.date() == null) {
                problems.add(Problem.error("date", "health.error.noDate"));
            } else if (v.date().isAfter(today)) {
                problems.add(Problem.error("date", "rule.date.future", v.date().toString()));
            }
            if (v.nextDue() != null && v.date() != null && !v.nextDue().isAfter(v.date())) {
                problems.add(Problem.error("nextDue", "health.error.nextDueBeforeVisit", v.nextDue().toString(),
                        v.date().toString()));
            }
            if (v.pregnancyId() != null && person != null && register.pregnancies().find(v.pregnancyId())
                    .filter(p -> p.womanId().equals(person.id())).isEmpty()) {
                problems.add(Problem.error("pregnancy", "health.error.pregnancyOfOther", person.name()));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return register.visits().save(new ServiceVisit(UUID.randomUUID(), 0, person.owner(), person.id(),
                    v.pregnancyId(), v.date(), v.type(), blankToNull(v.provider()), blankToNull(v.findings()),
                    v.result(), v.nextDue(), null));
        });
    }

    private HealthListEntry entry(UUID recordId, UUID personId, org.villageregistry.domain.health.VisitType type,
                                  LocalDate day, Map<UUID, String> numbers) {
        Person p = register.persons().find(personId).orElse(null);
        String number = p == null || p.householdId() == null ? "" : numbers.computeIfAbsent(p.householdId(),
                id -> register.households().find(id).map(Household::number).orElse(""));
        return new HealthListEntry(recordId, personId, p == null ? "—" : p.name(), number, type, day);
    }

    private String name(UUID personId) {
        return register.persons().find(personId).map(Person::name).orElse("—");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
