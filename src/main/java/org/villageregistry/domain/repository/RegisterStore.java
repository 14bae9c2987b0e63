package org.villageregistry.domain.repository;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.domain.workstation.WorkstationUser;

/**
 * Makes and opens the encrypted register in a workstation folder. Passwords are char arrays so callers
 * can wipe them; the implementation never hands a user password to the database directly.
 */
public interface RegisterStore {
    boolean exists(Path home);

    /** Makes a new workstation with its first user (an administrator). Refuses a folder that already has one. */
    Register create(Path home, WorkstationSetup setup, String adminUser, char[] password);

    /** Opens the register as a user; a wrong user or password is a clear {@code RegistryException}. */
    Register open(Path home, String user, char[] password);

    /**
     * Opens the register as {@link #open(Path, String, char[])} does and tells {@code steps} each step as it
     * begins (checking the password, opening the database, migrating when needed).
     */
    default Register open(Path home, String user, char[] password, Consumer<SignInStep> steps) {
        steps.accept(SignInStep.CHECKING_PASSWORD);
        return open(home, user, password);
    }

    /** Adds a user who can open the register (wraps the database key for their password). */
    void addUser(Register open, String user, UserRole role, char[] password);

    /** The users who can open the register, in the order they were added; administrators only. */
    List<WorkstationUser> users(Register open);
}
