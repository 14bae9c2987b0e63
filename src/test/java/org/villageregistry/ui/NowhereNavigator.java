package org.villageregistry.ui;

import java.util.UUID;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.Screen;

/** The navigator of a screen shown alone, in a test or a screenshot: there is no shell around it to go to. */
public final class NowhereNavigator implements Navigator {
    @Override
    public void showPerson(UUID personId) {
    }

    @Override
    public void showHousehold(UUID householdId) {
    }

    @Override
    public void show(Class<? extends Screen> screen) {
    }
}
