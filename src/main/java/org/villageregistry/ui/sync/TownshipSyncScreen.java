package org.villageregistry.ui.sync;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.FileOpener;
import org.villageregistry.ui.shell.ScreenContext;

/** 数据同步 at the township: import the villages' bundles, receipts, upload to the county, enrolment. */
public final class TownshipSyncScreen extends LazyScreen<TownshipSyncViewModel, TownshipSyncView>
        implements FileOpener {
    public TownshipSyncScreen(ScreenContext context) {
        this(context, new Choosers(new LastFolder(context.session().home(), "sync")));
    }

    private TownshipSyncScreen(ScreenContext context, Choosers choosers) {
        super("screen.sync", "mdi2s-swap-horizontal-bold", () -> new TownshipSyncViewModel(context.session().sync(),
                context.executor(), Platform::runLater,
                new PreferenceUrl(context.services().register().workstation().division().value())),
                TownshipSyncViewModel::refresh, model -> new TownshipSyncView(model, choosers));
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

    /** A double-clicked file: chosen and checked here, imported when the registrar presses the button. */
    @Override
    public void openFile(Path file) {
        builtView();
        viewModel().chooseFile(file);
    }

    @Override
    public boolean startNew() {
        builtView().focusImport();
        return true;
    }
}
