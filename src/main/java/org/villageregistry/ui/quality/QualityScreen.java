package org.villageregistry.ui.quality;

import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 数据质量: findings by kind; each opens the record to fix; shown again after a fix, it checks again. */
public final class QualityScreen extends LazyScreen<QualityViewModel, QualityView> {
    public QualityScreen(ScreenContext context) {
        super("screen.quality", "mdi2c-clipboard-alert-outline",
                () -> new QualityViewModel(context.services(), context.executor(), context.navigator()),
                QualityViewModel::refresh, QualityView::new, QualityView::focusGroups);
    }

    /** The findings are worked through with the keyboard, from the moment the screen shows and after each fix. */
    @Override
    protected boolean focusOnShow() {
        return true;
    }
}
