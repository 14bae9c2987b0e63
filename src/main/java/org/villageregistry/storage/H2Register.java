package org.villageregistry.storage;

import org.villageregistry.domain.repository.RecordRepository;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.record.EntityType;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.EnumMap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.ChangeLog;
import org.villageregistry.domain.repository.EventRepositories.BirthRepository;
import org.villageregistry.domain.repository.EventRepositories.DeathRepository;
import org.villageregistry.domain.repository.EventRepositories.MarriageRepository;
import org.villageregistry.domain.repository.EventRepositories.MoveRepository;
import org.villageregistry.domain.repository.HouseholdRepository;
import org.villageregistry.domain.repository.PersonRepository;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.ServiceRepositories.BirthRegistrationRepository;
import org.villageregistry.domain.repository.ServiceRepositories.EnrolmentRepository;
import org.villageregistry.domain.repository.ServiceRepositories.PaymentRepository;
import org.villageregistry.domain.repository.ServiceRepositories.PregnancyRepository;
import org.villageregistry.domain.repository.ServiceRepositories.ProgrammeRepository;
import org.villageregistry.domain.repository.ServiceRepositories.ServiceVisitRepository;
import org.villageregistry.domain.repository.StatisticsQueries;
import org.villageregistry.domain.repository.SignInTimes;
import org.villageregistry.domain.repository.TableSpace;
import org.villageregistry.domain.repository.FileTraffic;
import org.villageregistry.domain.repository.UserProfiles;
import org.villageregistry.domain.repository.VerificationRepository;
import org.villageregistry.domain.repository.TransferredPersons;
import org.villageregistry.domain.repository.Transactions;
import org.villageregistry.domain.sync.SyncState;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;

/** An opened register: one connection, its repositories, the change log and the search index. */
final class H2Register implements Register {
    private final Path home;
    private final DatabaseKey key;
    private final Connection connection;
    private final Runnable onClose;
    private final JdbcTransactions tx;
    private final WorkstationInfo workstation;
    private final SignedInUser user;
    private final ChangeJournal changes;
    private final AuditJournal audit;
    private final KeptValues kept = new KeptValues();
    private final PersonSearchIndex index = new PersonSearchIndex(kept);
    private final PersonFacts facts = new PersonFacts(kept);
    private final CountedRecords counted = new CountedRecords();
    private final JdbcPersonRepository persons;
    private final JdbcTransferredPersons transferredPersons;
    private final JdbcHouseholdRepository households;
    private final EventStores.Births births;
    private final EventStores.Deaths deaths;
    private final EventStores.Marriages marriages;
    private final EventStores.Moves moves;
    private final ServiceStores.BirthRegistrations birthRegistrations;
    private final ServiceStores.Pregnancies pregnancies;
    private final ServiceStores.ServiceVisits visits;
    private final ServiceStores.Programmes programmes;
    private final ServiceStores.Enrolments enrolments;
    private final ServiceStores.Payments payments;
    private final SqlStatistics statistics;
    private final JdbcSyncState sync;
    private final JdbcVerifications verifications;
    private final Map<EntityType, RecordRepository<?>> byKind;
    private boolean closed;
    private SignInTimes signInTimes;
    /** When closing compacts the file into a new one (decision 0020); none for the registers opened to check. */
    private RegisterCompaction.Criterion compaction = RegisterCompaction.Criterion.NEVER;
    private final Clock clock;
    private RegisterCompaction.Result compacted;

    H2Register(Path home, DatabaseKey key, Connection connection, SignedInUser user, Clock clock, Runnable onClose)
            throws SQLException {
        this.home = home;
        this.key = key;
        this.connection = connection;
        this.onClose = onClose;
        this.user = user;
        this.clock = clock;
        this.tx = new JdbcTransactions(connection, home);
        this.workstation = tx.read(this::readWorkstation);
        this.changes = new ChangeJournal(tx, clock, workstation.division().value(), user.name());
        this.audit = new AuditJournal(tx, clock, workstation.workstationId().toString(), user.name());
        this.persons = new JdbcPersonRepository(tx, changes, index, facts);
        this.transferredPersons = new JdbcTransferredPersons(tx);
        this.households = new JdbcHouseholdRepository(tx, changes, index);
        this.births = new EventStores.Births(tx, changes);
        this.deaths = new EventStores.Deaths(tx, changes);
        this.marriages = new EventStores.Marriages(tx, changes);
        this.moves = new EventStores.Moves(tx, changes);
        this.birthRegistrations = new ServiceStores.BirthRegistrations(tx, changes);
        this.pregnancies = new ServiceStores.Pregnancies(tx, changes);
        this.visits = new ServiceStores.ServiceVisits(tx, changes);
        this.programmes = new ServiceStores.Programmes(tx, changes);
        this.enrolments = new ServiceStores.Enrolments(tx, changes);
        this.payments = new ServiceStores.Payments(tx, changes);
        counted.follow(moves, visits, pregnancies);
        this.statistics = new SqlStatistics(tx, facts, counted);
        this.sync = JdbcSyncState.over(tx, key, clock);
        this.verifications = new JdbcVerifications(tx);
        this.byKind = byKind();
        // the search index and the persons' facts are built on first use (a search, a count), not here:
        // opening does not need them
    }

    /** Writes the workstation's identity into a new register. */
    static void initialise(Connection c, WorkstationInfo info) throws SQLException {
        Sql.update(c, "INSERT INTO workstation (id, workstation_id, role, division, division_name, created_at)"
                + " VALUES (1, ?, ?, ?, ?, ?)", info.workstationId(), info.role(), info.division().value(),
                info.divisionName(), info.createdAt().toString());
        Sql.update(c, "INSERT INTO division (code, name) VALUES (?, ?)", info.division().value(), info.divisionName());
        c.commit();
    }

    DatabaseKey key() {
        return key;
    }

    Path home() {
        return home;
    }

    private WorkstationInfo readWorkstation() {
        List<WorkstationInfo> rows = Sql.list(tx.connection(),
                "SELECT workstation_id, role, division, division_name, created_at FROM workstation WHERE id = 1",
                rs -> new WorkstationInfo(rs.getObject(1, UUID.class), WorkstationRole.valueOf(rs.getString(2)),
                        DivisionCode.of(rs.getString(3)), rs.getString(4), Instant.parse(rs.getString(5))));
        if (rows.isEmpty()) {
            throw new RegistryException("storage.error.notOurs", home.toString());
        }
        return rows.get(0);
    }

    @Override
    public WorkstationInfo workstation() {
        return workstation;
    }

    @Override
    public SignedInUser user() {
        return user;
    }

    @Override
    public Transactions transactions() {
        return tx;
    }

    @Override
    public PersonRepository persons() {
        return persons;
    }

    @Override
    public TransferredPersons transferredPersons() {
        return transferredPersons;
    }

    @Override
    public HouseholdRepository households() {
        return households;
    }

    @Override
    public BirthRepository births() {
        return births;
    }

    @Override
    public DeathRepository deaths() {
        return deaths;
    }

    @Override
    public MarriageRepository marriages() {
        return marriages;
    }

    @Override
    public MoveRepository moves() {
        return moves;
    }

    @Override
    public BirthRegistrationRepository birthRegistrations() {
        return birthRegistrations;
    }

    @Override
    public PregnancyRepository pregnancies() {
        return pregnancies;
    }

    @Override
    public ServiceVisitRepository visits() {
        return visits;
    }

    @Override
    public ProgrammeRepository programmes() {
        return programmes;
    }

    @Override
    public EnrolmentRepository enrolments() {
        return enrolments;
    }

    @Override
    public PaymentRepository payments() {
        return payments;
    }

    @Override
    @SuppressWarnings("unchecked")
    public RecordRepository<RegisterRecord> repository(EntityType kind) {
        return (RecordRepository<RegisterRecord>) byKind.get(kind);
    }

    /** Every kind of record with its repository; a kind added to {@link EntityType} without one fails here. */
    private Map<EntityType, RecordRepository<?>> byKind() {
        Map<EntityType, RecordRepository<?>> all = new EnumMap<>(EntityType.class);
        for (RecordRepository<?> r : List.of(persons, households, births, deaths, marriages, moves,
                birthRegistrations, pregnancies, visits, programmes, enrolments, payments)) {
            all.put(r.kind(), r);
        }
        if (all.size() != EntityType.values().length) {
            throw new IllegalStateException("a kind of record has no repository: " + all.keySet());
        }
        return all;
    }

    @Override
    public ChangeLog changes() {
        return changes;
    }

    @Override
    public AuditJournal audit() {
        return audit;
    }

    @Override
    public List<TableSpace> space() {
        return tx.read(() -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                         + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
                List<TableSpace> space = new ArrayList<>();
                for (String table : tables) {
                    String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                    try (ResultSet d = s.executeQuery("SELECT DISK_SPACE_USED('" + quoted.replace("'", "''")
                            + "'), (SELECT COUNT(*) FROM " + quoted + ")")) {
                        d.next();
                        space.add(new TableSpace(table.toLowerCase(java.util.Locale.ROOT), d.getLong(2), d.getLong(1)));
                    }
                }
                return space;
            } catch (SQLException e) {
                throw StorageFailure.explain(e, home);
            }
        });
    }

    @Override
    public FileTraffic fileTraffic() {
        return tx.read(() -> fileTraffic(connection, home));
    }

    /** H2's own counters of the file's reads and writes since the database was opened. */
    static FileTraffic fileTraffic(Connection c, Path home) {
        Map<String, Long> info = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILE_READ', 'info.FILE_READ_BYTES', 'info.FILE_WRITE',"
                     + " 'info.FILE_WRITE_BYTES')")) {
            while (rs.next()) {
                info.put(rs.getString(1), Long.parseLong(rs.getString(2)));
            }
        } catch (SQLException e) {
            throw StorageFailure.explain(e, home);
        }
        if (info.size() != 4) {
            throw new IllegalStateException("H2 gave " + info.keySet() + " of its four file counters");
        }
        return new FileTraffic(info.get("info.FILE_READ"), info.get("info.FILE_READ_BYTES"),
                info.get("info.FILE_WRITE"), info.get("info.FILE_WRITE_BYTES"));
    }

    void timed(SignInTimes times) {
        this.signInTimes = times;
    }

    @Override
    public Optional<SignInTimes> signInTimes() {
        return Optional.ofNullable(signInTimes);
    }

    @Override
    public VerificationRepository verifications() {
        return verifications;
    }

    @Override
    public UserProfiles profiles() {
        return new JdbcUserProfiles(tx);
    }

    @Override
    public StatisticsQueries statistics() {
        return statistics;
    }

    @Override
    public List<Division> divisions() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT code, name FROM division ORDER BY code",
                rs -> new Division(DivisionCode.of(rs.getString(1)), rs.getString(2))));
    }

    @Override
    public void saveDivision(Division division) {
        tx.write(() -> Sql.update(tx.connection(), "MERGE INTO division (code, name) KEY (code) VALUES (?, ?)",
                division.code().value(), division.name()));
    }

    @Override
    public SyncState sync() {
        return sync;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // never SHUTDOWN COMPACT on the live file: killed during it, an encrypted register was left unreadable
            // (decision 0016); a file worth compacting is compacted into a new one after the close (0020)
            Optional<RegisterCompaction.Plan> plan = connection.isClosed()
                    ? Optional.empty() : RegisterCompaction.plan(connection, compaction);
            connection.close();
            plan.flatMap(p -> RegisterCompaction.run(home, key, clock, p)).ifPresent(done -> compacted = done);
        } catch (SQLException e) {
            throw StorageFailure.explain(e, home);
        } finally {
            onClose.run();
        }
    }

    /** Closes compact the file when {@code criterion} says it is worth it. */
    void compactWhenClosing(RegisterCompaction.Criterion criterion) {
        this.compaction = criterion;
    }

    RegisterCompaction.Criterion compaction() {
        return compaction;
    }

    /** What the close compacted, if it did. */
    Optional<RegisterCompaction.Result> compacted() {
        return Optional.ofNullable(compacted);
    }
}
