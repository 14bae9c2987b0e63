package org.villageregistry.domain.repository;

/**
 * How long each step of one sign-in took, in milliseconds (for {@code vreg bench}): unwrapping the database key
 * with the password (Argon2id), opening the encrypted H2 file, checking the schema's version (Flyway runs only
 * when it differs from the program's migrations: {@code flyway} says whether it ran), and the rest of opening
 * (reading the workstation, the sign-in's audit entry).
 */
public record SignInTimes(double passwordMs, double databaseMs, double schemaMs, boolean flyway, double restMs) {
    /** The whole of opening the register. */
    public double totalMs() {
        return passwordMs + databaseMs + schemaMs + restMs;
    }
}
