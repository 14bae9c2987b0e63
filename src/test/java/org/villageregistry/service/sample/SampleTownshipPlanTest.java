package org.villageregistry.service.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/** The sample township worked out in memory: same seed same data, and data a registrar would believe. */
class SampleTownshipPlanTest {
    private static final LocalDate REFERENCE = SampleSettings.DEFAULT_REFERENCE;

    private static List<VillageRecords> plan(int villages, int persons, long seed) {
        return SampleTownshipPlan.make(new SampleSettings(Path.of("unused"), villages, persons, seed, REFERENCE));
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        List<VillageRecords> first = plan(2, 300, 42);
        List<VillageRecords> second = plan(2, 300, 42);
        List<VillageRecords> other = plan(2, 300, 43);
        for (int i = 0; i < 2; i++) {
            assertThat(List.copyOf(second.get(i).persons.values())).isEqualTo(List.copyOf(first.get(i).persons.values()));
            assertThat(second.get(i).births).isEqualTo(first.get(i).births);
            assertThat(second.get(i).moves).isEqualTo(first.get(i).moves);
            assertThat(second.get(i).payments).isEqualTo(first.get(i).payments);
            assertThat(second.get(i).visits).isEqualTo(first.get(i).visits);
            assertThat(second.get(i).registrations).isEqualTo(first.get(i).registrations);
        }
        assertThat(List.copyOf(other.get(0).persons.values())).isNotEqualTo(List.copyOf(first.get(0).persons.values()));
    }

    @Test
    void everyIdNumberIsValidAndAgreesWithBirthDateAndSexAndIsIssuedOnce() {
        VillageRecords village = plan(1, 300, 1).get(0);
        Set<String> seen = new HashSet<>();
        long adults = 0;
        for (Person p : village.persons.values()) {
            if (p.ageOn(REFERENCE) >= 16) {
                adults++;
                assertThat(p.idNumber()).as(p.name()).isNotNull();
            }
            if (p.idNumber() != null) {
                assertThat(IdNumber.check(p.idNumber(), p.sex(), p.birthDate(), REFERENCE)).as(p.idNumber()).isEmpty();
                assertThat(seen.add(p.idNumber())).as("issued once: " + p.idNumber()).isTrue();
            }
        }
        assertThat(adults).isGreaterThan(200);
        assertThat(village.persons.values()).anyMatch(p -> p.ageOn(REFERENCE) < 16 && p.idNumber() == null);
    }

    @Test
    void everyBirthHasItsMotherInTheRegisterAndItsChildEnteredOnTheBirthDay() {
        VillageRecords village = plan(1, 300, 2).get(0);
        assertThat(village.births).isNotEmpty();
        for (Birth b : village.births) {
            Person mother = village.person(b.motherId());
            Person child = village.person(b.childId());
            assertThat(mother).isNotNull();
            assertThat(mother.sex()).isEqualTo(Sex.FEMALE);
            assertThat(mother.ageOn(b.bornAt().toLocalDate())).isBetween(20, 45);
            assertThat(child.enteredOn()).isEqualTo(b.bornAt().toLocalDate());
            assertThat(child.motherId()).isEqualTo(mother.id());
            assertThat(b.birthOrder()).isBetween(1, 3);
            assertThat(b.bornAt().toLocalDate()).isBetween(REFERENCE.minusYears(3), REFERENCE.minusDays(1));
        }
    }

    @Test
    void everyVillageHoldsAFewBirthRegistrationsBeforeAndAfterTheBirthNumberedAsTheOfficeDoes() {
        for (VillageRecords village : plan(3, 800, 20261122)) {
            List<org.villageregistry.domain.registration.BirthRegistration> all = village.registrations;
            assertThat(all).hasSizeBetween(2, 5);
            assertThat(all).extracting(r -> r.registrationNumber())
                    .doesNotHaveDuplicates()
                    .allMatch(n -> n.matches(village.division.name() + "〔20\\d\\d〕\\d{4}号"));
            assertThat(all).allSatisfy(r -> {
                assertThat(r.registeredOn()).isBefore(REFERENCE);
                assertThat(village.person(r.wife().personId()).name()).isEqualTo(r.wife().name());
                if (r.expectedDelivery() != null) {
                    assertThat(r.expectedDelivery()).isAfter(r.registeredOn());
                    assertThat(r.children()).noneMatch(c -> c.order() == r.registeredOrder());
                } else {
                    assertThat(r.children()).anyMatch(c -> c.order() == r.registeredOrder());
                }
            });
            assertThat(all).anyMatch(r -> r.expectedDelivery() == null);
        }
    }

    @Test
    void transfersBetweenVillagesArePairedByPersonUuid() {
        List<VillageRecords> township = plan(3, 300, 3);
        Map<String, VillageRecords> byCode = township.stream()
                .collect(Collectors.toMap(VillageRecords::owner, v -> v));
        int transfers = 0;
        for (VillageRecords from : township) {
            for (Move out : from.moves) {
                if (!out.isTransfer()) {
                    continue;
                }
                transfers++;
                VillageRecords to = byCode.get(out.toDivision());
                assertThat(to).as("destination village " + out.toDivision()).isNotNull();
                UUID person = out.personIds().get(0);
                assertThat(to.moves).anyMatch(in -> in.kind() == MoveKind.HUKOU_IN && in.personIds().contains(person)
                        && from.owner().equals(in.fromDivision()) && in.date().equals(out.date()));
                assertThat(from.person(person).residence()).isEqualTo(ResidenceStatus.MOVED_OUT);
                assertThat(from.person(person).leftOn()).isEqualTo(out.date());
                assertThat(to.person(person).isActive()).isTrue();
                assertThat(to.person(person).enteredOn()).isEqualTo(out.date());
                assertThat(to.person(person).idNumber()).isEqualTo(from.person(person).idNumber());
            }
        }
        assertThat(transfers).isEqualTo(3 * TownshipTransfers.PER_PAIR);
    }

    @Test
    void deathsLeaveTheRegisterAndWidowTheSpouse() {
        VillageRecords village = plan(1, 800, 4).get(0);
        assertThat(village.deaths).isNotEmpty();
        for (Death d : village.deaths) {
            Person dead = village.person(d.personId());
            assertThat(dead.residence()).isEqualTo(ResidenceStatus.DEAD);
            assertThat(dead.leftOn()).isEqualTo(d.date());
        }
        for (VillageRecords.Couple c : village.couples) {
            Person husband = village.person(c.husband());
            Person wife = village.person(c.wife());
            if (husband.residence() == ResidenceStatus.DEAD && wife.isActive()) {
                assertThat(wife.maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
            }
        }
    }

    @Test
    void marriedPeopleHaveAFirstMarriageDateAtLegalAge() {
        VillageRecords village = plan(1, 800, 5).get(0);
        List<Person> married = village.persons.values().stream()
                .filter(p -> p.maritalStatus() != null && p.maritalStatus() != MaritalStatus.UNMARRIED).toList();
        assertThat(married).hasSizeGreaterThan(200);
        for (Person p : married) {
            assertThat(p.firstMarriageDate()).as(p.name()).isNotNull();
            assertThat(p.ageOn(p.firstMarriageDate())).as(p.name()).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void everyoneAged15OrMoreHasAMaritalStatusSoTheRecordsAreComplete() {
        VillageRecords village = plan(1, 800, 7).get(0);
        assertThat(village.persons.values()).filteredOn(p -> p.ageOn(REFERENCE) >= 15)
                .allSatisfy(p -> assertThat(p.maritalStatus()).as(p.name()).isNotNull());
    }

    @Test
    void householdsAndAgesLookLikeARuralVillage() {
        VillageRecords village = plan(1, 2000, 6).get(0);
        List<Person> living = village.persons.values().stream().filter(Person::isActive).toList();
        double perHousehold = (double) living.size() / village.households.values().stream()
                .filter(h -> h.closedOn() == null).count();
        long aged60 = living.stream().filter(p -> p.ageOn(REFERENCE) >= 60).count();
        long children = living.stream().filter(p -> p.ageOn(REFERENCE) < 15).count();
        long han = living.stream().filter(p -> p.ethnicity() == org.villageregistry.domain.person.Ethnicity.HAN).count();
        assertThat(perHousehold).isBetween(2.6, 4.2);
        assertThat((double) aged60 / living.size()).isBetween(0.15, 0.35);
        assertThat((double) children / living.size()).isBetween(0.08, 0.25);
        assertThat((double) han / living.size()).isBetween(0.85, 0.995);
    }

    @Test
    void sexRatioAtBirthIsNearNatureOverALargeTownshipWithOrdersOneToThreeAndSomeTwins() {
        List<Birth> births = plan(20, 3000, SampleSettings.DEFAULT_SEED).stream()
                .flatMap(v -> v.births.stream()).toList();
        long boys = births.stream().filter(b -> b.sex() == Sex.MALE).count();
        long girls = births.size() - boys;
        assertThat(births).hasSizeGreaterThan(1000);
        assertThat(100.0 * boys / girls).isBetween(104.0, 116.0);
        assertThat(births).allMatch(b -> b.birthOrder() >= 1 && b.birthOrder() <= 3);
        Map<Integer, Long> byOrder = births.stream().collect(Collectors.groupingBy(Birth::birthOrder,
                Collectors.counting()));
        assertThat(byOrder.get(1)).isGreaterThan(byOrder.get(2));
        assertThat(byOrder.get(2)).isGreaterThan(byOrder.get(3));
        long twinBirths = births.stream().collect(Collectors.groupingBy(b -> b.motherId() + "@" + b.bornAt()
                .toLocalDate(), Collectors.counting())).values().stream().filter(n -> n == 2).count();
        assertThat((double) twinBirths / births.size()).isBetween(0.002, 0.03);
    }
}
