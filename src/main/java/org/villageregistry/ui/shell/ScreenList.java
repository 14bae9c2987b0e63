package org.villageregistry.ui.shell;

import java.util.List;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;

/**
 * Which screens a signed-in user gets, built once per sign-in. The list itself is kept beside the composition root
 * ({@code app.Screens}), so the frame does not import every screen.
 */
@FunctionalInterface
public interface ScreenList {
    List<Screen> build(WorkstationRole workstation, UserRole user, ScreenContext context);
}
