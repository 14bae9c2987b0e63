package org.villageregistry.service.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ReproductiveAgeRoster;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;

/**
 * 育龄妇女名册: the women aged 15–49 in the register on a reference day (domain {@link ReproductiveAgeRoster}),
 * each with what the registrar follows up: married, pregnant now, due for a women's health check, living away.
 */
public final class RosterService {
    /** A women's health check counts as current for this many months unless the registrar chooses otherwise. */
    public static final int DEFAULT_CHECK_MONTHS = 12;

    private final Register register;

    public RosterService(Register register) {
        this.register = register;
    }

    public Roster roster(LocalDate day, int checkMonths) {
        if (day == null) {
            throw new RegistryException("roster.error.noDate");
        }
        if (checkMonths < 1 || checkMonths > 120) {
            throw new RegistryException("roster.error.months", checkMonths);
        }
        return register.transactions().read(() -> {
            // who is on the roster is decided by fields the persons' facts hold (sex, birth date, entry, leaving,
            // residence); only those women are read whole
            List<UUID> onRoster = new ArrayList<>();
            register.persons().forEachCounted(p -> {
                if (ReproductiveAgeRoster.isOfReproductiveAge(p, day)) {
                    onRoster.add(p.id());
                }
            });
            ReproductiveAgeRoster roster = ReproductiveAgeRoster.on(day, register.persons().withIds(onRoster));
            // keyed by village and person: at a township, a woman's records from a village she left are that
            // village's history, not her new village's
            Set<String> pregnant = new HashSet<>();
            for (Pregnancy p : register.pregnancies().current()) {
                if (p.isCurrent() && p.lastMenstrualPeriod() != null && !p.lastMenstrualPeriod().isAfter(day)) {
                    pregnant.add(p.owner() + "|" + p.womanId());
                }
            }
            Map<String, LocalDate> lastCheck = new HashMap<>();
            for (ServiceVisit v : register.visits().between(LocalDate.of(1900, 1, 1), day)) {
                if (v.voidReason() == null && v.type() == VisitType.WOMEN_HEALTH_CHECK) {
                    lastCheck.merge(v.owner() + "|" + v.personId(), v.date(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            LocalDate currentFrom = day.minusMonths(checkMonths);
            Map<UUID, String> numbers = new HashMap<>();
            List<RosterWoman> women = new ArrayList<>();
            for (Person w : roster.women()) {
                LocalDate checked = lastCheck.get(w.owner() + "|" + w.id());
                boolean due = checked == null || !checked.isAfter(currentFrom);
                women.add(new RosterWoman(w, householdNumber(w.householdId(), numbers), w.ageOn(day),
                        MaritalStatusRules.isMarried(w.maritalStatus()), pregnant.contains(w.owner() + "|" + w.id()), checked, due,
                        w.residence() == ResidenceStatus.AWAY));
            }
            return new Roster(day, checkMonths, women);
        });
    }

    private String householdNumber(UUID householdId, Map<UUID, String> cache) {
        if (householdId == null) {
            return "";
        }
        return cache.computeIfAbsent(householdId,
                id -> register.households().find(id).map(Household::number).orElse(""));
    }
}
