package org.villageregistry.ui.archfixture;

import org.villageregistry.service.PersonService;

/** Breaks "screens and commands build no services" on purpose: a screen wiring its own service. */
public class ScreenBuildingService {
    public PersonService persons() {
        return new PersonService(null, null);
    }
}
