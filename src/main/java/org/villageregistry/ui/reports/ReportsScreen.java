package org.villageregistry.ui.reports;

import java.awt.print.PrinterJob;
import javafx.application.Platform;
import org.villageregistry.report.ReportService;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 报表: the printed documents on screen, from the session's one report service (the CLI uses the same). */
public final class ReportsScreen extends LazyScreen<ReportsViewModel, ReportsView> {
    public ReportsScreen(ScreenContext context) {
        super("screen.reports", "mdi2f-file-chart-outline", viewModel(context), ReportsViewModel::refresh,
                ReportsView::new);
    }

    private static ReportsViewModel viewModel(ScreenContext context) {
        ReportService reports = context.session().reports();
        return new ReportsViewModel(reports, context.session().register(), context.session().clock(),
                context.executor(), Platform::runLater,
                (pdf, title) -> reports.print(pdf, title, PrinterJob.getPrinterJob()));
    }
}
