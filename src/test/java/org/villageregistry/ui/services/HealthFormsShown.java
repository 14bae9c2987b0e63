package org.villageregistry.ui.services;

import java.util.UUID;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.shell.Navigator;

/** Opens the two health dialogs for tests outside this package (they walk every dialog the program shows). */
public final class HealthFormsShown {
    private HealthFormsShown() {
    }

    public static void pregnancy(RegisterServices services, Navigator navigator) {
        HealthForms.pregnancy(new ServicesViewModel(services, new SameThreadTaskExecutor(), navigator));
    }

    public static void visit(RegisterServices services, Navigator navigator, UUID person) {
        HealthForms.visit(new ServicesViewModel(services, new SameThreadTaskExecutor(), navigator), person, null);
    }
}
