package org.villageregistry.service.archfixture;

import org.villageregistry.ui.archfixture.ScreenCallingService;

/** Half of a package cycle on purpose: service → ui → service. */
public class ServiceNeedingScreen {
    public Object screen() {
        return new ScreenCallingService();
    }
}
