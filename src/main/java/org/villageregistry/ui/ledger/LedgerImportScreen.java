package org.villageregistry.ui.ledger;

import javafx.application.Platform;
import javafx.scene.Node;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 导入台账: bring an existing Excel/CSV ledger into the register, or export the register as a ledger. */
public final class LedgerImportScreen implements Screen {
    private final Choosers choosers;
    private final LedgerImportViewModel viewModel;
    private LedgerImportView view;

    public LedgerImportScreen(ScreenContext context) {
        this.choosers = new Choosers(new LastFolder(context.session().home()));
        this.viewModel = new LedgerImportViewModel(context.session().ledgerImport(), context.session().ledgerExport(),
                context.executor(), Platform::runLater);
    }

    @Override
    public String titleKey() {
        return "screen.ledger";
    }

    @Override
    public String iconLiteral() {
        return "mdi2f-file-excel-outline";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new LedgerImportView(viewModel, choosers);
        }
        return view;
    }

    @Override
    public boolean canLeave() {
        return !viewModel.busyProperty().get();
    }

    public LedgerImportViewModel viewModel() {
        return viewModel;
    }
}
