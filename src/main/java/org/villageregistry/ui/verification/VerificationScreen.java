package org.villageregistry.ui.verification;

import java.time.LocalDate;
import javafx.application.Platform;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.ScreenContext;

/** 抽样核查 (township): draw, print the sheets, enter what the team found, see the rates. */
public final class VerificationScreen extends LazyScreen<VerificationViewModel, VerificationView> {
    public VerificationScreen(ScreenContext context) {
        this(context, new Choosers(new LastFolder(context.session().home())));
    }

    private VerificationScreen(ScreenContext context, Choosers choosers) {
        super("screen.verification", "mdi2c-clipboard-check-outline",
                () -> new VerificationViewModel(context.session().verification(), context.session().reports(),
                        context.executor(), Platform::runLater, LocalDate.now(context.services().clock())),
                VerificationViewModel::refresh, model -> new VerificationView(model, choosers),
                VerificationView::focusList);
    }
}
