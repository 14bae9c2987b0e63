package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.service.sample.VillageRecords.Couple;

/**
 * A few 生育登记 per village, as an office keeps them: couples of current pregnancies registered before the birth
 * (with 预产期), and couples of recent births registered afterwards (补登, with that child's order). Numbers run
 * per year in the order of registration: 柳树村〔2026〕0001号.
 */
final class VillageBirthRegistrations {
    static final int BEFORE_BIRTH = 3;
    static final int AFTER_BIRTH = 2;
    /** A registration after the birth comes within this many days of it (the sample's recent births). */
    private static final int LATE_DAYS = 60;

    private final VillageRecords village;
    private final SampleRandom random;
    private final SampleCalendar calendar;

    VillageBirthRegistrations(VillageRecords village, SampleRandom random, SampleCalendar calendar) {
        this.village = village;
        this.random = random;
        this.calendar = calendar;
    }

    void registrations() {
        Map<UUID, Couple> byWife = new HashMap<>();
        village.couples.forEach(c -> byWife.putIfAbsent(c.wife(), c));
        Map<UUID, List<Person>> byMother = village.childrenByMother();
        List<Draft> drafts = new ArrayList<>();
        beforeBirth(byWife, byMother, drafts);
        afterBirth(byWife, byMother, drafts);
        drafts.sort(Comparator.comparing(Draft::registeredOn));
        Map<Integer, Integer> sequence = new HashMap<>();
        for (Draft d : drafts) {
            int year = d.registeredOn().getYear();
            int seq = sequence.merge(year, 1, Integer::sum);
            String office = village.division.name();
            Couple c = d.couple();
            village.registrations.add(new BirthRegistration(random.uuid(), 0, village.owner(),
                    spouse(c.wife(), c.married()), spouse(c.husband(), c.married()), d.children(), d.order(),
                    d.registeredOn(), d.expectedDelivery(), office,
                    String.format("%s〔%d〕%04d号", office, year, seq), null));
        }
    }

    /** Current pregnancies of couples, registered some weeks after the last menstrual period. */
    private void beforeBirth(Map<UUID, Couple> byWife, Map<UUID, List<Person>> byMother, List<Draft> drafts) {
        LocalDate last = calendar.lastEventDay();
        village.pregnancies.stream().filter(p -> p.outcome() == null && byWife.containsKey(p.womanId()))
                .filter(p -> village.person(p.womanId()).isActive())
                .sorted(Comparator.comparing(Pregnancy::expectedDelivery)).limit(BEFORE_BIRTH).forEach(p -> {
                    Couple c = byWife.get(p.womanId());
                    LocalDate on = random.day(min(p.lastMenstrualPeriod().plusWeeks(8), last), last);
                    List<RegisteredChild> children = children(c, byMother, on);
                    drafts.add(new Draft(c, children, nextOrder(children), on, p.expectedDelivery()));
                });
    }

    /** The latest births to couples, registered within two months after the birth. */
    private void afterBirth(Map<UUID, Couple> byWife, Map<UUID, List<Person>> byMother, List<Draft> drafts) {
        LocalDate last = calendar.lastEventDay();
        village.births.stream().filter(b -> b.fatherId() != null && byWife.containsKey(b.motherId()))
                .filter(b -> b.fatherId().equals(byWife.get(b.motherId()).husband()))
                .filter(b -> drafts.stream().noneMatch(d -> d.couple().wife().equals(b.motherId())))
                .sorted(Comparator.comparing(Birth::bornAt).reversed()).limit(AFTER_BIRTH).forEach(b -> {
                    Couple c = byWife.get(b.motherId());
                    LocalDate born = b.bornAt().toLocalDate();
                    LocalDate on = random.day(born.plusDays(3), min(born.plusDays(LATE_DAYS), last));
                    drafts.add(new Draft(c, children(c, byMother, on), b.birthOrder(), on, null));
                });
    }

    /** The couple's joint children born by a day, each with its order from its birth record or its place. */
    private List<RegisteredChild> children(Couple c, Map<UUID, List<Person>> byMother, LocalDate by) {
        List<RegisteredChild> listed = new ArrayList<>();
        for (Person child : VillageRecords.jointChildren(c, byMother)) {
            if (!child.birthDate().isAfter(by)) {
                int order = birth(child.id()).map(Birth::birthOrder).orElse(listed.size() + 1);
                listed.add(new RegisteredChild(child.name(), child.sex(), child.birthDate(), order));
            }
        }
        return listed;
    }

    private Optional<Birth> birth(UUID child) {
        return village.births.stream().filter(b -> b.childId().equals(child)).findFirst();
    }

    private static int nextOrder(List<RegisteredChild> children) {
        return Math.max(children.size(), children.stream().mapToInt(RegisteredChild::order).max().orElse(0)) + 1;
    }

    private Spouse spouse(UUID id, LocalDate married) {
        Person p = village.person(id);
        String address = Optional.ofNullable(p.householdId()).map(village.households::get)
                .map(Household::address).orElse(null);
        return new Spouse(p.id(), p.name(), p.idNumber(), p.ethnicity(), address, address, p.maritalStatus(),
                married);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Draft(Couple couple, List<RegisteredChild> children, int order, LocalDate registeredOn,
                         LocalDate expectedDelivery) {
    }
}
