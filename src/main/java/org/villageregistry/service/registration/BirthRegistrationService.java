package org.villageregistry.service.registration;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthOrderRule;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.NotFoundException;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;

/**
 * 生育登记: a couple registers the coming child, or a child already born (补登). The couple's joint children are
 * taken from the register with their 孩次 ({@link BirthOrderRule}); a coming child is registered as the next
 * order, a child already born with its own. Registration numbers run per office and year: 柳树村〔2026〕0001号.
 */
public final class BirthRegistrationService {
    /** A pregnancy lasts at most about 10 months; a 预产期 further away than this is a typing error. */
    static final int MAX_MONTHS_TO_DELIVERY = 10;

    private final Register register;
    private final Clock clock;

    public BirthRegistrationService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** A spouse as the register knows them, to prefill the form: address from the household, latest marriage. */
    public Spouse spouseFromRegister(UUID personId) {
        return register.transactions().read(() -> {
            Person p = register.persons().get(personId);
            String address = Optional.ofNullable(p.householdId()).flatMap(id -> register.households().find(id))
                    .map(Household::address).orElse(null);
            LocalDate married = register.marriages().byPerson(personId).stream()
                    .filter(m -> !m.isVoided() && m.kind() != MarriageKind.DIVORCE)
                    .map(Marriage::date).max(Comparator.naturalOrder()).orElse(p.firstMarriageDate());
            return new Spouse(p.id(), p.name(), p.idNumber(), p.ethnicity(), address, address, p.maritalStatus(),
                    married);
        });
    }

    /** The joint children of the couple in the register (either id may be null), oldest first, with orders. */
    public CoupleChildren jointChildren(UUID wifeId, UUID husbandId) {
        return register.transactions().read(() -> {
            List<Person> joint = joint(wifeId, husbandId);
            List<CoupleChildren.CoupleChild> listed = new ArrayList<>();
            for (Person child : joint) {
                int order = register.births().byChild(child.id()).filter(b -> b.voidReason() == null)
                        .map(Birth::birthOrder).orElse(listed.size() + 1);
                listed.add(new CoupleChildren.CoupleChild(child.id(),
                        new RegisteredChild(child.name(), child.sex(), child.birthDate(), order)));
            }
            int next = listed.stream().mapToInt(c -> c.child().order()).max().orElse(0) + 1;
            return new CoupleChildren(listed, Math.max(next, listed.size() + 1));
        });
    }

    /** The number the next registration of this office in this year gets, e.g. 柳树村〔2026〕0003号. */
    public String nextNumber(String office, int year) {
        return register.transactions().read(() -> {
            for (int seq = 1; ; seq++) {
                String number = number(office, year, seq);
                if (register.birthRegistrations().byNumber(number).isEmpty()) {
                    return number;
                }
            }
        });
    }

    /** Every problem of a registration as filled in, without saving. */
    public List<Problem> check(BirthRegistrationReport report) {
        return register.transactions().read(() -> problems(report, LocalDate.now(clock)));
    }

    /**
     * Checks and saves the registration with its children, order and a new number; refuses on any error. A child
     * already born keeps its order and is listed among the children (its order is the registered one).
     */
    public BirthRegistration register(BirthRegistrationReport report) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            List<Problem> problems = problems(report, today);
            if (problems.stream().anyMatch(Problem::isError)) {
                throw new RuleViolationException(problems);
            }
            CoupleChildren children = jointChildren(report.wife().personId(), report.husband().personId());
            int order = report.bornChild() == null ? children.nextOrder()
                    : children.find(report.bornChild()).orElseThrow().child().order();
            String office = report.office().strip();
            return register.birthRegistrations().save(new BirthRegistration(UUID.randomUUID(), 0,
                    register.workstation().division().value(), normalised(report.wife()),
                    normalised(report.husband()), children.children(), order, report.registeredOn(),
                    report.expectedDelivery(), office, nextNumber(office, report.registeredOn().getYear()), null));
        });
    }

    /**
     * The spouses picked from the register who have no 初婚日期 while the registration gives a marriage date:
     * the registrar is asked whether to fill it in ({@code PersonService.fillFirstMarriage}).
     */
    public List<FirstMarriageGap> firstMarriageGaps(BirthRegistrationReport report) {
        return register.transactions().read(() -> Stream.of(report.wife(), report.husband())
                .filter(s -> s != null && s.personId() != null && s.marriageDate() != null)
                .flatMap(s -> register.persons().find(s.personId()).stream()
                        .filter(p -> p.isActive() && p.firstMarriageDate() == null)
                        .map(p -> new FirstMarriageGap(p.id(), p.name(), s.marriageDate())))
                .toList());
    }

    /** The registrations in the register, newest first. */
    public List<BirthRegistration> list() {
        return register.transactions().read(() -> register.birthRegistrations().all());
    }

    /** A registration by its number (柳树村〔2026〕0001号) or record id. */
    public BirthRegistration find(String numberOrId) {
        String ref = numberOrId == null ? "" : numberOrId.strip();
        return register.transactions().read(() -> {
            try {
                return register.birthRegistrations().get(UUID.fromString(ref));
            } catch (IllegalArgumentException notAnId) {
                return theOne(register.birthRegistrations().matching(ref), ref);
            }
        });
    }

    /**
     * The one registration of those that fit what was typed; none: not found; several (the serial alone, in more
     * than one year): refused with their numbers, to type one whole.
     */
    public static BirthRegistration theOne(List<BirthRegistration> found, String typed) {
        if (found.isEmpty()) {
            throw new NotFoundException("report.receipt.notFound", typed);
        }
        if (found.size() > 1) {
            throw new org.villageregistry.domain.text.RegistryException("report.receipt.several", typed,
                    found.stream().map(BirthRegistration::registrationNumber)
                            .collect(java.util.stream.Collectors.joining("、")));
        }
        return found.get(0);
    }

    private List<Problem> problems(BirthRegistrationReport report, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        bornChild(report, problems);
        spouse(report.wife(), "wife", Sex.FEMALE, today, problems);
        spouse(report.husband(), "husband", Sex.MALE, today, problems);
        if (report.registeredOn() == null) {
            problems.add(Problem.error("registeredOn", "service.registration.dateMissing"));
        } else {
            Plausibility.notInFuture("registeredOn", report.registeredOn(), today).ifPresent(problems::add);
            LocalDate due = report.expectedDelivery();
            if (due != null && due.isAfter(report.registeredOn().plusMonths(MAX_MONTHS_TO_DELIVERY))) {
                problems.add(Problem.error("expectedDelivery", "service.registration.dueTooFar", due.toString()));
            }
        }
        if (report.office() == null || report.office().isBlank()) {
            problems.add(Problem.error("office", "service.registration.officeMissing"));
        }
        return problems;
    }

    /** A child already born must be the couple's joint child, has no 预产期, and is registered once. */
    private void bornChild(BirthRegistrationReport report, List<Problem> problems) {
        UUID child = report.bornChild();
        if (child == null || report.wife() == null || report.husband() == null) {
            return;
        }
        UUID wifeId = report.wife().personId();
        UUID husbandId = report.husband().personId();
        Optional<CoupleChildren.CoupleChild> chosen = wifeId == null && husbandId == null ? Optional.empty()
                : jointChildren(wifeId, husbandId).find(child);
        if (chosen.isEmpty()) {
            String name = register.persons().find(child).map(Person::name).orElse(child.toString());
            problems.add(Problem.error("bornChild", "service.registration.notTheirChild", name));
            return;
        }
        if (report.expectedDelivery() != null) {
            problems.add(Problem.error("expectedDelivery", "service.registration.dueButBorn",
                    report.expectedDelivery().toString(), chosen.get().child().name()));
        }
        int order = chosen.get().child().order();
        Stream.of(wifeId, husbandId).filter(java.util.Objects::nonNull)
                .flatMap(id -> register.birthRegistrations().byPerson(id).stream())
                .filter(r -> r.voidReason() == null && r.registeredOrder() == order)
                .findFirst().ifPresent(r -> problems.add(Problem.warning("bornChild",
                        "service.registration.alreadyRegistered", chosen.get().child().name(),
                        r.registrationNumber())));
    }

    private void spouse(Spouse s, String prefix, Sex sex, LocalDate today, List<Problem> problems) {
        if (s == null) {
            problems.add(Problem.error(prefix + ".name", "service.registration.spouseMissing"));
            return;
        }
        PersonRules.checkName(s.name()).forEach(p -> problems.add(renamed(p, prefix + ".name")));
        if (s.idNumber() == null || s.idNumber().isBlank()) {
            problems.add(Problem.error(prefix + ".idNumber", "service.registration.idMissing"));
        } else {
            IdNumber.check(s.idNumber(), sex, null, today).forEach(p -> problems.add(renamed(p, prefix + ".idNumber")));
        }
        if (s.maritalStatus() != null && !MaritalStatusRules.isMarried(s.maritalStatus())) {
            problems.add(Problem.warning(prefix + ".maritalStatus", "service.registration.notMarried",
                    s.maritalStatus().label()));
        }
        if (s.marriageDate() != null) {
            Plausibility.notInFuture(prefix + ".marriageDate", s.marriageDate(), today).ifPresent(problems::add);
        }
        if (s.personId() != null) {
            register.persons().find(s.personId()).filter(p -> !p.isActive()).ifPresent(p -> problems.add(
                    Problem.error(prefix + ".name", "service.event.personNotActive", p.name())));
        }
    }

    private List<Person> joint(UUID wifeId, UUID husbandId) {
        Set<Person> known = new LinkedHashSet<>();
        if (wifeId != null) {
            known.addAll(register.persons().childrenOf(wifeId));
        }
        if (husbandId != null) {
            known.addAll(register.persons().childrenOf(husbandId));
        }
        return known.stream()
                .filter(c -> wifeId != null ? BirthOrderRule.isJointChild(c, wifeId, husbandId)
                        : c.voidReason() == null && !c.adopted() && husbandId.equals(c.fatherId()))
                .sorted(Comparator.comparing(Person::birthDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Spouse normalised(Spouse s) {
        return new Spouse(s.personId(), s.name().strip(), IdNumber.normalise(s.idNumber()), s.ethnicity(),
                blankToNull(s.hukouAddress()), blankToNull(s.currentAddress()), s.maritalStatus(), s.marriageDate());
    }

    private static Problem renamed(Problem p, String field) {
        return new Problem(p.severity(), field, p.key(), p.args());
    }

    static String number(String office, int year, int seq) {
        return String.format("%s〔%d〕%04d号", office.strip(), year, seq);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
