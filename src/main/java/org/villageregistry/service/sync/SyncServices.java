package org.villageregistry.service.sync;

import java.time.Clock;
import java.time.Duration;
import org.villageregistry.domain.repository.Register;

/**
 * The sync use cases over one open register, built with the crypto and the HTTP client of the sync module
 * (the composition root passes them in). The Sync screen and the command line take them from here.
 */
public final class SyncServices {
    private final SyncIdentity identity;
    private final EnrolmentService enrolment;
    private final ExportService export;
    private final VerifyService verify;
    private final ImportService imports;
    private final ReceiptService receipts;
    private final ConflictService conflicts;
    private final ReconcileService reconcile;
    private final UploadService upload;
    private final VillageSyncStatus village;
    private final TownshipReportSeal townshipReports;

    public SyncServices(Register register, Clock clock, SyncCrypto crypto, EnrolmentService.FileWriter writer,
                        CountyClient client) {
        this.identity = new SyncIdentity(register, crypto);
        this.enrolment = new EnrolmentService(identity, clock, writer);
        this.export = new ExportService(identity, clock);
        this.verify = new VerifyService(identity);
        this.imports = new ImportService(identity, clock);
        this.receipts = new ReceiptService(identity, clock, writer);
        this.conflicts = new ConflictService(identity, clock);
        this.reconcile = new ReconcileService(identity);
        this.upload = new UploadService(identity, clock, client, Duration.ofSeconds(30));
        this.village = new VillageSyncStatus(identity);
        this.townshipReports = new TownshipReportSeal(identity, clock);
    }

    public SyncIdentity identity() {
        return identity;
    }

    public EnrolmentService enrolment() {
        return enrolment;
    }

    public ExportService export() {
        return export;
    }

    public VerifyService verify() {
        return verify;
    }

    public ImportService imports() {
        return imports;
    }

    public ReceiptService receipts() {
        return receipts;
    }

    public ConflictService conflicts() {
        return conflicts;
    }

    public ReconcileService reconcile() {
        return reconcile;
    }

    public UploadService upload() {
        return upload;
    }

    public VillageSyncStatus village() {
        return village;
    }

    /** The township's monthly report, signed and queued for the county. */
    public TownshipReportSeal townshipReports() {
        return townshipReports;
    }
}
