package org.villageregistry.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;

/**
 * Everything the register knows happened to a person, oldest first: events, service visits, benefits and every
 * change to the person's own record (who, when). Runs inside the caller's read transaction.
 */
final class PersonTimeline {
    private final Register register;
    private final Clock clock;

    PersonTimeline(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    List<TimelineEntry> of(UUID id) {
        List<TimelineEntry> timeline = new ArrayList<>();
        events(id, timeline);
        services(id, timeline);
        registrations(id, timeline);
        benefits(id, timeline);
        changes(id, timeline);
        timeline.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.at() == null ? Instant.MIN : e.at()));
        return timeline;
    }

    private void events(UUID id, List<TimelineEntry> timeline) {
        register.births().byChild(id).filter(b -> !b.isVoided()).ifPresent(b -> timeline.add(new TimelineEntry(
                b.bornAt().toLocalDate(), EntityType.BIRTH, b.id(),
                Messages.get("service.timeline.born", b.birthOrder()), b.recorded())));
        for (Birth b : register.births().byMother(id)) {
            if (!b.isVoided()) {
                timeline.add(new TimelineEntry(b.bornAt().toLocalDate(), EntityType.BIRTH, b.id(),
                        Messages.get("service.timeline.gaveBirth", b.sex().label(), b.birthOrder()), b.recorded()));
            }
        }
        register.deaths().byPerson(id).ifPresent(d -> timeline.add(new TimelineEntry(d.date(), EntityType.DEATH,
                d.id(), Messages.get("service.timeline.died"), d.recorded())));
        for (Death d : register.deaths().voidedOf(id)) {
            voided(d, d.date(), Messages.get("service.timeline.died")).ifPresent(timeline::add);
        }
        for (Marriage m : register.marriages().byPerson(id)) {
            if (m.isVoided()) {
                voided(m, m.date(), m.kind().label()).ifPresent(timeline::add);
            } else {
                timeline.add(new TimelineEntry(m.date(), EntityType.MARRIAGE, m.id(), m.kind().label(), m.recorded()));
            }
        }
        for (Move m : register.moves().byPerson(id)) {
            String text = m.isTransfer() ? Messages.get("service.timeline.transfer", m.toDivision())
                    : m.kind().label();
            if (m.isVoided()) {
                voided(m, m.date(), text).ifPresent(timeline::add);
            } else {
                timeline.add(new TimelineEntry(m.date(), EntityType.MOVE, m.id(), text, m.recorded()));
            }
        }
    }

    /**
     * A death, marriage or move voided as recorded by mistake stays in the timeline, marked with its reason, by who voided
     * it and when; as a change of the register it is not offered for correction. At a township (the record came in
     * a bundle, so this register's log has no change of it) it is left out, as it always was.
     */
    private java.util.Optional<TimelineEntry> voided(org.villageregistry.domain.record.RegisterRecord event,
            LocalDate day, String what) {
        List<Change> changes = register.changes().forEntity(event.id());
        if (changes.isEmpty()) {
            // received from a village: the voiding is that village's change, not in this register's log
            return java.util.Optional.empty();
        }
        Change last = changes.get(changes.size() - 1);
        return java.util.Optional.of(new TimelineEntry(day, event.entityType(), event.id(),
                Messages.get("service.timeline.eventVoided", what, event.voidReason()), last.author(), last.at()));
    }

    /**
     * Health records (pregnancies, service visits) are not spelled out here: the person page is opened for any
     * reason (an address, a household), and every view of a health record is audited. One line says how many there
     * are and where they are opened (孕情与随访, which notes each opening in the audit log); no dates, no kinds.
     */
    private void services(UUID id, List<TimelineEntry> timeline) {
        long pregnancies = register.pregnancies().byWoman(id).stream().filter(p -> !p.isVoided()).count();
        long visits = register.visits().byPerson(id).stream().filter(v -> !v.isVoided()).count();
        if (pregnancies + visits > 0) {
            timeline.add(new TimelineEntry(null, EntityType.SERVICE_VISIT, null,
                    Messages.get("service.timeline.health", pregnancies + visits)));
        }
    }

    private void benefits(UUID id, List<TimelineEntry> timeline) {
        for (Enrolment e : register.enrolments().byPerson(id)) {
            if (e.isVoided()) {
                continue;
            }
            String programme = register.programmes().find(e.programmeId()).map(BenefitProgramme::name).orElse("");
            // who verified the evidence and enrolled the person, and on which day: the entry's 经办人和时间
            timeline.add(new TimelineEntry(e.from(), EntityType.ENROLMENT, e.id(),
                    Messages.get("service.timeline.enrolled", programme), e.verifiedBy() == null
                    && e.verifiedOn() == null ? null : org.villageregistry.domain.event.Recorded.selfReport(
                    e.verifiedOn(), e.verifiedBy())));
            for (Payment p : register.payments().byEnrolment(e.id())) {
                if (!p.isVoided()) {
                    timeline.add(new TimelineEntry(p.paidOn(), EntityType.PAYMENT, p.id(),
                            Messages.get("service.timeline.paid", programme, p.period(), p.amount().format())));
                }
            }
        }
    }

    /** 生育登记 of the person as wife or husband, by number, to find it again (e.g. to print its 回执 once more). */
    private void registrations(UUID id, List<TimelineEntry> timeline) {
        for (org.villageregistry.domain.registration.BirthRegistration r : register.birthRegistrations().byPerson(id)) {
            if (!r.isVoided()) {
                timeline.add(new TimelineEntry(r.registeredOn(), EntityType.BIRTH_REGISTRATION, r.id(),
                        Messages.get("service.timeline.registration", r.registrationNumber(), r.registeredOrder())));
            }
        }
    }

    private void changes(UUID id, List<TimelineEntry> timeline) {
        for (Change c : register.changes().forEntity(id)) {
            String key = "void".equals(c.op()) ? "service.timeline.voided"
                    : c.baseVersion() == 0 ? "service.timeline.created" : "service.timeline.changed";
            LocalDate day = LocalDate.ofInstant(c.at(), clock.getZone());
            timeline.add(new TimelineEntry(day, EntityType.PERSON, id, Messages.get(key, c.version()), c.author(),
                    c.at()));
        }
    }
}
