package org.villageregistry.sync;

import java.time.Clock;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.sync.files.AtomicFileWriter;
import org.villageregistry.sync.upload.HttpCountyClient;

/** Builds the sync use cases over an open register with this module's JOSE crypto, files and HTTP client. */
public final class SyncModule {
    private SyncModule() {
    }

    public static SyncServices services(Register register, Clock clock) {
        return new SyncServices(register, clock, new JoseSyncCrypto(),
                (folder, name, content) -> AtomicFileWriter.write(folder, name, content, written -> { }),
                new HttpCountyClient());
    }
}
