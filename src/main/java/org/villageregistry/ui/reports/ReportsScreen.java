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
        ReportService reports = reportService(context.services());
        this.viewModel = new ReportsViewModel(reports, register, clock, context.executor(), Platform::runLater,
                printing(reports));
    }

    /** The reports of the open register, as this screen and the 生育登记 form's receipt make them. */
    public static ReportService reportService(org.villageregistry.service.RegisterServices services) {
        var register = services.register();
        var clock = services.clock();
        return new ReportService(register, clock, new SyncBundleArrivals(register, clock.getZone()),
                new JwsReceiptSigning(), ProgramBuild.running());
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
