package org.villageregistry.ui.services;

import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 孕情与随访: pregnancies, visits, due and overdue follow-ups; Ctrl+N records a visit. */
public final class ServicesScreen extends LazyScreen<ServicesViewModel, ServicesView> {
    public ServicesScreen(ScreenContext context) {
        super("screen.services", "mdi2m-medical-bag",
                () -> new ServicesViewModel(context.services(), context.executor(), context.navigator()),
                ServicesViewModel::refresh, ServicesView::new, ServicesView::focusList);
    }

    /** Leaving the screen closes an opened health record, so its details do not stay on screen. */
    @Override
    public boolean canLeave() {
        viewModel().closeRecord();
        return true;
    }

    @Override
    public boolean startNew() {
        view();
        HealthForms.visit(viewModel(), null, null);
        return true;
    }
}
