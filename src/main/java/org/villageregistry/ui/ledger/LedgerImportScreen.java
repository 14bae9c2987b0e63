package org.villageregistry.ui.ledger;

import javafx.application.Platform;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 导入台账: bring an existing Excel/CSV ledger into the register, or export the register as a ledger. */
public final class LedgerImportScreen extends LazyScreen<LedgerImportViewModel, LedgerImportView> {
    public LedgerImportScreen(ScreenContext context) {
        super("screen.ledger", "mdi2f-file-excel-outline",
                new LedgerImportViewModel(context.session().ledgerImport(), context.session().ledgerExport(),
                        context.executor(), Platform::runLater),
                LedgerImportView::new);
    }

    @Override
    public boolean canLeave() {
        return !viewModel().busyProperty().get();
    }
}
