package org.villageregistry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.villageregistry.county.County;
import org.villageregistry.county.CountyConfig;
import org.villageregistry.county.CountyHome;
import org.villageregistry.county.store.CountyUsers;
import org.villageregistry.county.store.DuplicateSuspects;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.sync.EnrolmentService;
import org.villageregistry.service.sync.SyncCrypto;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** vreg county init|serve|enrol: the county server on PostgreSQL (COUNTY.md). */
@Command(name = "county", mixinStandardHelpOptions = true,
        subcommands = {CountyCommand.Init.class, CountyCommand.Serve.class, CountyCommand.Enrol.class,
                CountyCommand.Stats.class, CountyCommand.Report.class, CountyCommand.Duplicates.class,
                CountyCommand.User.class})
final class CountyCommand extends CommandGroup {

    /** What the county subcommands share: the county's folder and the program. */
    abstract static class CountyBase implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--home", paramLabel = "DIR", descriptionKey = "cli.county.opt.home")
        Path home;

        @Option(names = "--config", paramLabel = "FILE", descriptionKey = "cli.county.opt.config")
        Path configFile;

        private CountyConfig config;

        /** The configuration file (--config), read once; empty without one. */
        Optional<CountyConfig> config() {
            if (config == null && configFile != null) {
                config = CountyConfig.load(configFile);
            }
            return Optional.ofNullable(config);
        }

        /** The county's folder: --home, else the configuration file's {@code home}. */
        Path home() {
            if (home != null) {
                return home;
            }
            return config().map(CountyConfig::home).orElseThrow(() -> new RegistryException("cli.county.homeChoice"));
        }

        /** The county, over the database the configuration file names (if it names one). */
        CountyHome opened() {
            return county().open(home(), config().flatMap(CountyConfig::database));
        }

        Vreg vreg() {
            return (Vreg) spec.root().userObject();
        }

        County county() {
            return vreg().program().county();
        }

        PrintWriter out() {
            return vreg().context().out();
        }

        PrintWriter err() {
            return vreg().context().err();
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init extends CountyBase {
        @Option(names = "--division", required = true, paramLabel = "CODE", descriptionKey = "cli.county.opt.division")
        String division;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.county.opt.name")
        String name;

        @Option(names = "--db", paramLabel = "JDBC_URL", descriptionKey = "cli.county.opt.db")
        String db;

        @Option(names = "--embedded-db", paramLabel = "DIR", descriptionKey = "cli.county.opt.embeddedDb")
        Path embeddedDb;

        @Option(names = "--user", required = true, paramLabel = "NAME", descriptionKey = "cli.county.opt.user")
        String user;

        @Override
        public Integer call() {
            County.Database database;
            if ((db == null) != (embeddedDb == null)) {
                database = new County.Database(Optional.ofNullable(db), Optional.ofNullable(embeddedDb));
            } else if (db == null && config().flatMap(CountyConfig::database).isPresent()) {
                database = config().flatMap(CountyConfig::database).orElseThrow();
            } else {
                throw new RegistryException("cli.county.dbChoice");
            }
            Path folder = home();
            char[] password = CommandBase.newPassword(vreg().context());
            County.Made made = county().init(folder, division, name, database, user, password);
            out().println(Messages.get("cli.county.made", made.home().name(), made.home().division().value(),
                    made.home().folder(), made.database()));
            out().println(Messages.get("cli.enrol.signing", made.fingerprints().signingDisplay()));
            out().println(Messages.get("cli.enrol.encryption", made.fingerprints().encryptionDisplay()));
            return Vreg.OK;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true)
    static final class Serve extends CountyBase {
        private static final long WATCH_SECONDS = 5;

        @Option(names = "--port", paramLabel = "PORT", descriptionKey = "cli.county.opt.port")
        Integer port;

        @Option(names = "--bind", paramLabel = "ADDRESS", descriptionKey = "cli.county.opt.bind")
        String bind;

        @Override
        public Integer call() throws InterruptedException {
            // an option given on the command line, else the configuration file's, else only this machine on 8080
            int port = Optional.ofNullable(this.port).or(() -> config().flatMap(CountyConfig::port)).orElse(8080);
            String bind = Optional.ofNullable(this.bind).or(() -> config().flatMap(CountyConfig::bind))
                    .orElse("127.0.0.1");
            County.Running running = county().serve(opened(), bind, port);
            CountDownLatch stopped = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean databaseGone = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable closeOnce = () -> {
                if (closed.compareAndSet(false, true)) {
                    running.close();
                }
            };
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                closeOnce.run();
                stopped.countDown();
            }, "county-stop"));
            // the embedded PostgreSQL stopped under the server (killed, out of memory): the server stops too, with a
            // failure, so that the service manager (Restart=on-failure) starts both again, instead of answering 503
            // for good
            java.util.concurrent.ScheduledExecutorService watch = java.util.concurrent.Executors
                    .newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "county-database-watch");
                        t.setDaemon(true);
                        return t;
                    });
            watch.scheduleWithFixedDelay(() -> {
                if (!running.database().alive() && databaseGone.compareAndSet(false, true)) {
                    stopped.countDown();
                }
            }, WATCH_SECONDS, WATCH_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            out().println(Messages.get("cli.county.serving", bind, String.valueOf(running.port()),
                    running.database().description()));
            out().flush();
            stopped.await();
            watch.shutdownNow();
            if (databaseGone.get()) {
                err().println(Messages.get("cli.county.databaseGone"));
                err().flush();
                try {
                    closeOnce.run();
                } catch (RuntimeException stoppingWhatIsGone) {
                    // the database is gone already: nothing more to stop
                }
                return Vreg.SERVICE_FAILED;
            }
            out().println(Messages.get("cli.county.stopped"));
            out().flush();
            return Vreg.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true)
    static final class Stats extends CountyBase {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM|YYYY-Qn|YYYY",
                descriptionKey = "cli.opt.period")
        String period;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
        OutputFormat format;

        @Override
        public Integer call() throws java.io.IOException {
            var report = county().stats(opened(), org.villageregistry.domain.indicator.Period.parse(period));
            if (format == OutputFormat.json) {
                out().println(org.villageregistry.service.Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(report));
                return Vreg.OK;
            }
            out().println(Messages.get("cli.stats.header", report.divisionCode(), report.divisionName(),
                    report.period().text(), report.period().from(), report.period().to()));
            TextTable table = new TextTable(Messages.get("cli.county.col.division"),
                    Messages.get("cli.stats.row.populationEnd"), Messages.get("cli.stats.row.births"),
                    Messages.get("cli.stats.row.deaths"), Messages.get("cli.stats.row.movesIn"),
                    Messages.get("cli.stats.row.movesOut"));
            for (var township : report.townships()) {
                row(table, township.total(), "");
                township.villages().forEach(v -> row(table, v, "  "));
            }
            row(table, report.total(), "");
            table.print(out());
            return Vreg.OK;
        }

        private static void row(TextTable table, org.villageregistry.service.DivisionStatistics d, String indent) {
            table.row(indent + d.divisionCode() + " " + d.divisionName(), d.populationEnd(),
                    org.villageregistry.domain.indicator.IndicatorText.births(d.births().total(), d.births().male(),
                            d.births().female()),
                    d.deaths(), d.movesIn(), d.movesOut());
        }
    }

    /** vreg county report: the county's monthly report as PDF, written whole or not at all. */
    @Command(name = "report", mixinStandardHelpOptions = true)
    static final class Report extends CountyBase {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM|YYYY-Qn|YYYY",
                descriptionKey = "cli.opt.period")
        String period;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.county.opt.reportOut")
        Path file;

        @Override
        public Integer call() throws java.io.IOException {
            Path target = file.toAbsolutePath();
            org.villageregistry.service.files.WriteFailure.requireFolder(target);
            org.villageregistry.domain.indicator.Period chosen = org.villageregistry.domain.indicator.Period.parse(period);
            byte[] pdf = county().monthlyReport(home(), chosen, Messages.get("cli.county.report.preparedBy"));
            try {
                org.villageregistry.service.files.DurableFile.replace(target.getParent(),
                        target.getFileName().toString(), pdf);
            } catch (java.io.IOException e) {
                throw org.villageregistry.service.files.WriteFailure.explain(e, target);
            }
            out().println(Messages.get("cli.county.report.written",
                    Messages.get("report.county.title", org.villageregistry.report.PeriodWords.report(chosen)), target));
            return Vreg.OK;
        }
    }

    @Command(name = "user", mixinStandardHelpOptions = true, subcommands = {AddUser.class, ListUsers.class,
            UserPassword.class, RemoveUser.class})
    static final class User extends CommandGroup {
    }

    /** vreg county user add: an analyst or administrator of the county's page (password from VREG_NEW_PASSWORD). */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class AddUser extends CountyBase {
        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.county.opt.userName")
        String name;

        @Option(names = "--role", defaultValue = "ANALYST", paramLabel = "ANALYST|ADMINISTRATOR",
                descriptionKey = "cli.county.opt.role")
        CountyUsers.Role role;

        @Override
        public Integer call() {
            county().addUser(home(), name, role, CommandBase.newPassword(vreg().context()));
            out().println(Messages.get("cli.county.userAdded", name, Messages.get("county.web.role." + role.name())));
            return Vreg.OK;
        }
    }

    /** vreg county user list: every user of the county's page, their role, and whether locked out. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends CountyBase {
        @Override
        public Integer call() {
            java.util.List<CountyUsers.UserLine> users = county().users(home());
            if (users.isEmpty()) {
                out().println(Messages.get("cli.county.users.none"));
                return Vreg.OK;
            }
            java.time.ZoneId zone = java.time.ZoneId.systemDefault();
            java.time.Instant now = java.time.Instant.now();
            for (CountyUsers.UserLine u : users) {
                String state = u.lockedUntil().filter(now::isBefore)
                        .map(t -> Messages.get("cli.county.users.locked", java.time.LocalDateTime.ofInstant(t, zone)
                                .withNano(0).toString().replace('T', ' ')))
                        .orElse(u.failures() > 0 ? Messages.get("cli.county.users.failures", u.failures()) : "");
                out().println(Messages.get("cli.county.users.line", u.name(),
                        Messages.get("county.web.role." + u.role().name()),
                        java.time.LocalDate.ofInstant(u.createdAt(), zone).toString(), state).stripTrailing());
            }
            return Vreg.OK;
        }
    }

    /** vreg county user passwd: a new password for a user (VREG_NEW_PASSWORD or asked twice); lifts a lock. */
    @Command(name = "passwd", mixinStandardHelpOptions = true)
    static final class UserPassword extends CountyBase {
        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.county.opt.userName")
        String name;

        @Override
        public Integer call() {
            county().setUserPassword(home(), name, CommandBase.newPassword(vreg().context()));
            out().println(Messages.get("cli.county.userPassword", name));
            return Vreg.OK;
        }
    }

    /** vreg county user remove: a user who left can no longer sign in; their open pages sign out. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class RemoveUser extends CountyBase {
        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.county.opt.userName")
        String name;

        @Override
        public Integer call() {
            county().removeUser(home(), name);
            out().println(Messages.get("cli.county.userRemoved", name));
            return Vreg.OK;
        }
    }

    /** vreg county duplicates: the same person suspected in two townships or villages, to review, never merged. */
    @Command(name = "duplicates", mixinStandardHelpOptions = true)
    static final class Duplicates extends CountyBase {
        @Option(names = "--limit", defaultValue = "200", paramLabel = "N", descriptionKey = "cli.county.opt.limit")
        int limit;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "cli.opt.format")
        OutputFormat format;

        @Override
        public Integer call() throws java.io.IOException {
            var groups = county().duplicates(home(), limit).stream().map(Duplicates::masked).toList();
            if (format == OutputFormat.json) {
                out().println(org.villageregistry.service.Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(groups));
                return Vreg.OK;
            }
            if (groups.isEmpty()) {
                out().println(Messages.get("cli.county.duplicates.none"));
                return Vreg.OK;
            }
            TextTable table = new TextTable(Messages.get("cli.county.duplicates.col.reason"),
                    Messages.get("cli.county.duplicates.col.first"), Messages.get("cli.county.duplicates.col.second"));
            for (var g : groups) {
                table.row(Messages.get("county.duplicates." + g.reason().name()), side(g.members().get(0)),
                        side(g.members().get(1)));
            }
            table.print(out());
            out().println(Messages.get("cli.county.duplicates.count", groups.size()));
            return Vreg.OK;
        }

        private static String side(DuplicateSuspects.Member m) {
            return m.village() + " " + m.name() + " " + m.birthDate().map(Object::toString).orElse("") + " "
                    + m.idNumber().orElse("") + " "
                    + org.villageregistry.domain.person.ResidenceStatus.valueOf(m.residence()).label();
        }

        /** The ID numbers masked (first 6 and last 4) in what the command prints. */
        private static DuplicateSuspects.Group masked(DuplicateSuspects.Group g) {
            return new DuplicateSuspects.Group(g.reason(), g.members().stream().map(m -> new DuplicateSuspects.Member(
                    m.village(), m.township(), m.name(), m.birthDate(),
                    m.idNumber().map(org.villageregistry.domain.person.IdNumber::mask), m.personId(), m.residence()))
                    .toList());
        }
    }

    @Command(name = "enrol", mixinStandardHelpOptions = true, subcommands = {Export.class, Import.class})
    static final class Enrol extends CommandGroup {
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends CountyBase {
        @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.syncTo")
        Path to;

        @Override
        public Integer call() {
            EnrolmentService.Exported e = county().exportEnrolment(opened(), CommandBase.madeFolder(to));
            out().println(Messages.get("cli.enrol.exported", e.file()));
            out().println(Messages.get("cli.enrol.signing", e.fingerprints().signingDisplay()));
            out().println(Messages.get("cli.enrol.encryption", e.fingerprints().encryptionDisplay()));
            return Vreg.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends CountyBase {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.opt.enrolFile")
        Path file;

        @Override
        public Integer call() {
            SyncCrypto.EnrolmentCheck e = county().importEnrolment(opened(), file);
            out().println(Messages.get("cli.enrol.imported", e.divisionName(), e.division()));
            out().println(Messages.get("cli.enrol.signing", e.fingerprints().signingDisplay()));
            out().println(Messages.get("cli.enrol.encryption", e.fingerprints().encryptionDisplay()));
            out().println(Messages.get("cli.enrol.compare"));
            return Vreg.OK;
        }
    }
}
