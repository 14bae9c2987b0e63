package org.villageregistry.report;

import org.villageregistry.domain.workstation.WorkstationRole;
import java.util.Arrays;
import java.util.List;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import org.villageregistry.service.files.WriteFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ReceiptSigning;

/**
 * The one entry to printed reports for the Reports screen and the CLI: build a document for a request (with progress
 * and cancel), then render it as PDF bytes or write it as .pdf, .csv or .xlsx by the file's extension.
 */
public final class ReportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private final Register register;
    private final Clock clock;
    private final BundleArrivals arrivals;
    private final ReceiptSigning signing;
    private final ProgramBuild program;

    public ReportService(Register register, Clock clock, BundleArrivals arrivals, ReceiptSigning signing,
                         ProgramBuild program) {
        this.register = register;
        this.clock = clock;
        this.arrivals = arrivals;
        this.signing = signing;
        this.program = program;
    }

    public ReportDocument document(ReportRequest request, ReportProgress progress, CancelCheck cancel) {
        Permissions.require(register, Permission.PRINT_REPORTS);
        requirePrintedHere(request.kind());
        progress.progress(0.05, Messages.get("report.progress.collect"));
        ReportHeader header = header();
        ReportDocument document = switch (request.kind()) {
            case VILLAGE_MONTHLY -> new SignoffParts(register, clock).village(MonthlyLayouts.village(
                    new VillageMonthlyReports(register).build(header, request.requirePeriod(), cancel)), header,
                    request.requirePeriod());
            case TOWNSHIP_MONTHLY -> new SignoffParts(register, clock).township(MonthlyLayouts.township(
                    new TownshipMonthlyReports(register, arrivals).build(header, request.requirePeriod(), cancel)),
                    request.requirePeriod());
            case PAYMENT_ROLL -> DocumentLayouts.roll(new PaymentRolls(register).build(header,
                    request.programme().orElseThrow(() -> new RegistryException("report.request.programme")),
                    request.requirePeriod().text()));
            case BIRTH_RECEIPT -> DocumentLayouts.receipt(new BirthReceipts(register, signing.signer(register))
                    .build(header, request.registration()
                            .orElseThrow(() -> new RegistryException("report.request.registration")), clock.instant()));
            case DATA_QUALITY -> DocumentLayouts.quality(new QualityReports(register, clock).build(header));
        };
        cancel.throwIfCancelled();
        progress.progress(0.5, Messages.get("report.progress.layout"));
        return document;
    }

    /**
     * A village prints the village's monthly report and a township the township's: the other kind would put one
     * workstation's figures under the other's title.
     */
    private void requirePrintedHere(ReportKind kind) {
        WorkstationRole role = register.workstation().role();
        if (kind == ReportKind.VILLAGE_MONTHLY && role != WorkstationRole.VILLAGE) {
            throw new RegistryException("report.request.villageOnly");
        }
        if (kind == ReportKind.TOWNSHIP_MONTHLY && role != WorkstationRole.TOWNSHIP) {
            throw new RegistryException("report.request.townshipOnly");
        }
    }

    /** The door-to-door verification sheet (入户核查表) of one village, as PDF bytes. */
    public byte[] verificationSheet(org.villageregistry.service.verification.VerificationSheet sheet) {
        Permissions.require(register, Permission.PRINT_REPORTS);
        byte[] pdf = new PdfRenderer().render(VerificationLayouts.sheet(header(), sheet), ReportProgress.NONE,
                CancelCheck.NEVER);
        auditPrinted(sheet.verification().id(), "sheet village=" + sheet.village());
        return pdf;
    }

    /** The verification report (抽样核查报告) with every rate, its counts and its 95 % interval, as PDF bytes. */
    public byte[] verificationReport(org.villageregistry.service.verification.VerificationReport report) {
        Permissions.require(register, Permission.PRINT_REPORTS);
        byte[] pdf = new PdfRenderer().render(VerificationReportLayout.report(header(), report), ReportProgress.NONE,
                CancelCheck.NEVER);
        auditPrinted(report.sample().verification().id(), "report");
        return pdf;
    }

    /** Who made a verification sheet or report to print, and of which sample (the sheet holds names). */
    private void auditPrinted(long verification, String what) {
        register.transactions().write(() -> register.audit().append(
                org.villageregistry.domain.repository.AuditAction.VERIFICATION_PRINTED, null, null,
                "verification=" + verification + " " + what));
    }

    /** The period to offer for a payment roll of the programme: see {@link PaymentRolls#suggestedPeriod}. */
    /** The figures of the monthly report for a period, as it prints them, for the desktop's list. */
    public MonthFigures figures(Period period) {
        StatisticsReport computed = new StatisticsService(register).compute(period);
        return register.transactions().read(() -> {
            var locked = new org.villageregistry.service.signoff.LockedMonths(register);
            // a township's month adds up its rows as printed, approved villages as signed
            DivisionStatistics now = locked.withSignedVillages(computed).total();
            // a village's approved month: as signed, like the report's column, and what changed since
            java.util.Optional<DivisionStatistics> signed = computed.villages().isEmpty()
                    ? locked.signed(computed.divisionCode(), period) : java.util.Optional.empty();
            DivisionStatistics shown = signed.orElse(now);
            List<String> notes = new java.util.ArrayList<>(Indicator.notes(List.of(shown)));
            // how a month's rates are annualised (one death in 33 persons reads 375‰), as the page says it
            shown.birthRate().ifPresent(rate -> notes.add(0, rate.basis()));
            signed.ifPresent(s -> {
                var since = org.villageregistry.service.signoff.SignedFigures.differences(s, now);
                notes.add(0, Messages.get("reports.figures.signed"));
                if (!since.isEmpty()) {
                    notes.add(1, Messages.get("report.signoff.village.changedSince",
                            SignoffSections.changedSince(since)));
                }
            });
            return new MonthFigures(Arrays.stream(Indicator.values())
                    .map(i -> new MonthFigures.Line(i.label(), i.value(shown))).toList(), notes);
        });
    }

    public String rollPeriod(String programmeCode) {
        Permissions.require(register, Permission.PRINT_REPORTS);
        return new PaymentRolls(register).suggestedPeriod(programmeCode, java.time.LocalDate.now(clock));
    }

    public byte[] pdf(ReportRequest request, ReportProgress progress, CancelCheck cancel) {
        return new PdfRenderer().render(document(request, progress, cancel), progress, cancel);
    }

    /** The pages of a rendered report as pictures (PNG) at the given resolution, for a preview on screen. */
    public java.util.List<PreviewPage> previewPages(byte[] pdf, float dpi, CancelCheck cancel) {
        return PdfPreview.pages(pdf, dpi, cancel);
    }

    /**
     * Prints a rendered report through the system print dialog of {@code job} (java.awt.print), page for page
     * as in the PDF. Returns false when the user closed the dialog without printing.
     */
    public boolean print(byte[] pdf, String jobName, java.awt.print.PrinterJob job) {
        return PdfPreview.print(pdf, jobName, job);
    }

    /** Writes already rendered PDF bytes to a file (the preview's "save as PDF" needs no second rendering). */
    public void writePdf(byte[] pdf, Path file) {
        if (OutputKind.of(file) != OutputKind.PDF) {
            throw new RegistryException("report.write.extension", file.getFileName().toString());
        }
        save(pdf, file);
    }

    /** Writes the report to a .pdf, .csv or .xlsx file; nothing is left under the name when it fails or is cancelled. */
    public void write(ReportRequest request, Path file, ReportProgress progress, CancelCheck cancel) {
        Permissions.require(register, Permission.PRINT_REPORTS);
        OutputKind kind = OutputKind.of(file);
        ReportDocument document = document(request, progress, cancel);
        byte[] bytes = switch (kind) {
            case PDF -> new PdfRenderer().render(document, progress, cancel);
            case CSV -> new TableExport().csv(document);
            case XLSX -> new TableExport().xlsx(document);
        };
        cancel.throwIfCancelled();
        save(bytes, file);
        handedOut(request, kind.name().toLowerCase(java.util.Locale.ROOT));
        progress.progress(1.0, Messages.get("report.progress.done"));
    }

    /**
     * Notes in the audit log that a document naming persons left the program: saved to a file ({@code how}: pdf,
     * csv, xlsx) or printed ("print"). Which document, period and programme; never a name. Monthly reports hold
     * figures only and are not noted.
     */
    public void handedOut(ReportRequest request, String how) {
        if (!request.kind().namesPersons()) {
            return;
        }
        StringBuilder detail = new StringBuilder("kind=").append(request.kind().name());
        request.period().ifPresent(p -> detail.append(" period=").append(p.text()));
        request.programme().filter(p -> p.length() <= 40).ifPresent(p -> detail.append(" programme=").append(p));
        detail.append(" as=").append(how);
        // a receipt by the registration it was made of (what was typed to find it may hold more than its number)
        java.util.UUID registration = request.registration().map(r -> register.transactions()
                .read(() -> BirthReceipts.find(register, r).id())).orElse(null);
        register.transactions().write(() -> register.audit().append(
                org.villageregistry.domain.repository.AuditAction.DOCUMENT_HANDED_OUT,
                registration == null ? null : org.villageregistry.domain.record.EntityType.BIRTH_REGISTRATION,
                registration, detail.toString()));
    }

    /** Into the folder the registrar chose (not re-created when it vanished: the stick may have been pulled). */
    private static void save(byte[] bytes, Path file) {
        WriteFailure.requireFolder(file);
        try {
            Path part = Files.createTempFile(file.toAbsolutePath().getParent(), ".report-", ".part");
            try {
                Files.write(part, bytes);
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteQuietly(part);
            }
        } catch (IOException e) {
            throw WriteFailure.explain(e, file);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.debug("could not remove a report part file: {}", e.toString());
        }
    }

    private ReportHeader header() {
        var ws = register.workstation();
        return new ReportHeader(ws.division().value(), ws.divisionName(),
                org.villageregistry.service.access.AccountService.printedName(register, register.user().name()),
                LocalDateTime.now(clock), program);
    }

    /** The file formats a report is written in, by extension. */
    public enum OutputKind {
        PDF, CSV, XLSX;

        public static OutputKind of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new RegistryException("report.write.extension", file.getFileName().toString());
        }
    }
}
