package org.villageregistry.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;

/**
 * A screen of one view model and one view, both built the first time the screen is shown (or a file, Ctrl+N or
 * another screen needs them): the shell makes every screen of the navigation at sign-in, and a sign-in that shows
 * the home screen should not load and build the other screens' classes and objects (issue 17, decision 0028).
 * The view model may reload each time the screen is shown, and Ctrl+F may focus the view's list or search box.
 *
 * @param <M> the view model
 * @param <V> the view
 */
public abstract class LazyScreen<M, V extends Node> implements Screen {
    private final String titleKey;
    private final String iconLiteral;
    private final Supplier<M> newViewModel;
    private M viewModel;
    private final Consumer<M> refresh;
    private final Function<M, V> newView;
    private final Consumer<V> focusSearch;
    private V view;

    /** A screen that keeps what it shows until the user acts, and has no search box. */
    protected LazyScreen(String titleKey, String iconLiteral, Supplier<M> newViewModel, Function<M, V> newView) {
        this(titleKey, iconLiteral, newViewModel, model -> {
        }, newView, null);
    }

    /** A screen that reloads each time it is shown, and has no search box. */
    protected LazyScreen(String titleKey, String iconLiteral, Supplier<M> newViewModel, Consumer<M> refresh,
            Function<M, V> newView) {
        this(titleKey, iconLiteral, newViewModel, refresh, newView, null);
    }

    /**
     * @param newViewModel builds the view model when the screen is first needed, e.g. {@code () -> new
     *                     BenefitsViewModel(context.services(), context.executor(), context.navigator())}
     * @param refresh     reloads the view model (off the FX thread), e.g. {@code BenefitsViewModel::refresh}
     * @param newView     builds the view over the view model, e.g. {@code BenefitsView::new}
     * @param focusSearch what Ctrl+F focuses in the view, e.g. {@code BenefitsView::focusList}; null when nothing
     */
    protected LazyScreen(String titleKey, String iconLiteral, Supplier<M> newViewModel, Consumer<M> refresh,
            Function<M, V> newView, Consumer<V> focusSearch) {
        this.titleKey = titleKey;
        this.iconLiteral = iconLiteral;
        this.newViewModel = newViewModel;
        this.refresh = refresh;
        this.newView = newView;
        this.focusSearch = focusSearch;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final String iconLiteral() {
        return iconLiteral;
    }

    @Override
    public final Node view() {
        return builtView();
    }

    /** The view, built now if the shell has not asked for it yet (a file or Ctrl+N may come first). */
    protected final V builtView() {
        if (view == null) {
            view = newView.apply(viewModel());
        }
        return view;
    }

    @Override
    public final void onShow() {
        refresh.accept(viewModel());
        if (focusOnShow() && focusSearch != null) {
            javafx.application.Platform.runLater(() -> focusSearch.accept(builtView()));
        }
    }

    /**
     * Whether the keyboard goes to Ctrl+F's place whenever the screen is shown (a list worked through with the
     * arrow keys, also when a fix elsewhere sends the registrar back); by default it stays where it was.
     */
    protected boolean focusOnShow() {
        return false;
    }

    @Override
    public final boolean focusSearch() {
        if (focusSearch == null) {
            return false;
        }
        focusSearch.accept(builtView());
        return true;
    }

    /** The view model, built now if the screen has not been shown yet. */
    public final M viewModel() {
        if (viewModel == null) {
            viewModel = newViewModel.get();
        }
        return viewModel;
    }

    /** Whether the view model has been built: the screen was shown, or something needed it. */
    public final boolean built() {
        return viewModel != null;
    }
}
