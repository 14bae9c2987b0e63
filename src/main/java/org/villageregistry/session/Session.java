package org.villageregistry.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.service.access.BackupService;
import org.villageregistry.service.ledger.LedgerExportService;
import org.villageregistry.service.ledger.LedgerImportService;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.verification.VerificationService;

/**
 * Every service the program has over one open register, for the user who signed in: built once per sign-in (and
 * per {@code vreg} run) by the composition root, handed to the desktop's screens and to the commands. Closing it
 * closes the register.
 */
public final class Session implements AutoCloseable {
    private final Path home;
    private final RegisterServices services;
    private final SyncServices sync;
    private final ReportService reports;
    private final LedgerImportService ledgerImport;
    private final LedgerExportService ledgerExport;
    private final ReceiptSigning receiptSigning;
    private final AccountService accounts;
    private final BackupService backups;
    private final VerificationService verification;

    /** The pieces, each built once by the composition root. */
    public record Parts(Path home, RegisterServices services, SyncServices sync, ReportService reports,
                        LedgerImportService ledgerImport, LedgerExportService ledgerExport,
                        ReceiptSigning receiptSigning, AccountService accounts, BackupService backups,
                        VerificationService verification) {
    }

    public Session(Parts parts) {
        this.home = parts.home();
        this.services = Objects.requireNonNull(parts.services());
        this.sync = Objects.requireNonNull(parts.sync());
        this.reports = Objects.requireNonNull(parts.reports());
        this.ledgerImport = Objects.requireNonNull(parts.ledgerImport());
        this.ledgerExport = Objects.requireNonNull(parts.ledgerExport());
        this.receiptSigning = Objects.requireNonNull(parts.receiptSigning());
        this.accounts = Objects.requireNonNull(parts.accounts());
        this.backups = Objects.requireNonNull(parts.backups());
        this.verification = Objects.requireNonNull(parts.verification());
    }

    public Register register() {
        return services.register();
    }

    public Clock clock() {
        return services.clock();
    }

    /** The workstation folder the register was opened from. */
    public Path home() {
        return home;
    }

    /** The use cases of the register: persons, households, events, statistics, benefits, quality, audit. */
    public RegisterServices services() {
        return services;
    }

    /** Bundles, enrolment, receipts, conflicts, reconciliation and the upload to the county. */
    public SyncServices sync() {
        return sync;
    }

    /** Printed reports: PDF, CSV and spreadsheets. */
    public ReportService reports() {
        return reports;
    }

    public LedgerImportService ledgerImport() {
        return ledgerImport;
    }

    public LedgerExportService ledgerExport() {
        return ledgerExport;
    }

    /** Signs the QR code of a birth registration receipt and checks one read back. */
    public ReceiptSigning receiptSigning() {
        return receiptSigning;
    }

    /** Users, passwords and the recovery key of this workstation. */
    public AccountService accounts() {
        return accounts;
    }

    public BackupService backups() {
        return backups;
    }

    /** Township: sample verification (抽样核查), its sheets' data and its rates. */
    public VerificationService verification() {
        return verification;
    }

    @Override
    public void close() {
        services.register().close();
    }
}
