package org.villageregistry.service.signoff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.FeedbackKind;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.service.Json;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;

/**
 * Monthly sign-off (审核, DOMAIN.md "Monitoring"). A village submits a finished month: its statistics, as signed
 * figures, travel in the next bundle. The township approves the month (it is then locked at the village) or returns
 * it with a reason; both travel back in the village's next receipt. Every step is audited.
 */
public final class SignoffService {
    /** A month's report is due at the township by this day of the next month. */
    public static final int DUE_DAY = 3;
    static final int MAX_REASON = 500;

    private final Register register;
    private final Clock clock;

    public SignoffService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /**
     * Village: refuses as {@link #submit} would (not a village, malformed, not over, approved) without writing; says
     * whether the month was submitted before (the new figures then replace those).
     */
    public boolean submittedBefore(String periodText) {
        Period month = submittable(periodText);
        Optional<Signoff> before = register.transactions().read(() ->
                register.sync().signoffs().find(register.workstation().division().value(), month.text()));
        if (before.map(s -> s.state() == State.APPROVED).orElse(false)) {
            throw new RegistryException("signoff.submit.approved", month.text());
        }
        return before.isPresent();
    }

    /** Village: submits the month's figures; they go in the next bundle. An approved month cannot change. */
    public Signoff submit(String periodText) {
        Period month = submittable(periodText);
        WorkstationInfo ws = register.workstation();
        String village = ws.division().value();
        return register.transactions().write(() -> {
            Optional<Signoff> before = register.sync().signoffs().find(village, month.text());
            if (before.map(s -> s.state() == State.APPROVED).orElse(false)) {
                throw new RegistryException("signoff.submit.approved", month.text());
            }
            String figures = SignedFigures.canonical(new StatisticsService(register).of(village, ws.divisionName(),
                    month));
            Signoff s = new Signoff(village, month.text(), UUID.randomUUID(), figures, State.SUBMITTED,
                    clock.instant(), register.user().name(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
            register.sync().signoffs().save(s);
            register.audit().append(AuditAction.SIGNOFF_SUBMITTED, null, null, month.text());
            return s;
        });
    }

    /**
     * Village: what to tell the registrar after an event dated on one of these days was recorded or corrected, when
     * the day's month was already submitted (the township reviews the figures as submitted; submit it again) or
     * approved (locked: the figures as signed stay, the change is listed in the next report's 补报/更正). Empty
     * otherwise, and always at a township.
     */
    public Optional<String> lockedMonthNotice(java.util.Collection<LocalDate> days) {
        WorkstationInfo ws = register.workstation();
        if (ws.division().level() != DivisionLevel.VILLAGE || days.isEmpty()) {
            return Optional.empty();
        }
        String village = ws.division().value();
        java.util.TreeSet<String> months = new java.util.TreeSet<>();
        days.stream().filter(java.util.Objects::nonNull)
                .forEach(d -> months.add(java.time.YearMonth.from(d).toString()));
        return register.transactions().read(() -> {
            List<String> lines = new java.util.ArrayList<>();
            for (String m : months) {
                Optional<Signoff> s = register.sync().signoffs().find(village, m);
                if (s.isPresent() && s.get().state() == State.APPROVED) {
                    lines.add(org.villageregistry.domain.text.Messages.get("signoff.notice.approved", m));
                    break;
                }
                if (s.isPresent() && s.get().state() == State.SUBMITTED) {
                    lines.add(org.villageregistry.domain.text.Messages.get("signoff.notice.submitted", m));
                    break;
                }
            }
            // an event of an earlier month moves the later months too (期初人口 …): those submitted since changed
            List<String> later = new java.util.ArrayList<>();
            var statistics = new org.villageregistry.service.StatisticsService(register);
            for (Signoff s : register.sync().signoffs().ofVillage(village)) {
                if (s.state() != State.SUBMITTED || s.period().compareTo(months.last()) <= 0) {
                    continue;
                }
                var differences = SignedFigures.differences(s.figuresJson(),
                        statistics.of(village, ws.divisionName(), Period.parse(s.period())));
                if (!differences.isEmpty()) {
                    later.add(org.villageregistry.domain.text.Messages.get("signoff.notice.laterMonth", s.period(),
                            differences.stream().map(d -> d.label() + " " + d.signed() + " → " + d.now())
                                    .collect(java.util.stream.Collectors.joining("、"))));
                }
            }
            if (!later.isEmpty()) {
                lines.add(org.villageregistry.domain.text.Messages.get("signoff.notice.laterSubmitted",
                        String.join("；", later)));
            }
            return lines.isEmpty() ? Optional.<String>empty() : Optional.of(String.join("\n", lines));
        });
    }

    /**
     * As above, for a person added who counts from {@code from} (the day entered into the register, or without one
     * the birth: a person found missing counts in every month since): the earliest month since then that the
     * village submitted or had approved, whose figures the person changes.
     */
    public Optional<String> lockedMonthNoticeFrom(LocalDate from) {
        WorkstationInfo ws = register.workstation();
        if (from == null || ws.division().level() != DivisionLevel.VILLAGE) {
            return Optional.empty();
        }
        String start = java.time.YearMonth.from(from).toString();
        Optional<Signoff> earliest = register.transactions().read(() -> register.sync().signoffs()
                .ofVillage(ws.division().value()).stream()
                .filter(s -> s.period().length() == 7 && s.period().compareTo(start) >= 0
                        && (s.state() == State.APPROVED || s.state() == State.SUBMITTED))
                .min(java.util.Comparator.comparing(Signoff::period)));
        return earliest.map(s -> org.villageregistry.domain.text.Messages.get(s.state() == State.APPROVED
                ? "signoff.notice.personApproved" : "signoff.notice.personSubmitted", s.period(), from.toString()));
    }

    /** As above, for an event as it was and as it is after a correction or voiding (births, deaths, marriages, moves). */
    public Optional<String> lockedMonthNotice(org.villageregistry.domain.record.RegisterRecord before,
            org.villageregistry.domain.record.RegisterRecord after) {
        List<LocalDate> days = new java.util.ArrayList<>();
        days.add(org.villageregistry.service.EventCorrectionService.dayOf(before));
        days.add(org.villageregistry.service.EventCorrectionService.dayOf(after));
        days.removeIf(java.util.Objects::isNull);
        return lockedMonthNotice(days);
    }

    /** The month, refused unless this is a village whose user may export and the month is over. */
    private Period submittable(String periodText) {
        Permissions.require(register, Permission.EXPORT_REGISTER);
        if (register.workstation().division().level() != DivisionLevel.VILLAGE) {
            throw new RegistryException("signoff.submit.notVillage");
        }
        Period month = month(periodText);
        if (!month.to().isBefore(LocalDate.now(clock))) {
            throw new RegistryException("signoff.submit.notOver", month.text());
        }
        return month;
    }

    /** Village: its own months that were submitted, oldest first. */
    public List<Signoff> ownMonths() {
        return register.transactions().read(() ->
                register.sync().signoffs().ofVillage(register.workstation().division().value()));
    }

    /** Township: every village's state for the month, by village code; overdue ones flagged by the session clock. */
    public List<VillageMonth> status(String periodText) {
        Period month = month(periodText);
        return register.transactions().read(() -> villages().stream().map(v -> monthOf(v, month)).toList());
    }

    /**
     * Township: the figures a village submitted for a month that waits for a decision, and every count of them the
     * township's register, computing the same month from the bundles received, gives otherwise (none when the
     * township holds what the village counted).
     */
    public SubmittedMonth submitted(String villageCode, String periodText) {
        Period month = month(periodText);
        return register.transactions().read(() -> {
            Division village = village(villageCode);
            Signoff s = pending(village, month);
            DivisionStatistics here = new StatisticsService(register).of(village.code().value(), village.name(),
                    month);
            return new SubmittedMonth(village.name(), month.text(), SignedFigures.read(s.figuresJson()),
                    SignedFigures.differences(s.figuresJson(), here));
        });
    }

    /**
     * Township: the figures a village's approved (locked) month was signed with, and every count the township's
     * register now gives otherwise (what later months' 补报/更正 will list); empty when the month is not approved.
     */
    public Optional<SubmittedMonth> approvedMonth(String villageCode, String periodText) {
        Period month = month(periodText);
        return register.transactions().read(() -> {
            Division village = village(villageCode);
            return register.sync().signoffs().find(village.code().value(), month.text())
                    .filter(s -> s.state() == State.APPROVED)
                    .map(s -> new SubmittedMonth(village.name(), month.text(), SignedFigures.read(s.figuresJson()),
                            SignedFigures.differences(s.figuresJson(), new StatisticsService(register).of(
                                    village.code().value(), village.name(), month))));
        });
    }

    /** A village's submitted month as the township looks at it before deciding. */
    public record SubmittedMonth(String villageName, String period, DivisionStatistics figures,
                                 List<SignedFigures.Difference> differences) {
        public SubmittedMonth {
            differences = List.copyOf(differences);
        }
    }

    /** Township: approves a month that arrived and waits for a decision; the village learns it in its receipt. */
    public VillageMonth approve(String villageCode, String periodText) {
        Permissions.require(register, Permission.TOWNSHIP_SYNC);
        Period month = month(periodText);
        return register.transactions().write(() -> {
            Division village = village(villageCode);
            Signoff s = pending(village, month);
            Signoff approved = s.decided(State.APPROVED, clock.instant(), register.user().name(), Optional.empty());
            register.sync().signoffs().save(approved);
            var payload = Json.mapper().createObjectNode().put("period", s.period())
                    .put("submissionId", s.submissionId().toString());
            payload.set("figures", SignedFigures.tree(s.figuresJson()));
            register.sync().feedback().addFeedback(new Feedback(0, s.village(), FeedbackKind.SIGNOFF_APPROVED,
                    Optional.empty(), payload.toString(), clock.instant()));
            register.audit().append(AuditAction.SIGNOFF_APPROVED, null, null, s.village() + " " + s.period());
            return monthOf(village, month);
        });
    }

    /** Township: returns a month with the reason the village is to act on (a task in its next receipt). */
    public VillageMonth returnMonth(String villageCode, String periodText, String reasonText) {
        Permissions.require(register, Permission.TOWNSHIP_SYNC);
        Period month = month(periodText);
        String reason = reasonText == null ? "" : reasonText.strip();
        if (reason.isEmpty()) {
            // the clerk knows the village by its name, not its twelve-digit code
            String name = register.transactions().read(() -> village(villageCode)).name();
            throw new RegistryException("signoff.return.noReason", name, month.text());
        }
        if (reason.length() > MAX_REASON) {
            throw new RegistryException("signoff.return.reasonTooLong", reason.length(), MAX_REASON);
        }
        return register.transactions().write(() -> {
            Division village = village(villageCode);
            Signoff s = pending(village, month);
            register.sync().signoffs().save(s.decided(State.RETURNED, clock.instant(), register.user().name(),
                    Optional.of(reason)));
            var payload = Json.mapper().createObjectNode().put("period", s.period())
                    .put("submissionId", s.submissionId().toString()).put("reason", reason);
            register.sync().feedback().addFeedback(new Feedback(0, s.village(), FeedbackKind.SIGNOFF_RETURNED,
                    Optional.empty(), payload.toString(), clock.instant()));
            register.audit().append(AuditAction.SIGNOFF_RETURNED, null, null, s.village() + " " + s.period());
            return monthOf(village, month);
        });
    }

    /** A month as "2026-11"; anything else (a quarter, a year, a typo) is refused quoting what was typed. */
    public static Period month(String text) {
        String typed = text == null ? "" : text.strip();
        Period p;
        try {
            p = Period.parse(typed);
        } catch (RegistryException e) {
            throw new RegistryException(e, "signoff.period.malformed", typed);
        }
        if (p.kind() != Period.Kind.MONTH) {
            throw new RegistryException("signoff.period.malformed", typed);
        }
        return p;
    }

    /** The day a month's report is due at the township: the 3rd of the next month. */
    public static LocalDate dueOn(Period month) {
        return month.to().plusDays(DUE_DAY);
    }

    private Signoff pending(Division village, Period month) {
        Signoff s = register.sync().signoffs().find(village.code().value(), month.text())
                .orElseThrow(() -> new RegistryException("signoff.decide.notArrived", village.name(),
                        village.code().value(), month.text()));
        return switch (s.state()) {
            case SUBMITTED -> s;
            case APPROVED -> throw new RegistryException("signoff.decide.alreadyApproved", village.name(), month.text());
            case RETURNED -> throw new RegistryException("signoff.decide.returned", village.name(), month.text());
        };
    }

    private VillageMonth monthOf(Division village, Period month) {
        Optional<Signoff> s = register.sync().signoffs().find(village.code().value(), month.text());
        MonthState state = s.map(x -> switch (x.state()) {
            case SUBMITTED -> MonthState.PENDING;
            case APPROVED -> MonthState.APPROVED;
            case RETURNED -> MonthState.RETURNED;
        }).orElse(MonthState.NOT_SUBMITTED);
        LocalDate due = dueOn(month);
        boolean overdue = (state == MonthState.NOT_SUBMITTED || state == MonthState.RETURNED)
                && LocalDate.now(clock).isAfter(due);
        return new VillageMonth(village.code().value(), village.name(), month.text(), state,
                s.map(Signoff::submittedAt), s.flatMap(Signoff::decidedAt), s.flatMap(Signoff::reason), due, overdue);
    }

    private List<Division> villages() {
        WorkstationInfo ws = register.workstation();
        if (ws.division().level() == DivisionLevel.VILLAGE) {
            throw new RegistryException("signoff.status.notTownship");
        }
        return register.divisions().stream()
                .filter(d -> d.code().level() == DivisionLevel.VILLAGE && ws.division().contains(d.code()))
                .sorted(Comparator.comparing(d -> d.code().value())).toList();
    }

    private Division village(String code) {
        String typed = code == null ? "" : code.strip();
        return villages().stream().filter(d -> d.code().value().equals(typed)).findFirst()
                .orElseThrow(() -> new RegistryException("signoff.village.unknown", typed));
    }
}
