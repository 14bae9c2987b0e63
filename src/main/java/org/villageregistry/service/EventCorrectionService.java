package org.villageregistry.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.NotFoundException;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.text.StaleRecordException;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;

/**
 * Corrects a recorded birth, death, marriage or move: any field the form records, with the rules of recording
 * it and a coded reason. The persons the event is about follow (birth date, day of death, 初婚日期, days of
 * entering and leaving), the audit log keeps which fields and why (never the values), and the change log carries
 * the corrected records in the next bundle as every save does. A voided event is not corrected.
 */
public final class EventCorrectionService {
    private static final List<EntityType> KINDS = List.of(EntityType.BIRTH, EntityType.DEATH, EntityType.MARRIAGE,
            EntityType.MOVE);

    private final Register register;
    private final Clock clock;

    public EventCorrectionService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** The birth, death, marriage or move with this record id. */
    public Optional<RegisterRecord> find(UUID id) {
        return register.transactions().read(() -> findIn(id));
    }

    /** The event a registrar names by its record id (as `vreg person show` lists it). */
    public RegisterRecord get(String reference) {
        String ref = reference == null ? "" : reference.strip();
        try {
            UUID id = UUID.fromString(ref);
            return find(id).orElseThrow(() -> new NotFoundException("service.eventCorrection.notFound", ref));
        } catch (IllegalArgumentException notAnId) {
            throw new RegistryException("service.eventCorrection.notAnId", ref);
        }
    }

    /** Every problem {@link #correct} would find, without saving: warnings for the form to confirm. */
    public <T extends RegisterRecord> List<Problem> check(T corrected, CorrectionReason reason, boolean confirmed) {
        return register.transactions().read(() -> assess(stored(corrected), corrected, reason, confirmed).problems());
    }

    /**
     * Saves the correction. {@code corrected.version()} must be the version that was read; {@code confirmed}: the
     * registrar verified an unusual mother's age (births only). Refused with every problem at once, and then
     * nothing is changed.
     */
    public <T extends RegisterRecord> T correct(T corrected, CorrectionReason reason, boolean confirmed) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        return register.transactions().write(() -> {
            T stored = stored(corrected);
            Assessment<T> a = assess(stored, corrected, reason, confirmed);
            PersonChecks.refuseErrors(a.problems());
            EventCorrection<T> kind = correction(stored);
            @SuppressWarnings("unchecked")
            T saved = (T) register.repository(stored.entityType()).save(kind.merged(stored, corrected));
            kind.updatePersons(stored, saved);
            register.audit().append(AuditAction.EVENT_CORRECTED, stored.entityType(), stored.id(),
                    "fields=" + String.join(",", a.fields()) + ";reason=" + reason.name());
            @SuppressWarnings("unchecked")
            T latest = (T) register.repository(stored.entityType()).get(stored.id());
            return latest;
        });
    }

    /**
     * Voids a death or marriage recorded by mistake, {@code version} as read; what it changed on the persons is put
     * back ({@link EventVoiding}). The record stays, marked with the reason, and goes to the township in the next
     * bundle as every save does.
     */
    public RegisterRecord voidEvent(UUID id, long version, String reason) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (reason == null || reason.isBlank()) {
            throw new RegistryException("service.void.reasonMissing");
        }
        return register.transactions().write(() -> {
            RegisterRecord stored = findIn(id).orElseThrow(() -> new NotFoundException("service.eventCorrection.notFound", id));
            if (stored.version() != version) {
                throw new StaleRecordException(label(stored), version, stored.version());
            }
            if (stored.isVoided()) {
                throw new RegistryException("service.eventVoid.already", label(stored), stored.voidReason());
            }
            RegisterRecord saved = register.repository(stored.entityType())
                    .save(new EventVoiding(register).voided(stored, reason.strip()));
            register.audit().append(AuditAction.EVENT_VOIDED, stored.entityType(), stored.id(), "");
            return saved;
        });
    }

    public <T extends RegisterRecord> T correct(T corrected, CorrectionReason reason) {
        return correct(corrected, reason, false);
    }

    private record Assessment<T>(List<String> fields, List<Problem> problems) {
    }

    private <T extends RegisterRecord> Assessment<T> assess(T stored, T corrected, CorrectionReason reason,
            boolean confirmed) {
        EventCorrection<T> kind = correction(stored);
        List<String> fields = kind.changedFields(stored, corrected);
        List<Problem> problems = new ArrayList<>(kind.problems(stored, corrected, confirmed, LocalDate.now(clock)));
        if (fields.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            throw new RegistryException("service.eventCorrection.nothing", label(stored));
        }
        if (reason == null) {
            problems.add(Problem.error("correctionReason", "service.eventCorrection.reasonMissing", label(stored)));
        }
        return new Assessment<>(fields, problems);
    }

    @SuppressWarnings("unchecked")
    private <T extends RegisterRecord> T stored(T corrected) {
        RegisterRecord stored = findIn(corrected.id())
                .orElseThrow(() -> new NotFoundException("service.eventCorrection.notFound", corrected.id()));
        if (stored.getClass() != corrected.getClass()) {
            throw new NotFoundException("service.eventCorrection.notFound", corrected.id());
        }
        if (stored.version() != corrected.version()) {
            throw new StaleRecordException(label(stored), corrected.version(), stored.version());
        }
        if (stored.isVoided()) {
            throw new RegistryException("service.eventCorrection.voided", label(stored), stored.voidReason());
        }
        return (T) stored;
    }

    @SuppressWarnings("unchecked")
    private <T extends RegisterRecord> EventCorrection<T> correction(T stored) {
        EventCorrection<?> kind;
        if (stored instanceof Birth) {
            kind = new BirthCorrection(register);
        } else if (stored instanceof Death) {
            kind = new DeathCorrection(register);
        } else if (stored instanceof Marriage) {
            kind = new MarriageCorrection(register);
        } else if (stored instanceof Move) {
            kind = new MoveCorrection(register);
        } else {
            throw new NotFoundException("service.eventCorrection.notFound", stored.id());
        }
        return (EventCorrection<T>) kind;
    }

    private Optional<RegisterRecord> findIn(UUID id) {
        for (EntityType kind : KINDS) {
            Optional<RegisterRecord> found = register.repository(kind).find(id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The day of a birth, death, marriage or move, as a month's figures count it; null for another record. */
    public static java.time.LocalDate dayOf(RegisterRecord event) {
        if (event instanceof Birth b) {
            return b.bornAt() == null ? null : b.bornAt().toLocalDate();
        }
        if (event instanceof Death d) {
            return d.date();
        }
        if (event instanceof Marriage m) {
            return m.date();
        }
        return event instanceof Move m ? m.date() : null;
    }

    /** The kind of event in the registrar's words, e.g. 死亡登记. */
    public static String label(RegisterRecord event) {
        return Messages.get("service.eventCorrection.kind." + event.entityType().name());
    }
}
