package org.villageregistry.ui.sync;

import java.util.prefs.Preferences;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.FileOpener;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 数据同步 at the township: import the villages' bundles, receipts, upload to the county, enrolment. */
public final class TownshipSyncScreen implements Screen, FileOpener {
    private final TownshipSyncViewModel viewModel;
    private final Choosers choosers;
    private TownshipSyncView view;

    public TownshipSyncScreen(ScreenContext context) {
        this.choosers = new Choosers(new LastFolder(context.session().home()));
        String division = context.services().register().workstation().division().value();
        this.viewModel = new TownshipSyncViewModel(VillageSyncScreen.services(context), context.executor(),
                Platform::runLater, new PreferenceUrl(division));
    }

    /** The county URL in this user's desktop preferences, one per township workstation. */
    private record PreferenceUrl(String division) implements TownshipSyncViewModel.UrlStore {
        private Preferences node() {
            return Preferences.userNodeForPackage(TownshipSyncScreen.class).node(division);
        }

        @Override
        public String load() {
            return node().get("countyUrl", "");
        }

        @Override
        public void save(String url) {
            node().put("countyUrl", url);
        }
    }

    @Override
    public String titleKey() {
        return "screen.sync";
    }

    @Override
    public String iconLiteral() {
        return "mdi2s-swap-horizontal-bold";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new TownshipSyncView(viewModel, choosers);
        }
        return view;
    }

    /** A double-clicked file: chosen and checked here, imported when the registrar presses the button. */
    @Override
    public void openFile(Path file) {
        view();
        viewModel.chooseFile(file);
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    @Override
    public boolean startNew() {
        view();
        view.focusImport();
        return true;
    }

    public TownshipSyncViewModel viewModel() {
        return viewModel;
    }
}
