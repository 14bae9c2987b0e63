package org.villageregistry.ui.archfixture;

import org.villageregistry.service.archfixture.ServiceNeedingScreen;

/** The other half of the package cycle service → ui → service. */
public class ScreenCallingService {
    public Object service() {
        return new ServiceNeedingScreen();
    }
}
