package org.villageregistry.ui.reports;

import java.awt.print.PrinterJob;
import javafx.application.Platform;
import javafx.scene.Node;
import org.villageregistry.report.ReportService;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 报表: the printed documents on screen, from the session's one report service (the CLI uses the same). */
public final class ReportsScreen implements Screen {
    private final Choosers choosers;
    private final ReportsViewModel viewModel;
    private ReportsView view;

    public ReportsScreen(ScreenContext context) {
        this.choosers = new Choosers(new LastFolder(context.session().home()));
        ReportService reports = context.session().reports();
        this.viewModel = new ReportsViewModel(reports, context.session().register(), context.session().clock(),
                context.executor(), Platform::runLater, printing(reports));
    }

    /** Printing a rendered report through the system print dialog. */
    public static ReportsViewModel.Printing printing(ReportService reports) {
        return (pdf, title) -> reports.print(pdf, title, PrinterJob.getPrinterJob());
    }

    @Override
    public String titleKey() {
        return "screen.reports";
    }

    @Override
    public String iconLiteral() {
        return "mdi2f-file-chart-outline";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ReportsView(viewModel, choosers);
        }
        return view;
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    public ReportsViewModel viewModel() {
        return viewModel;
    }
}
