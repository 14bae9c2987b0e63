package org.villageregistry.ui.services;

import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 孕情与随访: pregnancies, visits, due and overdue follow-ups; Ctrl+N records a visit. */
public final class ServicesScreen implements Screen {
    private final ServicesViewModel viewModel;
    private ServicesView view;

    public ServicesScreen(ScreenContext context) {
        this.viewModel = new ServicesViewModel(context.services(), context.executor(), context.navigator());
    }

    @Override
    public String titleKey() {
        return "screen.services";
    }

    @Override
    public String iconLiteral() {
        return "mdi2m-medical-bag";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ServicesView(viewModel);
        }
        return view;
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    /** Leaving the screen closes an opened health record, so its details do not stay on screen. */
    @Override
    public boolean canLeave() {
        viewModel.closeRecord();
        return true;
    }

    @Override
    public boolean startNew() {
        view();
        HealthForms.visit(viewModel, null, null);
        return true;
    }

    @Override
    public boolean focusSearch() {
        view();
        view.focusList();
        return true;
    }

    public ServicesViewModel viewModel() {
        return viewModel;
    }
}
