package org.villageregistry.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.service.access.BackupService;
import org.villageregistry.service.ledger.LedgerExportService;
import org.villageregistry.service.ledger.LedgerImportService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.verification.VerificationService;
import org.villageregistry.session.Benchmarks;
import org.villageregistry.session.Program;
import org.villageregistry.session.Session;
import org.villageregistry.sheet.LedgerWorkbooks;
import org.villageregistry.sync.SyncBenchmark;
import org.villageregistry.storage.BareBatchFloor;
import org.villageregistry.sync.SyncBundleArrivals;
import org.villageregistry.sync.SyncModule;
import org.villageregistry.sync.receipt.JwsReceiptSigning;

/**
 * The composition root: the one place where the program is put together by hand (constructor injection). One
 * {@link Program} a run, one {@link Session} a sign-in; the desktop and the command line get the same objects
 * built the same way, so they cannot drift apart.
 */
public final class Assembly implements Program {
    private final RegisterStore store;
    private final Clock clock;
    private final WorkstationService workstations;
    private final AccountService accounts;
    private final BackupService backups;
    private final ProgramBuild build;

    public Assembly(RegisterStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.workstations = new WorkstationService(store);
        this.accounts = new AccountService(store);
        this.backups = new BackupService(store);
        this.build = ProgramBuild.running();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public RegisterStore store() {
        return store;
    }

    @Override
    public WorkstationService workstations() {
        return workstations;
    }

    @Override
    public AccountService accounts() {
        return accounts;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    @Override
    public org.villageregistry.county.County county() {
        return new org.villageregistry.county.County(new org.villageregistry.sync.JoseSyncCrypto(), clock,
                (folder, name, content) -> org.villageregistry.sync.files.AtomicFileWriter.write(folder, name,
                        content, written -> { }), CountyReports.printer(clock, build));
    }

    @Override
    public Benchmarks benchmarks() {
        return new Benchmarks() {
            @Override
            public void syncHandOff(Path work, Consumer<String> report, Size size,
                    org.villageregistry.service.bench.GoalSheet goals,
                    org.villageregistry.service.bench.ImportProcess process) throws IOException {
                SyncBenchmark.run(store, work, report, new SyncBenchmark.Size(size.villagePersons(), size.villages(),
                        size.personsPerVillage()), new BareBatchFloor(clock), goals, process);
            }

            @Override
            public void county(Path work, Consumer<String> report, CountySize size)
                    throws IOException, InterruptedException {
                new CountyBenchmark(Assembly.this.county(), clock, report).run(work, size);
            }
        };
    }

    @Override
    public Session session(Register register, Path home) {
        LogFolder.follow(home);
        HeapRoom.forRegisterOf(register.persons().rowsHeld());
        RegisterServices services = new RegisterServices(register, clock);
        SyncServices sync = SyncModule.services(register, clock);
        ReceiptSigning signing = new JwsReceiptSigning();
        ReportService reports = new ReportService(register, clock, new SyncBundleArrivals(register, clock.getZone()),
                signing, build);
        LedgerWorkbooks workbooks = new LedgerWorkbooks();
        return new Session(new Session.Parts(home, services, sync, reports,
                new LedgerImportService(register, clock, workbooks), new LedgerExportService(register, workbooks),
                signing, accounts, backups, new VerificationService(register, clock)));
    }
}
