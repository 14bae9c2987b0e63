package org.villageregistry.ui.settings;

import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;

/** The last entry of the navigation: settings. Built by the shell itself (it needs the folder and the store). */
public final class SettingsScreen implements Screen {
    private final SettingsViewModel viewModel;
    private SettingsView view;

    public SettingsScreen(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public String titleKey() {
        return "screen.settings";
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-cog-outline";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new SettingsView(viewModel);
        }
        return view;
    }

    @Override
    public void onShow() {
        viewModel.loadUsers();
    }
}
