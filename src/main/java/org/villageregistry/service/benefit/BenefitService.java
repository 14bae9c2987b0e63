package org.villageregistry.service.benefit;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitEligibility;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.ChildcareSubsidy;
import org.villageregistry.domain.benefit.Eligibility;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;

/**
 * 奖励扶助与补贴: the programmes, who is eligible but not enrolled (with the reason from
 * {@link BenefitEligibility}), enrolment with evidence confirmed by the registrar, and the annual
 * re-verification of enrolments.
 */
public final class BenefitService {
    private final Register register;
    private final Clock clock;

    public BenefitService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    public List<BenefitProgramme> programmes() {
        return register.transactions().read(() -> register.programmes().all().stream()
                .filter(p -> p.voidReason() == null).sorted(Comparator.comparing(BenefitProgramme::code)).toList());
    }

    /** Everyone eligible today for a programme and not enrolled in it; for 育儿补贴 one row per child. */
    public List<Candidate> eligibleNotEnrolled() {
        LocalDate today = LocalDate.now(clock);
        return register.transactions().read(() -> {
            List<Person> everyone = new ArrayList<>();
            register.persons().forEach(p -> {
                if (p.voidReason() == null) {
                    everyone.add(p);
                }
            });
            Map<UUID, Person> byId = new HashMap<>();
            Map<UUID, List<Person>> children = new HashMap<>();
            Map<UUID, List<Person>> members = new HashMap<>();
            for (Person p : everyone) {
                byId.put(p.id(), p);
                for (UUID parent : new UUID[] {p.motherId(), p.fatherId()}) {
                    if (parent != null) {
                        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
                    }
                }
                if (p.householdId() != null && p.isActive()) {
                    members.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p);
                }
            }
            List<Candidate> found = new ArrayList<>();
            for (BenefitProgramme programme : programmes()) {
                Set<UUID> enrolled = new HashSet<>();
                for (Enrolment e : register.enrolments().byProgramme(programme.id())) {
                    if (isOpen(e, today) && java.util.Objects.equals(e.owner(), programme.owner())) {
                        enrolled.add(programme.kind() == ProgrammeKind.CHILDCARE_SUBSIDY && e.childId() != null
                                ? e.childId() : e.personId());
                    }
                }
                for (Person p : everyone) {
                    // a township holds every village's programme: a person is assessed for their own village's
                    if (!p.isActive() || p.birthDate() == null || enrolled.contains(p.id())
                            || !java.util.Objects.equals(p.owner(), programme.owner())) {
                        continue;
                    }
                    if (programme.kind() == ProgrammeKind.CHILDCARE_SUBSIDY) {
                        Eligibility e = ChildcareSubsidy.forChild(p, programme, today);
                        if (e.eligible()) {
                            found.add(new Candidate(programme, applicantFor(p, byId), p, e.message(),
                                    ChildcareSubsidy.entitlement(p, programme).amount()));
                        }
                    } else {
                        Eligibility e = BenefitEligibility.assess(programme, p,
                                children.getOrDefault(p.id(), List.of()), spouse(p, members), today);
                        if (e.eligible()) {
                            found.add(new Candidate(programme, p, null, e.message(), null));
                        }
                    }
                }
            }
            return found;
        });
    }

    /**
     * Enrols a person after the registrar checked the evidence (e.g. "出生医学证明 O41…"); the registrar's
     * confirmation is what enrols, the computed eligibility only suggests. Re-verification falls due in a year.
     */
    public Enrolment enrol(UUID personId, UUID programmeId, UUID childId, LocalDate from, String evidence) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (evidence == null || evidence.isBlank()) {
            throw new RegistryException("benefit.error.noEvidence");
        }
        if (from == null) {
            throw new RegistryException("benefit.error.noFrom");
        }
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            Person person = register.persons().get(personId);
            BenefitProgramme programme = register.programmes().get(programmeId);
            if (!person.isActive()) {
                throw new RegistryException("benefit.error.notActive", person.name());
            }
            boolean already = register.enrolments().byPerson(personId).stream()
                    .anyMatch(e -> e.programmeId().equals(programmeId) && isOpen(e, today)
                            && java.util.Objects.equals(e.childId(), childId));
            if (already) {
                throw new RegistryException("benefit.error.alreadyEnrolled", person.name(), programme.name());
            }
            if (programme.kind() == ProgrammeKind.CHILDCARE_SUBSIDY && childId == null) {
                throw new RegistryException("benefit.error.noChild", programme.name());
            }
            return register.enrolments().save(new Enrolment(UUID.randomUUID(), 0, person.owner(), personId,
                    programmeId, childId, from, null, evidence.strip(), register.user().name(), today,
                    today.plusYears(1), null));
        });
    }

    /** Open enrolments of every programme, with names, ordered by programme and name. */
    public List<EnrolmentRow> openEnrolments() {
        LocalDate today = LocalDate.now(clock);
        return enrolments(e -> isOpen(e, today));
    }

    /** Open enrolments whose annual re-verification is due today or earlier, the most overdue first. */
    public List<EnrolmentRow> reverificationsDue() {
        LocalDate today = LocalDate.now(clock);
        List<EnrolmentRow> due = new ArrayList<>(enrolments(e -> isOpen(e, today) && e.reverificationDue() != null
                && !e.reverificationDue().isAfter(today)));
        due.sort(Comparator.comparing(r -> r.enrolment().reverificationDue()));
        return due;
    }

    /** The registrar re-verified the enrolment today: the next re-verification falls due a year on. */
    public Enrolment confirmReverification(UUID enrolmentId, long version) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            Enrolment e = current(enrolmentId, version);
            LocalDate next = e.reverificationDue() == null ? today.plusYears(1) : e.reverificationDue().plusYears(1);
            while (!next.isAfter(today)) {
                next = next.plusYears(1);
            }
            return register.enrolments().save(new Enrolment(e.id(), e.version(), e.owner(), e.personId(),
                    e.programmeId(), e.childId(), e.from(), e.to(), e.evidence(), register.user().name(), today,
                    next, e.voidReason()));
        });
    }

    /** Ends an enrolment on a day with the reason, which is kept with the evidence. */
    public Enrolment endEnrolment(UUID enrolmentId, long version, LocalDate on, String reason) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (reason == null || reason.isBlank()) {
            throw new RegistryException("benefit.error.noEndReason");
        }
        if (on == null) {
            throw new RegistryException("benefit.error.noEndDate");
        }
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            Enrolment e = current(enrolmentId, version);
            if (e.from() != null && on.isBefore(e.from())) {
                throw new RegistryException("benefit.error.endBeforeStart", on.toString(), e.from().toString());
            }
            String evidence = org.villageregistry.domain.text.Messages.get("benefit.end.evidence", e.evidence(),
                    on.toString(), reason.strip());
            return register.enrolments().save(new Enrolment(e.id(), e.version(), e.owner(), e.personId(),
                    e.programmeId(), e.childId(), e.from(), on, evidence, register.user().name(), today, null,
                    e.voidReason()));
        });
    }

    static boolean isOpen(Enrolment e, LocalDate day) {
        return e.voidReason() == null && (e.to() == null || !e.to().isBefore(day));
    }

    private Enrolment current(UUID id, long version) {
        Enrolment e = register.enrolments().get(id);
        if (e.version() != version) {
            throw new org.villageregistry.domain.text.StaleRecordException(
                    org.villageregistry.domain.text.Messages.get("benefit.entity.enrolment"), version, e.version());
        }
        return e;
    }

    private List<EnrolmentRow> enrolments(java.util.function.Predicate<Enrolment> which) {
        return register.transactions().read(() -> {
            List<EnrolmentRow> rows = new ArrayList<>();
            for (BenefitProgramme programme : programmes()) {
                for (Enrolment e : register.enrolments().byProgramme(programme.id())) {
                    if (which.test(e)) {
                        rows.add(new EnrolmentRow(e, name(e.personId()),
                                e.childId() == null ? "" : name(e.childId()), programme.name()));
                    }
                }
            }
            return rows;
        });
    }

    private String name(UUID id) {
        return register.persons().find(id).map(Person::name).orElse("—");
    }

    /** A child's subsidy is applied for by its mother, else its father, when they are in the register. */
    private static Person applicantFor(Person child, Map<UUID, Person> byId) {
        for (UUID parent : new UUID[] {child.motherId(), child.fatherId()}) {
            Person p = parent == null ? null : byId.get(parent);
            if (p != null && p.isActive()) {
                return p;
            }
        }
        return child;
    }

    /** The head's spouse or the spouse's head in the same household. */
    private static Optional<Person> spouse(Person p, Map<UUID, List<Person>> members) {
        if (p.householdId() == null || p.relation() == null) {
            return Optional.empty();
        }
        RelationToHead other = p.relation() == RelationToHead.HEAD ? RelationToHead.SPOUSE
                : p.relation() == RelationToHead.SPOUSE ? RelationToHead.HEAD : null;
        if (other == null) {
            return Optional.empty();
        }
        return members.getOrDefault(p.householdId(), List.of()).stream()
                .filter(m -> m.relation() == other && m.sex() != p.sex()).findFirst();
    }
}
