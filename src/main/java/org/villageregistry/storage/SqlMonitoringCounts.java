package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceCoverageRules;
import org.villageregistry.domain.health.ServiceCoverageRules.Delivery;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.quality.QualityCounts;
import org.villageregistry.domain.repository.StatisticsQueries.KnownBirths;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.workstation.WorkstationRole;

/**
 * The counts of the monitoring indicators on a workstation (service coverage, benefits, reconciliation lists, data
 * quality): SQL picks the division's rows, the domain's rules count them ({@link ServiceCoverageRules},
 * {@link QualityCounts}), so the county's PostgreSQL queries have one definition to agree with.
 */
final class SqlMonitoringCounts {
    /** The visits the service coverage counts. */
    private static final Set<VisitType> COVERAGE_VISITS = EnumSet.of(VisitType.WOMEN_HEALTH_CHECK,
            VisitType.PREGNANCY_FOLLOW_UP, VisitType.POSTNATAL);

    private final JdbcTransactions tx;
    private final PersonFacts facts;
    private final PendingRecords pending;
    private final CountedRecords counted;

    SqlMonitoringCounts(JdbcTransactions tx, PersonFacts facts, CountedRecords counted) {
        this.tx = tx;
        this.facts = facts;
        this.counted = counted;
        this.pending = new PendingRecords(tx);
    }

    ServiceCoverage serviceCoverage(String prefix, LocalDate from, LocalDate to) {
        return tx.read(() -> {
            String digits = digits(prefix);
            List<ServiceVisit> visits = new ArrayList<>();
            for (ServiceVisit v : counted.visits.all(tx)) {
                if (v.owner().startsWith(digits) && v.date() != null && !v.date().isAfter(to)
                        && COVERAGE_VISITS.contains(v.type())) {
                    visits.add(v);
                }
            }
            List<Pregnancy> pregnancies = new ArrayList<>();
            for (Pregnancy p : counted.pregnancies.all(tx)) {
                if (p.owner().startsWith(digits) && p.expectedDelivery() != null) {
                    pregnancies.add(p);
                }
            }
            List<Delivery> deliveries = Sql.list(tx.connection(), "SELECT DISTINCT mother_id, born_on FROM birth"
                    + " WHERE owner LIKE ? AND NOT voided AND mother_id IS NOT NULL AND born_on BETWEEN ? AND ?",
                    rs -> new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)), prefix, from, to);
            Set<UUID> away = new HashSet<>();
            for (Person p : facts.all(tx)) {
                if (p.residence() == ResidenceStatus.AWAY && p.owner().startsWith(digits)
                        && ServiceCoverageRules.isMarriedWomanAway(p.sex(), ResidenceStatus.AWAY, p.maritalStatus(),
                                p.birthDate(), to)) {
                    away.add(p.id());
                }
            }
            return ServiceCoverageRules.count(new Period(Period.Kind.MONTH, from, to), visits, pregnancies,
                    deliveries, away::contains);
        });
    }

    Map<ProgrammeKind, BenefitFigures> benefits(String prefix, LocalDate from, LocalDate to) {
        return tx.read(() -> {
            Map<UUID, ProgrammeKind> kinds = new HashMap<>();
            Sql.each(tx.connection(), "SELECT id, state FROM programme WHERE NOT voided", rs -> {
                BenefitProgramme p = RecordJson.read(rs.getString(2), BenefitProgramme.class);
                if (p.kind() != null) {
                    kinds.put(rs.getObject(1, UUID.class), p.kind());
                }
            });
            Map<ProgrammeKind, BenefitFigures> out = new EnumMap<>(ProgrammeKind.class);
            Sql.each(tx.connection(), "SELECT programme_id, COUNT(DISTINCT person_id) FROM enrolment WHERE owner LIKE ?"
                    + " AND NOT voided AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) GROUP BY programme_id",
                    rs -> add(out, kinds.get(rs.getObject(1, UUID.class)), new BenefitFigures(rs.getLong(2), Money.ZERO)),
                    prefix, to, from);
            // the month's payments by their date's index, then their enrolments' programmes by id: H2 planned the
            // join from the enrolments instead, reading every payment (1.5-3.9 s at 300,000 persons)
            Map<UUID, Long> paid = new HashMap<>();
            Sql.each(tx.connection(), "SELECT enrolment_id, SUM(amount_fen) FROM payment WHERE owner LIKE ?"
                    + " AND NOT voided AND amount_fen IS NOT NULL AND paid_on BETWEEN ? AND ? GROUP BY enrolment_id",
                    rs -> paid.put(rs.getObject(1, UUID.class), rs.getLong(2)), prefix, from, to);
            if (!paid.isEmpty()) {
                Sql.each(tx.connection(), "SELECT id, programme_id FROM enrolment WHERE id = ANY(?)",
                        rs -> add(out, kinds.get(rs.getObject(2, UUID.class)), new BenefitFigures(0,
                                new Money(paid.get(rs.getObject(1, UUID.class))))),
                        (Object) paid.keySet().toArray(UUID[]::new));
            }
            return out;
        });
    }

    private static void add(Map<ProgrammeKind, BenefitFigures> out, ProgrammeKind kind, BenefitFigures figures) {
        if (kind != null) {
            out.merge(kind, figures, BenefitFigures::plus);
        }
    }

    /** Known births of the township's lists; a village holds no list (the township's receipt names what it missed). */
    Optional<KnownBirths> knownBirths(String prefix, LocalDate from, LocalDate to) {
        return tx.read(() -> {
            if (Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_known_birth WHERE village LIKE ?", prefix) == 0) {
                return Optional.empty();
            }
            long found = Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_known_birth WHERE village LIKE ?"
                    + " AND born_on BETWEEN ? AND ?", prefix, from, to);
            long reported = Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_known_birth k WHERE k.village LIKE ?"
                    + " AND k.born_on BETWEEN ? AND ? AND (k.matched OR EXISTS (SELECT 1 FROM birth b"
                    + " JOIN person m ON m.id = b.mother_id WHERE b.owner = k.village AND NOT b.voided AND NOT m.voided"
                    + " AND m.id_number = k.mother_id_number AND ABS(DATEDIFF('DAY', b.born_on, k.born_on)) <= ?))",
                    prefix, from, to, KnownBirth.MATCH_DAYS);
            return Optional.of(new KnownBirths(found, reported));
        });
    }

    DataQuality dataQuality(String prefix, LocalDate day) {
        return tx.read(() -> {
            String digits = digits(prefix);
            QualityCounts counts = facts.quality(tx, digits, day);
            // township: a person who transferred to another village since still counts in the old one before the move
            List<org.villageregistry.domain.quality.PersonQuality> transferred = new java.util.ArrayList<>();
            Sql.each(tx.connection(), "SELECT state FROM transferred_person WHERE owner LIKE ? AND NOT voided"
                    + " AND residence IS NOT NULL AND left_on > ?", rs -> transferred.add(
                            org.villageregistry.domain.quality.PersonQuality.of(RecordJson.read(rs.getString(1),
                                    org.villageregistry.domain.person.Person.class))), prefix, day);
            if (!transferred.isEmpty()) {
                counts = counts.plus(QualityCounts.ofWorkedOut(transferred, day, 0));
            }
            WorkstationRole role = WorkstationRole.valueOf(Sql.list(tx.connection(),
                    "SELECT role FROM workstation WHERE id = 1", rs -> rs.getString(1)).get(0));
            Optional<Long> conflicts = role == WorkstationRole.VILLAGE ? Optional.empty()
                    : Optional.of(Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_conflict WHERE origin LIKE ?"
                            + " AND decision IS NULL", prefix));
            long notAcknowledged = role == WorkstationRole.VILLAGE ? pending.count(prefix)
                    : Sql.count(tx.connection(), "SELECT COALESCE(SUM(applied), 0) FROM sync_imported_bundle"
                            + " WHERE origin LIKE ? AND receipt_id IS NULL", prefix);
            return new DataQuality(counts.completeness(), counts.invalidIds(), counts.duplicateSuspects(), conflicts,
                    Optional.of(notAcknowledged));
        });
    }

    /** "4101%" → "4101". */
    private static String digits(String prefix) {
        return prefix.substring(0, prefix.length() - 1);
    }
}
