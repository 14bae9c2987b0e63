package org.villageregistry.county;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.county.intake.CountyServer;
import org.villageregistry.county.intake.IntakeService;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.CountyUsers;
import org.villageregistry.county.store.DuplicateSuspects;
import org.villageregistry.county.web.CountyPages;
import org.villageregistry.county.web.CountySite;
import org.villageregistry.county.web.StatsApi;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.sync.EnrolmentService;
import org.villageregistry.service.sync.SyncCrypto;

/**
 * The county tier (COUNTY.md): making a county ({@code vreg county init}), exchanging enrolment files with its
 * townships, and serving the intake. Built by the composition root with the sync module's crypto, so the county
 * signs, verifies and decrypts exactly as the workstations do.
 */
public final class County {
    /** The largest upload the county takes (BUNDLE.md's default bundle limit). */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;
    /** How many groups of each kind of duplicate suspect the page lists. */
    static final int DUPLICATE_GROUPS_SHOWN = 500;
    /** The latest uploads the administrators' page lists. */
    static final int UPLOADS_SHOWN = 200;

    private final SyncCrypto crypto;
    private final Clock clock;
    private final EnrolmentService.FileWriter writer;
    private final CountyReportPrinter printer;

    public County(SyncCrypto crypto, Clock clock, EnrolmentService.FileWriter writer) {
        this(crypto, clock, writer, (statistics, reporting, duplicates, shown, preparedBy) -> {
            throw new IllegalStateException("this county was assembled without the report module");
        });
    }

    public County(SyncCrypto crypto, Clock clock, EnrolmentService.FileWriter writer, CountyReportPrinter printer) {
        this.crypto = crypto;
        this.clock = clock;
        this.writer = writer;
        this.printer = printer;
    }

    /** Where the database is: a PostgreSQL server's JDBC URL, or a folder for an embedded PostgreSQL. */
    public record Database(Optional<String> jdbcUrl, Optional<Path> embeddedFolder) {
    }

    /** What {@code init} made. */
    public record Made(CountyHome home, SyncCrypto.KeyFingerprints fingerprints, String database) {
    }

    /** Makes a county: its folder, keys, schema and first administrator (the password is wiped). */
    public Made init(Path home, String division, String name, Database db, String user, char[] password) {
        DivisionCode code = DivisionCode.of(division);
        if (code.level() != DivisionLevel.COUNTY) {
            throw new RegistryException("county.init.notACounty", division);
        }
        if (Files.exists(home.resolve(CountyHome.SETTINGS))) {
            throw new RegistryException("county.init.exists", home.toString());
        }
        Optional<String> weak = org.villageregistry.domain.workstation.PasswordStrength.refusal(password);
        if (weak.isPresent()) {
            java.util.Arrays.fill(password, '\0');
            throw new RegistryException("county.user.weakPassword", weak.get());
        }
        CountyHome made = newHome(home, code, name, db);
        byte[] keys = crypto.newKeys();
        try (CountyDatabase database = made.openDatabase()) {
            new CountyUsers(new CountyStore(database)).add(user, CountyUsers.Role.ADMINISTRATOR, password,
                    clock.instant());
            made.save(keys);
            return new Made(made, crypto.fingerprints(keys), database.description());
        }
    }

    /**
     * Makes a county's folder and keys only, its embedded database to be made at first use (the sample county,
     * whose database is not handed around): {@code county enrol import} and {@code county user add} then make it.
     */
    public CountyHome makeHome(Path home, String division, String name, Path embeddedFolder) {
        DivisionCode code = DivisionCode.of(division);
        if (code.level() != DivisionLevel.COUNTY) {
            throw new RegistryException("county.init.notACounty", division);
        }
        if (Files.exists(home.resolve(CountyHome.SETTINGS))) {
            throw new RegistryException("county.init.exists", home.toString());
        }
        CountyHome made = newHome(home, code, name, new Database(Optional.empty(), Optional.of(embeddedFolder)));
        made.save(crypto.newKeys());
        return made;
    }

    private CountyHome newHome(Path home, DivisionCode code, String name, Database db) {
        Path embedded = db.embeddedFolder().map(p -> home.resolve(p).toAbsolutePath().normalize()).orElse(null);
        return new CountyHome(home.toAbsolutePath(), code, name, UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), db.jdbcUrl(), Optional.ofNullable(embedded));
    }

    public CountyHome open(Path home) {
        return CountyHome.load(home);
    }

    /** The county in {@code home}, over the database given (county.conf's) instead of the folder's own. */
    public CountyHome open(Path home, Optional<Database> database) {
        CountyHome county = CountyHome.load(home);
        return database.map(county::withDatabase).orElse(county);
    }

    /** Writes the county's enrolment file ({@code <division>.enrol.json}) into the folder. */
    public EnrolmentService.Exported exportEnrolment(Path home, Path folder) {
        return exportEnrolment(CountyHome.load(home), folder);
    }

    /** As {@link #exportEnrolment(Path, Path)} for an opened county. */
    public EnrolmentService.Exported exportEnrolment(CountyHome county, Path folder) {
        byte[] keys = county.keys();
        byte[] file = crypto.enrolmentFile(county.workstation(), keys, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return new EnrolmentService.Exported(writer.write(folder, county.division().value() + ".enrol.json", file),
                crypto.fingerprints(keys));
    }

    /** Enrols one of the county's townships from its enrolment file. */
    public SyncCrypto.EnrolmentCheck importEnrolment(Path home, Path file) {
        return importEnrolment(CountyHome.load(home), file);
    }

    /** As {@link #importEnrolment(Path, Path)} for an opened county. */
    public SyncCrypto.EnrolmentCheck importEnrolment(CountyHome county, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(e, "sync.readFailed", file.toString());
        }
        try (CountyDatabase database = county.openDatabase()) {
            CountyStore store = new CountyStore(database);
            List<Enrolment> known = store.enrolments();
            String name = file.getFileName().toString();
            SyncCrypto.EnrolmentCheck check = crypto.readEnrolment(bytes, name, known);
            DivisionCode other = DivisionCode.of(check.division());
            if (other.level() != DivisionLevel.TOWNSHIP || !county.division().contains(other)) {
                throw new RegistryException("sync.service.enrolOutside", name, check.divisionName(),
                        check.division(), county.name());
            }
            store.saveEnrolment(new Enrolment(check.division(), check.divisionName(), check.workstationId(),
                    check.fingerprints().signing(), check.fingerprints().encryption(), bytes, clock.instant()),
                    county.division().value());
            return check;
        }
    }

    /** Adds a user of the county's page (vreg county user add); the password is wiped. */
    public void addUser(Path home, String name, CountyUsers.Role role, char[] password) {
        CountyHome county = CountyHome.load(home);
        try (CountyDatabase database = county.openDatabase()) {
            new CountyUsers(new CountyStore(database)).add(name, role, password, clock.instant());
        }
    }

    /** The county page's users, by name (vreg county user list). */
    public java.util.List<CountyUsers.UserLine> users(Path home) {
        CountyHome county = CountyHome.load(home);
        try (CountyDatabase database = county.openDatabase()) {
            return new CountyUsers(new CountyStore(database)).list();
        }
    }

    /** A new password for a user, lifting a lock (vreg county user passwd); the password is wiped. */
    public void setUserPassword(Path home, String name, char[] password) {
        CountyHome county = CountyHome.load(home);
        try (CountyDatabase database = county.openDatabase()) {
            new CountyUsers(new CountyStore(database)).setPassword(name, password);
        }
    }

    /** Removes a user of the county's page (vreg county user remove); their open pages sign out. */
    public void removeUser(Path home, String name) {
        CountyHome county = CountyHome.load(home);
        try (CountyDatabase database = county.openDatabase()) {
            new CountyUsers(new CountyStore(database)).remove(name);
        }
    }

    /** The county's indicators for a period (vreg county stats, GET /api/stats). */
    public CountyStatistics.Report stats(Path home, org.villageregistry.domain.indicator.Period period) {
        return stats(CountyHome.load(home), period);
    }

    /** As {@link #stats(Path, org.villageregistry.domain.indicator.Period)} for an opened county. */
    public CountyStatistics.Report stats(CountyHome county, org.villageregistry.domain.indicator.Period period) {
        try (CountyDatabase database = county.openDatabase()) {
            return CountyStatistics.compute(county, new CountyStore(database), period);
        }
    }

    /** As {@link #stats(Path, org.villageregistry.domain.indicator.Period)} over an open database. */
    public static CountyStatistics.Report stats(CountyHome county, CountyDatabase database,
                                                org.villageregistry.domain.indicator.Period period) {
        return CountyStatistics.compute(county, new CountyStore(database), period);
    }

    /** The county's monthly report as PDF: its statistics and who has not reported for the period. */
    public byte[] monthlyReport(Path home, org.villageregistry.domain.indicator.Period period, String preparedBy) {
        CountyHome county = CountyHome.load(home);
        try (CountyDatabase database = county.openDatabase()) {
            CountyStore store = new CountyStore(database);
            return printer.monthlyPdf(CountyStatistics.compute(county, store, period),
                    ReportingStatus.of(store, period, clock),
                    new DuplicateSuspects(store).find(DUPLICATE_GROUPS_SHOWN), DUPLICATE_GROUPS_SHOWN, preparedBy);
        }
    }

    /** County-wide duplicate suspects to review (vreg county duplicates, the web page): at most limit of each kind. */
    public java.util.List<DuplicateSuspects.Group> duplicates(Path home, int limit) {
        CountyHome county = CountyHome.load(home);
        try (CountyDatabase database = county.openDatabase()) {
            return new DuplicateSuspects(new CountyStore(database)).find(limit);
        }
    }

    /** A running county server; closing it stops the server and the database. */
    public interface Running extends AutoCloseable {
        int port();

        CountyDatabase database();

        @Override
        void close();
    }

    /** Starts the intake on {@code port} (0: any free port) over the county's database. */
    public Running serve(Path home, String host, int port) {
        return serve(CountyHome.load(home), host, port);
    }

    /** As {@link #serve(Path, String, int)} for an opened county (its database as {@link #open(Path, Optional)} chose). */
    public Running serve(CountyHome county, String host, int port) {
        CountyDatabase database = county.openDatabase();
        try {
            return serve(county, database, intake(county, new CountyStore(database), MAX_UPLOAD_BYTES), host, port,
                    true, clock, printer);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Serves the given intake over a database; {@code ownsDatabase}: closing the server closes the database. */
    public static Running serve(CountyDatabase database, IntakeService intake, String host, int port,
                                boolean ownsDatabase) {
        return serve(null, database, intake, host, port, ownsDatabase, Clock.systemDefaultZone());
    }

    /**
     * As above, with the analysts' pages ({@code /sign-in}, {@code /stats}, {@code /reporting}) and JSON API
     * ({@code GET /api/stats}) when the county is given; {@code clock} dates sessions, lockouts and periods.
     */
    public static Running serve(CountyHome county, CountyDatabase database, IntakeService intake, String host,
                                int port, boolean ownsDatabase, Clock clock) {
        return serve(county, database, intake, host, port, ownsDatabase, clock,
                (statistics, reporting, duplicates, shown, who) -> {
                    throw new IllegalStateException("this county server was started without the report module");
                });
    }

    /** As above, with the county's monthly report as PDF ({@code /report.pdf}) printed by {@code printer}. */
    public static Running serve(CountyHome county, CountyDatabase database, IntakeService intake, String host,
                                int port, boolean ownsDatabase, Clock clock, CountyReportPrinter printer) {
        CountyServer server;
        try {
            server = new CountyServer(new InetSocketAddress(host, port), intake);
        } catch (java.net.BindException e) {
            throw new RegistryException(e, "county.serve.portInUse", String.valueOf(port), host);
        } catch (IOException e) {
            throw new RegistryException(e, "county.serve.portBusy", String.valueOf(port), String.valueOf(e.getMessage()));
        }
        if (county != null) {
            CountyStore store = new CountyStore(database);
            CountyUsers users = new CountyUsers(store);
            CountyStatistics.Kept reports = new CountyStatistics.Kept(county, store);
            CountyPages pages = new CountyPages(new CountySite(county.name(), users, reports::report,
                    period -> ReportingStatus.of(store, period, clock),
                    () -> new DuplicateSuspects(store).find(DUPLICATE_GROUPS_SHOWN),
                    (period, who) -> printer.monthlyPdf(reports.report(period),
                            ReportingStatus.of(store, period, clock),
                            new DuplicateSuspects(store).find(DUPLICATE_GROUPS_SHOWN), DUPLICATE_GROUPS_SHOWN, who),
                    () -> store.latestUploads(UPLOADS_SHOWN), () -> store.enrolments().stream().collect(
                            java.util.stream.Collectors.toMap(e -> e.division(), e -> e.divisionName(), (a, b) -> b)),
                    clock));
            server.route("/api/stats", new StatsApi(users, reports::report, clock, pages::signedIn));
            server.route("/", pages);
        }
        server.start();
        return new Running() {
            @Override
            public int port() {
                return server.port();
            }

            @Override
            public CountyDatabase database() {
                return database;
            }

            @Override
            public void close() {
                server.close();
                if (ownsDatabase) {
                    database.close();
                }
            }
        };
    }

    /** The intake over a store, for tests and the benchmark. */
    public IntakeService intake(CountyHome county, CountyStore store, long maxBytes) {
        return new IntakeService(crypto, store, clock, county.division().value(), county.keys(), maxBytes);
    }
}
