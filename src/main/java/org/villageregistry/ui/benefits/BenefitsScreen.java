package org.villageregistry.ui.benefits;

import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 奖励扶助与补贴: programmes, eligible not enrolled, batches, re-verification. */
public final class BenefitsScreen extends LazyScreen<BenefitsViewModel, BenefitsView> {
    public BenefitsScreen(ScreenContext context) {
        super("screen.benefits", "mdi2g-gift-outline",
                () -> new BenefitsViewModel(context.services(), context.executor(), context.navigator()),
                BenefitsViewModel::refresh, BenefitsView::new, BenefitsView::focusList);
    }
}
