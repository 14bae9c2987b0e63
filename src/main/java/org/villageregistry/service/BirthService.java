package org.villageregistry.service;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthOrderRule;
import org.villageregistry.domain.event.BirthOrderRule.NewBirth;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.EventState;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;

/**
 * Records a live birth: each child becomes a person of the mother's household with the birth order (孩次) of
 * {@link BirthOrderRule}, linked to mother and father. Plausibility errors refuse the whole delivery; an unusual
 * mother's age is accepted once the registrar confirms it.
 */
public final class BirthService {
    private final Register register;
    private final Clock clock;

    public BirthService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    public RecordedBirth record(BirthReport report, boolean confirmed) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (report.children().isEmpty()) {
            throw new RegistryException("service.birth.noChild");
        }
        return register.transactions().write(() -> {
            Delivery delivery = assess(report, confirmed);
            PersonChecks.refuseErrors(delivery.problems());
            List<Person> savedChildren = delivery.children().stream().map(ch -> register.persons().save(ch)).toList();
            List<Birth> savedBirths = delivery.births().stream().map(b -> register.births().save(b)).toList();
            if (report.motherId() != null && report.bornAt() != null) {
                PregnancyOutcomes.endedByBirth(register, report.motherId(), report.bornAt().toLocalDate());
            }
            return new RecordedBirth(savedBirths, savedChildren, delivery.problems());
        });
    }

    /**
     * Every problem {@link #record} would find, without saving anything: a form shows them before the registrar
     * confirms the warnings. {@code confirmed} has the same meaning as in {@code record}.
     */
    public List<Problem> check(BirthReport report, boolean confirmed) {
        if (report.children().isEmpty()) {
            throw new RegistryException("service.birth.noChild");
        }
        return register.transactions().read(() -> assess(report, confirmed).problems());
    }

    /**
     * The father the birth form suggests once the mother is chosen: her husband by her last marriage, divorce or
     * remarriage in the register (not voided), when that was a marriage or remarriage to a man of the register who
     * is in it now. Empty for a woman unmarried, divorced, widowed by a death recorded since, or married to someone
     * from outside.
     */
    public Optional<Person> likelyFather(UUID motherId) {
        return register.transactions().read(() -> register.marriages().byPerson(motherId).stream()
                .filter(m -> !m.isVoided() && motherId.equals(m.wifeId()) && m.date() != null)
                .max(java.util.Comparator.comparing(org.villageregistry.domain.event.Marriage::date))
                .filter(m -> m.kind() != org.villageregistry.domain.event.MarriageKind.DIVORCE && m.husbandId() != null)
                .flatMap(m -> register.persons().find(m.husbandId()))
                .filter(p -> p.isActive() && p.sex() == org.villageregistry.domain.person.Sex.MALE));
    }

    /**
     * The 孩次 each child of a delivery would get, in the order given: what the form shows before saving.
     * {@code bornAt} holds one time of birth per child.
     */
    public List<Integer> previewOrders(UUID motherId, UUID fatherId, List<LocalDateTime> bornAt) {
        return register.transactions().read(() -> {
            List<NewBirth> delivery = new ArrayList<>();
            for (int i = 0; i < bornAt.size(); i++) {
                delivery.add(new NewBirth(bornAt.get(i), i));
            }
            return BirthOrderRule.orders(motherId, fatherId, knownChildren(motherId, fatherId), delivery);
        });
    }

    private record Delivery(List<Person> children, List<Birth> births, List<Problem> problems) {
    }

    private Delivery assess(BirthReport report, boolean confirmed) {
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        Person mother = register.persons().get(report.motherId());
        if (mother.sex() != Sex.FEMALE) {
            problems.add(Problem.error("motherId", "service.birth.motherNotWoman", mother.name()));
        }
        if (!mother.isActive()) {
            problems.add(Problem.error("motherId", "service.event.personNotActive", mother.name()));
        }
        Person father = report.fatherId() == null ? null : register.persons().get(report.fatherId());
        if (father != null && father.sex() != Sex.MALE) {
            problems.add(Problem.error("fatherId", "service.birth.fatherNotMan", father.name()));
        }
        List<NewBirth> delivery = new ArrayList<>();
        for (int i = 0; i < report.children().size(); i++) {
            delivery.add(new NewBirth(bornAt(report, report.children().get(i)), i));
        }
        List<Integer> orders = BirthOrderRule.orders(mother.id(), report.fatherId(),
                knownChildren(mother.id(), report.fatherId()), delivery);
        if (report.fatherId() == null) {
            // 孩次 counts the couple's children: without a father only hers whose father is not known either
            List<Person> withFather = register.persons().childrenOf(mother.id()).stream()
                    .filter(c -> !c.isVoided() && mother.id().equals(c.motherId()) && c.fatherId() != null).toList();
            if (!withFather.isEmpty() && !orders.isEmpty()) {
                String fathers = fatherNames(withFather.stream().map(Person::fatherId).distinct().toList());
                problems.add(Problem.warning("fatherId", "service.birth.fatherBlank", mother.name(),
                        withFather.stream().map(Person::name).collect(java.util.stream.Collectors.joining("、")),
                        fathers, orders.get(0)));
            }
        }
        List<Birth> earlier = register.births().byMother(mother.id());
        List<Person> children = new ArrayList<>();
        List<Birth> births = new ArrayList<>();
        for (int i = 0; i < report.children().size(); i++) {
            BirthReport.NewChild c = report.children().get(i);
            Person child = child(c, delivery.get(i).bornAt(), mother, report.fatherId());
            Birth birth = new Birth(UUID.randomUUID(), 0, owner(), child.id(), mother.id(), report.fatherId(),
                    delivery.get(i).bornAt(), c.sex(), orders.get(i), report.place(), c.weightGrams(),
                    report.gestationWeeks(), blankToNull(c.certificateNumber()), blankToNull(c.healthStatus()),
                    new Recorded(today, register.user().name(),
                            report.source() == null ? EventSource.SELF_REPORT : report.source(),
                            EventState.CONFIRMED), null);
            problems.addAll(PersonRules.validate(child, today));
            problems.addAll(Plausibility.birth(birth, mother, earlier, confirmed, today));
            children.add(child);
            births.add(birth);
        }
        return new Delivery(children, births, problems);
    }

    private Set<Person> knownChildren(UUID motherId, UUID fatherId) {
        Set<Person> known = new LinkedHashSet<>(register.persons().childrenOf(motherId));
        if (fatherId != null) {
            known.addAll(register.persons().childrenOf(fatherId));
        }
        return known;
    }

    private Person child(BirthReport.NewChild c, LocalDateTime bornAt, Person mother, UUID fatherId) {
        return Person.builder().owner(owner()).name(c.name() == null ? null : c.name().strip()).sex(c.sex())
                .birthDate(bornAt.toLocalDate()).ethnicity(mother.ethnicity()).hukouType(mother.hukouType())
                .residence(ResidenceStatus.RESIDENT).maritalStatus(MaritalStatus.UNMARRIED)
                .householdId(mother.householdId())
                .relation(mother.householdId() == null ? null : relationOfChild(mother.relation(), c.sex()))
                .motherId(mother.id()).fatherId(fatherId).enteredOn(bornAt.toLocalDate()).build();
    }

    /**
     * A child of the head or the head's spouse is a son or daughter; of a daughter-in-law (or son) a 孙子女, of a
     * daughter a 外孙子女 (GB/T 4761).
     */
    static RelationToHead relationOfChild(RelationToHead mothersRelation, Sex sex) {
        if (mothersRelation == RelationToHead.HEAD || mothersRelation == RelationToHead.SPOUSE) {
            return sex == Sex.MALE ? RelationToHead.SON : RelationToHead.DAUGHTER;
        }
        if (mothersRelation == RelationToHead.SON || mothersRelation == RelationToHead.DAUGHTER_IN_LAW) {
            return RelationToHead.GRANDCHILD;
        }
        if (mothersRelation == RelationToHead.DAUGHTER) {
            return RelationToHead.DAUGHTERS_CHILD;
        }
        return RelationToHead.OTHER;
    }

    private static LocalDateTime bornAt(BirthReport report, BirthReport.NewChild child) {
        LocalDateTime at = child.bornAt() != null ? child.bornAt() : report.bornAt();
        if (at == null) {
            throw new RegistryException("service.birth.timeMissing");
        }
        return at;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String owner() {
        return register.workstation().division().value();
    }

    /**
     * The fathers' names for a warning, in the order given; two fathers of the same name are told apart by their
     * 户号 ("王伟（户号 0103）、王伟（户号 0207）"), so the registrar knows which one is meant.
     */
    private String fatherNames(List<UUID> fatherIds) {
        List<Person> fathers = fatherIds.stream().map(id -> register.persons().find(id).orElse(null)).toList();
        java.util.Map<String, Long> named = fathers.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(Person::name, java.util.stream.Collectors.counting()));
        return fathers.stream().map(f -> {
            if (f == null) {
                return "?";
            }
            if (named.get(f.name()) < 2 || f.householdId() == null) {
                return f.name();
            }
            return register.households().find(f.householdId())
                    .map(h -> Messages.get("service.birth.fatherOfHousehold", f.name(), h.number())).orElse(f.name());
        }).collect(java.util.stream.Collectors.joining("、"));
    }
}
