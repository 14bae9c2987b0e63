package org.villageregistry.domain.repository;

/** The steps of opening a register after the password is typed, in the order they happen, for the login window. */
public enum SignInStep {
    /** Unwrapping the database key with the password (deliberately slow: Argon2). */
    CHECKING_PASSWORD,
    /** Opening the encrypted database file. */
    OPENING_DATABASE,
    /** Backing the register up and bringing it to the program's version; only after an update of the program. */
    MIGRATING,
    /** The register is open; the screens and the home screen's to-do list are being built. */
    LOADING_HOME
}
