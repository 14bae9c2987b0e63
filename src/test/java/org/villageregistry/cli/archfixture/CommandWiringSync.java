package org.villageregistry.cli.archfixture;

import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.sync.SyncModule;

/** Breaks the layer rule on purpose: a command building the sync services itself instead of taking the session's. */
public class CommandWiringSync {
    public SyncServices sync() {
        return SyncModule.services(null, null);
    }
}
