package org.villageregistry.session;

import java.nio.file.Path;
import java.time.Clock;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.service.access.BackupService;

/**
 * What the program offers before anyone signs in, built once per run by the composition root: making, opening,
 * recovering and restoring workstations, and the {@link Session} of every service over a register once it is open.
 */
public interface Program {
    Clock clock();

    /** Where registers are kept (the encrypted H2 store). */
    RegisterStore store();

    WorkstationService workstations();

    AccountService accounts();

    BackupService backups();

    /** The county tier: making, enrolling and serving a county on PostgreSQL (vreg county). */
    org.villageregistry.county.County county();

    /** The benchmarks that need the sync module (vreg bench). */
    Benchmarks benchmarks();

    /** Every service over a register that is open now; closing the session closes the register. */
    Session session(Register register, Path home);

    /** Opens a workstation as a user (the password is wiped) and builds its session. */
    default Session signIn(Path home, String user, char[] password) {
        return session(workstations().open(home, user, password), home);
    }

    /**
     * Makes a new workstation with its administrator and its own signing and encryption keys; the session is open
     * as the administrator. The password is wiped.
     */
    default Session create(Path home, WorkstationSetup setup, String adminUser, char[] password) {
        Session made = session(workstations().init(home, setup, adminUser, password), home);
        made.sync().identity().ensureKeys();
        return made;
    }
}
