package org.villageregistry.service.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.ChildcareSubsidy;
import org.villageregistry.domain.benefit.Eligibility;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Finding;
import org.villageregistry.service.QualityCheckService;
import org.villageregistry.service.VillagesHeld;
import org.villageregistry.service.signoff.MonthState;
import org.villageregistry.service.signoff.SignoffService;
import org.villageregistry.service.signoff.VillageMonth;
import org.villageregistry.service.home.TodayItem.Kind;

/**
 * What needs doing today, for the home screen: follow-up visits due within a week or overdue, children born in
 * the last year whose parents have no 生育登记 for them, children eligible for the childcare subsidy but not
 * enrolled, enrolments whose annual re-verification falls due within 30 days, and the data-quality findings.
 */
public final class TodayService {
    /** Follow-ups due this many days ahead are listed with the overdue ones. */
    public static final int FOLLOW_UP_DAYS_AHEAD = 7;
    /** Re-verifications due this many days ahead are listed. */
    public static final int REVERIFICATION_DAYS_AHEAD = 30;
    /** A registration made before the birth counts for a child born this many days around its 预产期. */
    static final int EXPECTED_DELIVERY_TOLERANCE_DAYS = 90;

    private final Register register;
    private final Clock clock;
    private final QualityCheckService quality;
    private VillagesHeld villages;

    /**
     * The items last worked out, the register's
     * {@link org.villageregistry.domain.repository.Transactions#writesBegun} then, and the day.
     */
    private List<TodayItem> kept;
    private long keptAfterWrites = -1;
    private LocalDate keptOn;
    /** The language its texts are in (Settings may change it). */
    private java.util.Locale keptIn;

    public TodayService(Register register, Clock clock, QualityCheckService quality) {
        this.register = register;
        this.clock = clock;
        this.quality = quality;
    }

    /**
     * The items as last worked out when nothing was written to the register since and it is still the same day and
     * language; else worked out again ({@link #items}). The home screen asks this each time it is shown, so coming
     * back to it from another screen does not work out every list and the data-quality findings of the whole register
     * again (at a township of 60,000 persons that pass was the desktop's highest memory step); its 刷新 button asks
     * {@link #items}.
     */
    public synchronized List<TodayItem> current() {
        long writes = register.transactions().writesBegun();
        if (kept != null && writes >= 0 && writes == keptAfterWrites && LocalDate.now(clock).equals(keptOn)
                && Messages.locale().equals(keptIn)) {
            return kept;
        }
        return items();
    }

    /** Every item, also those with nothing to do (the home screen shows them as done), worked out now. */
    public synchronized List<TodayItem> items() {
        // counted before reading: a write made while the lists are worked out makes the next current() read again
        long writes = register.transactions().writesBegun();
        LocalDate today = LocalDate.now(clock);
        names = null; // read again for each list: names change
        List<TodayItem> items = new ArrayList<>(register.transactions().read(() -> byVillage(List.of(
                new TodayItem(Kind.FOLLOW_UPS_DUE, followUps(today)),
                new TodayItem(Kind.NEWBORNS_UNREGISTERED, newbornsWithoutRegistration(today)),
                new TodayItem(Kind.CHILDCARE_NOT_ENROLLED, childcareNotEnrolled(today)),
                new TodayItem(Kind.REVERIFICATION_DUE, reverificationsDue(today))))));
        items.add(new TodayItem(Kind.QUALITY_FINDINGS, quality.findings().stream().map(TodayService::finding).toList()));
        if (register.workstation().role() == WorkstationRole.VILLAGE) {
            items.addAll(register.transactions().read(() -> {
                List<TodayItem> village = new ArrayList<>();
                village.add(new TodayItem(Kind.BUNDLE_NOT_EXPORTED, bundleNotExported(today)));
                village.addAll(fromReceipts());
                village.add(new TodayItem(Kind.MONTHS_TO_RESUBMIT, monthsToResubmit()));
                return village;
            }));
        }
        if (register.workstation().role() == WorkstationRole.TOWNSHIP) {
            items.addAll(townshipMonths(today));
        }
        kept = List.copyOf(items);
        keptAfterWrites = writes;
        keptOn = today;
        keptIn = Messages.locale();
        return kept;
    }

    /**
     * Village: each month submitted and waiting for the township's decision whose figures the register now gives
     * otherwise (an event of the month recorded, corrected or voided since): the township would review figures that
     * are no longer the village's. Inside a read.
     */
    private List<TodayRecord> monthsToResubmit() {
        String village = register.workstation().division().value();
        org.villageregistry.service.StatisticsService statistics =
                new org.villageregistry.service.StatisticsService(register);
        List<TodayRecord> out = new ArrayList<>();
        for (org.villageregistry.domain.sync.MonthlySignoffs.Signoff s : register.sync().signoffs().ofVillage(village)) {
            if (s.state() != org.villageregistry.domain.sync.MonthlySignoffs.State.SUBMITTED) {
                continue;
            }
            var differences = org.villageregistry.service.signoff.SignedFigures.differences(s.figuresJson(),
                    statistics.of(village, register.workstation().divisionName(),
                            org.villageregistry.domain.indicator.Period.parse(s.period())));
            if (!differences.isEmpty()) {
                out.add(new TodayRecord(null, Messages.get("home.township.report", s.period()),
                        Messages.get("home.village.resubmit", differences.stream()
                                .map(d -> Messages.get("home.village.difference", d.label(), d.signed(), d.now()))
                                .collect(java.util.stream.Collectors.joining("；"))), ""));
            }
        }
        return out;
    }

    /** How many whole months back the township's home screen looks for months to review (overdue: the last one). */
    static final int MONTHS_WATCHED = 3;

    /**
     * Township: the villages' monthly reports waiting for review over the last whole months, and those of the last
     * whole month overdue (oldest first, villages in code order): the clerk's own work, beside the villages' records.
     */
    private List<TodayItem> townshipMonths(LocalDate today) {
        SignoffService signoffs = new SignoffService(register, clock);
        List<TodayRecord> toReview = new ArrayList<>();
        List<TodayRecord> overdue = new ArrayList<>();
        YearMonth lastWhole = YearMonth.from(today).minusMonths(1);
        for (int back = MONTHS_WATCHED - 1; back >= 0; back--) {
            for (VillageMonth m : signoffs.status(lastWhole.minusMonths(back).toString())) {
                String report = Messages.get("home.township.report", m.period());
                if (m.state() == MonthState.PENDING) {
                    toReview.add(new TodayRecord(null, report, Messages.get("home.township.toReview",
                            m.submittedAt().map(t -> LocalDate.ofInstant(t, clock.getZone()).toString())
                                    .orElse("")), m.villageName()));
                } else if (m.overdue() && back == 0) {
                    overdue.add(new TodayRecord(null, report, Messages.get(m.state() == MonthState.RETURNED
                            ? "home.township.returnedNotResent" : "home.township.notSubmitted",
                            m.dueOn().toString()), m.villageName()));
                }
            }
        }
        return List.of(new TodayItem(Kind.MONTHS_TO_REVIEW, toReview), new TodayItem(Kind.MONTHS_OVERDUE, overdue));
    }

    /** At a township, each list grouped by village in code order (each village's records in its own order). */
    private List<TodayItem> byVillage(List<TodayItem> items) {
        if (!villages().isTownship()) {
            return items;
        }
        List<String> order = new ArrayList<>(villages().all().values());
        return items.stream().map(item -> new TodayItem(item.kind(), item.records().stream()
                .sorted(Comparator.comparingInt((TodayRecord r) -> order.indexOf(r.village()))).toList())).toList();
    }

    /** The names of the persons by id, while the list is made (see {@link #name}). */
    private Map<UUID, String> names;
    private java.util.Set<UUID> active = java.util.Set.of();

    private VillagesHeld villages() {
        if (villages == null) {
            villages = new VillagesHeld(register);
        }
        return villages;
    }

    /**
     * The month's bundle is missing when changes made before this month have still not been acknowledged by
     * the township (the bundle was not exported, or its receipt has not come back).
     */
    private List<TodayRecord> bundleNotExported(LocalDate today) {
        long acknowledged = register.sync().delivery().villageProgress().lastAcknowledged();
        long last = register.changes().last().map(Change::changeId).orElse(0L);
        return register.changes().after(acknowledged, 1).stream()
                .filter(oldest -> oldest.at().atZone(clock.getZone()).toLocalDate().isBefore(today.withDayOfMonth(1)))
                .map(oldest -> new TodayRecord(null, register.workstation().divisionName(),
                        Messages.get("home.bundle.detail", last - acknowledged,
                                oldest.at().atZone(clock.getZone()).toLocalDate().toString()), ""))
                .toList();
    }

    /**
     * The open tasks of the township's receipts, read once, as two lists: each quarantined change to fix with the
     * township's message (RECEIPT_FINDINGS), and the rest of its feedback not yet marked done on 数据同步 → 乡镇回执
     * (TOWNSHIP_FEEDBACK), each with its kind and the township's words.
     */
    private List<TodayItem> fromReceipts() {
        List<TodayRecord> toFix = new ArrayList<>();
        List<TodayRecord> feedback = new ArrayList<>();
        for (Task task : register.sync().tasks().tasks(true)) {
            Optional<Person> person = task.entityId().flatMap(id -> register.persons().find(id));
            UUID personId = person.map(Person::id).orElse(null);
            String name = person.map(Person::name).orElse("");
            if (task.kind() == TaskKind.FIX_CHANGE) {
                toFix.add(new TodayRecord(personId, name, task.message(), ""));
            } else {
                feedback.add(new TodayRecord(personId, name, Messages.get("home.feedback.detail",
                        Messages.get("syncui.task." + task.kind().name()), task.message()), ""));
            }
        }
        return List.of(new TodayItem(Kind.RECEIPT_FINDINGS, toFix), new TodayItem(Kind.TOWNSHIP_FEEDBACK, feedback));
    }

    private List<TodayRecord> followUps(LocalDate today) {
        return register.visits().dueBy(today.plusDays(FOLLOW_UP_DAYS_AHEAD)).stream()
                .filter(v -> v.voidReason() == null && v.nextDue() != null && inRegister(v.personId()))
                // visits due the same day by id: the order then does not hang on the order the rows were stored in,
                // which differs between a village and the township that imported it
                .sorted(Comparator.comparing(ServiceVisit::nextDue).thenComparing(ServiceVisit::id))
                .map(v -> new TodayRecord(v.personId(), name(v.personId()), followUpDetail(v, today),
                        villages().name(v.owner())))
                .toList();
    }

    private static String followUpDetail(ServiceVisit visit, LocalDate today) {
        long late = ChronoUnit.DAYS.between(visit.nextDue(), today);
        String type = visit.type() == null ? "" : visit.type().label();
        return late > 0
                ? Messages.get("home.followUp.overdue", type, visit.nextDue().toString(), late)
                : Messages.get("home.followUp.due", type, visit.nextDue().toString());
    }

    private List<TodayRecord> newbornsWithoutRegistration(LocalDate today) {
        LocalDate yearAgo = today.minusYears(1);
        List<TodayRecord> found = new ArrayList<>();
        VillagesHeld.forEachPersonRecordBornAfter(register, yearAgo, child -> {
            if (child.isActive() && child.birthDate() != null && child.birthDate().isAfter(yearAgo)
                    && !child.birthDate().isAfter(today) && !registered(child)) {
                found.add(new TodayRecord(child.id(), child.name(),
                        Messages.get("home.newborn.detail", child.birthDate().toString()), villages().name(child.owner())));
            }
        });
        found.sort(Comparator.comparing(TodayRecord::detail));
        return found;
    }

    /**
     * Whether a registration of the child's mother or father, made by the child's own village, lists the child
     * or was made for its birth.
     */
    private boolean registered(Person child) {
        Set<UUID> parents = new HashSet<>();
        if (child.motherId() != null) {
            parents.add(child.motherId());
        }
        if (child.fatherId() != null) {
            parents.add(child.fatherId());
        }
        return parents.stream()
                .flatMap(parent -> register.birthRegistrations().byPerson(parent).stream())
                .filter(r -> r.voidReason() == null && Objects.equals(r.owner(), child.owner()))
                .anyMatch(r -> covers(r, child));
    }

    static boolean covers(BirthRegistration registration, Person child) {
        for (RegisteredChild listed : registration.children()) {
            if (child.birthDate().equals(listed.birthDate())
                    || child.name() != null && child.name().equals(listed.name())) {
                return true;
            }
        }
        LocalDate expected = registration.expectedDelivery();
        return expected != null
                && Math.abs(ChronoUnit.DAYS.between(expected, child.birthDate())) <= EXPECTED_DELIVERY_TOLERANCE_DAYS;
    }

    /**
     * Children eligible for a childcare-subsidy programme of their own village and not enrolled in it (a township
     * holds each village's programme: a child is checked against its own village's, as the village does).
     */
    private List<TodayRecord> childcareNotEnrolled(LocalDate today) {
        Map<String, List<BenefitProgramme>> programmes = new HashMap<>();
        register.programmes().all().stream()
                .filter(p -> p.voidReason() == null && p.kind() == ProgrammeKind.CHILDCARE_SUBSIDY)
                .forEach(p -> programmes.computeIfAbsent(p.owner(), o -> new ArrayList<>()).add(p));
        if (programmes.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<UUID>> enrolled = new HashMap<>();
        programmes.values().stream().flatMap(List::stream).forEach(programme -> {
            Set<UUID> children = new HashSet<>();
            register.enrolments().byProgramme(programme.id()).stream()
                    .filter(e -> open(e, today) && e.childId() != null && Objects.equals(e.owner(), programme.owner()))
                    .forEach(e -> children.add(e.childId()));
            enrolled.put(programme.id(), children);
        });
        Map<UUID, List<TodayRecord>> found = new LinkedHashMap<>();
        programmes.values().stream().flatMap(List::stream).forEach(p -> found.put(p.id(), new ArrayList<>()));
        int oldest = programmes.values().stream().flatMap(List::stream)
                .mapToInt(ChildcareSubsidy::maxChildAge).max().orElse(0);
        VillagesHeld.forEachPersonRecordBornAfter(register, today.minusYears(oldest).minusDays(1), child -> {
            if (!child.isActive() || child.birthDate() == null) {
                return;
            }
            for (BenefitProgramme programme : programmes.getOrDefault(child.owner(), List.of())) {
                if (!enrolled.get(programme.id()).contains(child.id())) {
                    Eligibility eligibility = ChildcareSubsidy.forChild(child, programme, today);
                    if (eligibility.eligible()) {
                        found.get(programme.id()).add(new TodayRecord(child.id(), child.name(), Messages.get(
                                "home.childcare.detail", programme.name(), eligibility.message()),
                                villages().name(child.owner())));
                    }
                }
            }
        });
        return found.values().stream().flatMap(List::stream).toList();
    }

    private List<TodayRecord> reverificationsDue(LocalDate today) {
        LocalDate horizon = today.plusDays(REVERIFICATION_DAYS_AHEAD);
        List<Enrolment> due = new ArrayList<>();
        List<BenefitProgramme> programmes = register.programmes().all();
        for (BenefitProgramme programme : programmes) {
            register.enrolments().byProgramme(programme.id()).stream()
                    .filter(e -> open(e, today) && e.reverificationDue() != null
                            && !e.reverificationDue().isAfter(horizon) && beneficiaryHere(programme, e))
                    .forEach(due::add);
        }
        due.sort(Comparator.comparing(Enrolment::reverificationDue).thenComparing(Enrolment::id)); // as followUps
        return due.stream().map(e -> new TodayRecord(e.personId(), name(e.personId()), Messages.get(
                e.reverificationDue().isBefore(today) ? "home.reverify.overdue" : "home.reverify.due",
                programmeName(programmes, e.programmeId()), e.reverificationDue().toString()),
                villages().name(e.owner()))).toList();
    }

    /** The person the benefit is for (the child of a childcare subsidy) is still in the register: no review of the dead. */
    private boolean beneficiaryHere(BenefitProgramme programme, Enrolment e) {
        UUID who = programme.kind() == org.villageregistry.domain.benefit.ProgrammeKind.CHILDCARE_SUBSIDY
                && e.childId() != null ? e.childId() : e.personId();
        // from the persons' facts the lists already read, not a record read per enrolment
        return inRegister(who);
    }

    private static boolean open(Enrolment e, LocalDate today) {
        return e.voidReason() == null && (e.to() == null || !e.to().isBefore(today));
    }

    private static String programmeName(List<BenefitProgramme> programmes, UUID id) {
        return programmes.stream().filter(p -> p.id().equals(id)).map(BenefitProgramme::name).findFirst().orElse("");
    }

    /** A person's name: from the persons as counted (one pass, kept in memory), else the record (voided ones). */
    /** The person is in the register now (not died, moved out or voided): no follow-up of the dead. */
    private boolean inRegister(UUID personId) {
        name(personId);
        return active.contains(personId);
    }

    private String name(UUID personId) {
        if (names == null) {
            Map<UUID, String> all = new HashMap<>();
            java.util.Set<UUID> here = new java.util.HashSet<>();
            register.persons().forEachCounted(p -> {
                all.put(p.id(), p.name());
                if (p.isActive()) {
                    here.add(p.id());
                }
            });
            names = all;
            active = here;
        }
        String name = names.get(personId);
        return name != null ? name : register.persons().find(personId).map(Person::name).orElse("—");
    }

    private static TodayRecord finding(Finding finding) {
        return new TodayRecord(finding.recordId(), finding.record(), finding.message(), finding.village());
    }
}
