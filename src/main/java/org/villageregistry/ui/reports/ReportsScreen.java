package org.villageregistry.ui.reports;

import java.awt.print.PrinterJob;
import javafx.application.Platform;
import javafx.scene.Node;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.sync.SyncBundleArrivals;
import org.villageregistry.sync.receipt.JwsReceiptSigning;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/**
 * 报表: the printed documents of issue 5 on screen. The report service is composed here with the sync module's
 * bundle arrivals and receipt signing, the same way the CLI composes it.
 */
public final class ReportsScreen implements Screen {
    private final ReportsViewModel viewModel;
    private ReportsView view;

    public ReportsScreen(ScreenContext context) {
        var register = context.services().register();
        var clock = context.services().clock();
        ReportService reports = new ReportService(register, clock, new SyncBundleArrivals(register, clock.getZone()),
                new JwsReceiptSigning(), ProgramBuild.running());
        this.viewModel = new ReportsViewModel(reports, register, clock, context.executor(), Platform::runLater,
                (pdf, title) -> reports.print(pdf, title, PrinterJob.getPrinterJob()));
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
            view = new ReportsView(viewModel);
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
