package org.villageregistry.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.EventCorrectionService;
import org.villageregistry.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * vreg birth|death|marriage|move correct EVENT: corrects a recorded event with the rules of recording it. EVENT is
 * the record id `vreg person show` lists; an option left out keeps the recorded value, an empty text clears an
 * optional one; --reason is always needed.
 */
abstract class EventCorrectCommand<T extends RegisterRecord> extends CommandBase {
    @Parameters(paramLabel = "EVENT", descriptionKey = "cli.param.eventId")
    String event;

    @Option(names = "--reason", paramLabel = "REASON", descriptionKey = "cli.opt.eventCorrectionReason")
    CorrectionReason reason;

    private final EntityType kind;

    EventCorrectCommand(EntityType kind) {
        this.kind = kind;
    }

    abstract T corrected(T stored, Session session);

    boolean confirmed() {
        return false;
    }

    @Override
    final int run(Session session) {
        EventCorrectionService corrections = session.services().eventCorrections();
        RegisterRecord stored = ofKind(corrections, event, kind);
        @SuppressWarnings("unchecked")
        T saved = corrections.correct(corrected((T) stored, session), reason, confirmed());
        out().println(Messages.get("cli.eventCorrection.done", EventCorrectionService.label(saved), saved.id(),
                saved.version(), reason.label()));
        session.services().signoffs().lockedMonthNotice(stored, saved).ifPresent(out()::println);
        return Vreg.OK;
    }

    /** The event the registrar named, refused (naming the command it takes) when it is another kind of event. */
    static RegisterRecord ofKind(EventCorrectionService corrections, String event, EntityType kind) {
        RegisterRecord stored = corrections.get(event);
        if (stored.entityType() != kind) {
            throw new RegistryException("cli.eventCorrection.wrongKind", event, EventCorrectionService.label(stored),
                    stored.entityType().wireName());
        }
        return stored;
    }

    static String text(String typed, String stored) {
        return typed == null ? stored : typed.isBlank() ? null : typed.strip();
    }

    static <V> V or(V typed, V stored) {
        return typed == null ? stored : typed;
    }

    /** vreg death correct EVENT [--date] [--place] [--cause] --reason R. */
    @Command(name = "correct", mixinStandardHelpOptions = true)
    static final class OfDeath extends EventCorrectCommand<Death> {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.eventDate")
        LocalDate date;

        @Option(names = "--place", paramLabel = "TEXT", descriptionKey = "cli.opt.deathPlace")
        String place;

        @Option(names = "--cause", paramLabel = "CAUSE", descriptionKey = "cli.opt.deathCause")
        DeathCause cause;

        OfDeath() {
            super(EntityType.DEATH);
        }

        @Override
        Death corrected(Death d, Session session) {
            return new Death(d.id(), d.version(), d.owner(), d.personId(), or(date, d.date()), text(place, d.place()),
                    or(cause, d.cause()), d.recorded(), d.voidReason());
        }
    }

    /** vreg birth correct EVENT [--born] [--sex] [--father] [--place] [--weight] [--weeks] ... --reason R. */
    @Command(name = "correct", mixinStandardHelpOptions = true)
    static final class OfBirth extends EventCorrectCommand<Birth> {
        @Option(names = "--born", paramLabel = "YYYY-MM-DDTHH:MM", descriptionKey = "cli.opt.born")
        LocalDateTime born;

        @Option(names = "--sex", paramLabel = "SEX", descriptionKey = "cli.opt.sex")
        Sex sex;

        @Option(names = "--father", paramLabel = "REF", descriptionKey = "cli.opt.fatherEdit")
        String father;

        @Option(names = "--place", paramLabel = "PLACE", descriptionKey = "cli.opt.birthPlace")
        BirthPlace place;

        @Option(names = "--weight", paramLabel = "GRAMS", descriptionKey = "cli.opt.weight")
        Integer weight;

        @Option(names = "--weeks", paramLabel = "N", descriptionKey = "cli.opt.weeks")
        Integer weeks;

        @Option(names = "--certificate", paramLabel = "NO", descriptionKey = "cli.opt.birthCertificate")
        String certificate;

        @Option(names = "--health", paramLabel = "TEXT", descriptionKey = "cli.opt.health")
        String health;

        @Option(names = "--confirm", descriptionKey = "cli.opt.confirm")
        boolean confirm;

        OfBirth() {
            super(EntityType.BIRTH);
        }

        @Override
        boolean confirmed() {
            return confirm;
        }

        @Override
        Birth corrected(Birth b, Session session) {
            java.util.UUID fatherId = father == null ? b.fatherId()
                    : father.isBlank() ? null : session.services().persons().resolve(father).id();
            return new Birth(b.id(), b.version(), b.owner(), b.childId(), b.motherId(), fatherId, or(born, b.bornAt()),
                    or(sex, b.sex()), b.birthOrder(), or(place, b.place()), or(weight, b.weightGrams()),
                    or(weeks, b.gestationWeeks()), text(certificate, b.certificateNumber()),
                    text(health, b.healthStatus()), b.recorded(), b.voidReason());
        }
    }

    /** vreg marriage correct EVENT [--kind] [--date] [--other-name] [--other-id] [--certificate] --reason R. */
    @Command(name = "correct", mixinStandardHelpOptions = true)
    static final class OfMarriage extends EventCorrectCommand<Marriage> {
        @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "cli.opt.marriageKind")
        MarriageKind marriageKind;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.eventDate")
        LocalDate date;

        @Option(names = "--other-name", paramLabel = "NAME", descriptionKey = "cli.opt.otherName")
        String otherName;

        @Option(names = "--other-id", paramLabel = "ID", descriptionKey = "cli.opt.otherId")
        String otherId;

        @Option(names = "--certificate", paramLabel = "NO", descriptionKey = "cli.opt.certificate")
        String certificate;

        OfMarriage() {
            super(EntityType.MARRIAGE);
        }

        @Override
        Marriage corrected(Marriage m, Session session) {
            return new Marriage(m.id(), m.version(), m.owner(), or(marriageKind, m.kind()), m.husbandId(), m.wifeId(),
                    text(otherName, m.otherPartyName()), text(otherId, m.otherPartyIdNumber()), or(date, m.date()),
                    text(certificate, m.certificateNumber()), m.recorded(), m.voidReason());
        }
    }

    /** vreg move correct EVENT [--kind] [--date] [--from] [--to] [--address] [--move-reason] --reason R. */
    @Command(name = "correct", mixinStandardHelpOptions = true)
    static final class OfMove extends EventCorrectCommand<Move> {
        @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "cli.opt.moveCorrectKind")
        MoveKind moveKind;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.eventDate")
        LocalDate date;

        @Option(names = "--from", paramLabel = "CODE", descriptionKey = "cli.opt.fromDivision")
        String from;

        @Option(names = "--to", paramLabel = "CODE", descriptionKey = "cli.opt.toDivision")
        String to;

        @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "cli.opt.address")
        String address;

        @Option(names = "--move-reason", paramLabel = "REASON", descriptionKey = "cli.opt.moveReason")
        MoveReason moveReason;

        OfMove() {
            super(EntityType.MOVE);
        }

        @Override
        Move corrected(Move m, Session session) {
            return new Move(m.id(), m.version(), m.owner(), or(moveKind, m.kind()), m.personIds(), m.householdId(),
                    or(date, m.date()), text(from, m.fromDivision()), text(to, m.toDivision()),
                    text(address, m.address()), or(moveReason, m.reason()), m.recorded(), m.voidReason());
        }
    }
}
