package org.villageregistry.ui.reports;

import java.awt.print.PrinterJob;
import javafx.application.Platform;
import org.villageregistry.report.ReportService;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.ScreenContext;

/** 报表: the printed documents on screen, from the session's one report service (the CLI uses the same). */
public final class ReportsScreen extends LazyScreen<ReportsViewModel, ReportsView> {
    public ReportsScreen(ScreenContext context) {
        this(context, new Choosers(new LastFolder(context.session().home())));
    }

    private ReportsScreen(ScreenContext context, Choosers choosers) {
        super("screen.reports", "mdi2f-file-chart-outline", () -> viewModel(context), ReportsViewModel::refresh,
                model -> new ReportsView(model, choosers, signoffs(context)));
    }

    /** Printing a rendered report through the system print dialog. */
    public static ReportsViewModel.Printing printing(ReportService reports) {
        return (pdf, title) -> reports.print(pdf, title, PrinterJob.getPrinterJob());
    }

    /** A village submits its months here; a township approves them under 各村. */
    private static java.util.Optional<org.villageregistry.ui.signoff.VillageSignoffModel> signoffs(
            ScreenContext context) {
        boolean village = context.session().register().workstation().division().level()
                == org.villageregistry.domain.division.DivisionLevel.VILLAGE;
        return village ? java.util.Optional.of(new org.villageregistry.ui.signoff.VillageSignoffModel(
                context.services().signoffs(), context.executor())) : java.util.Optional.empty();
    }

    private static ReportsViewModel viewModel(ScreenContext context) {
        ReportService reports = context.session().reports();
        return new ReportsViewModel(reports, context.session().register(), context.session().clock(),
                context.executor(), Platform::runLater, printing(reports));
    }
}
