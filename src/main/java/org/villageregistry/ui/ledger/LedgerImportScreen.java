package org.villageregistry.ui.ledger;

import javafx.application.Platform;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.ScreenContext;

/** 导入台账: bring an existing Excel/CSV ledger into the register, or export the register as a ledger. */
public final class LedgerImportScreen extends LazyScreen<LedgerImportViewModel, LedgerImportView> {
    public LedgerImportScreen(ScreenContext context) {
        this(context, new Choosers(new LastFolder(context.session().home())));
    }

    private LedgerImportScreen(ScreenContext context, Choosers choosers) {
        super("screen.ledger", "mdi2f-file-excel-outline",
                () -> new LedgerImportViewModel(context.session().ledgerImport(), context.session().ledgerExport(),
                        context.executor(), Platform::runLater),
                model -> new LedgerImportView(model, choosers));
    }

    @Override
    public boolean canLeave() {
        return !viewModel().busyProperty().get();
    }

    /** An import running: closing the register under it would break it off. */
    @Override
    public boolean hasUnsavedInput() {
        return !canLeave();
    }
}
