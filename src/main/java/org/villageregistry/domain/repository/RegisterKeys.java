package org.villageregistry.domain.repository;

import java.nio.file.Path;

/**
 * The keys and copies of a register besides opening it: changing a password, the recovery key for when every
 * password is forgotten, and encrypted backups. Passwords are char arrays so callers can wipe them.
 */
public interface RegisterKeys {
    /** Re-wraps the database key under the signed-in user's new password; the old password stops working. */
    void changePassword(Register open, char[] newPassword);

    /** Refuses ({@code storage.error.wrongPassword}) a password that is not the signed-in user's own. */
    void checkPassword(Register open, char[] password);

    /**
     * Makes a new recovery key (the old one stops working) and returns its code, e.g. {@code ABCD-EFGH-…}. The code
     * is shown once and kept nowhere on the workstation; administrators only.
     */
    String newRecoveryKey(Register open);

    /** Whether this workstation has a recovery key. */
    boolean hasRecoveryKey(Path home);

    /**
     * Gives a user (existing or new administrator) a new password with the recovery key, without any password. A
     * wrong code is a clear {@code RegistryException}. Also lifts a lock after failed sign-ins.
     */
    void recover(Path home, String recoveryKey, String user, char[] newPassword);

    /**
     * Writes an encrypted backup of the open register into a folder and returns the file. It holds the database
     * file (encrypted with the database key) and the key entries of the administrators and the recovery key.
     */
    Path backup(Register open, Path folder);

    /**
     * Replaces the register of {@code home} with a backup after checking that it opens with the given secret (an
     * administrator's password, or the recovery key when {@code user} is null) and that its change and audit
     * chains are intact. The current files are kept aside in {@code replaced-<time>/}; returns that folder, or
     * the home itself when there was nothing to keep. The register must not be open.
     */
    Path restore(Path home, Path backup, String user, char[] secret);
}
