package org.villageregistry.domain.workstation;

/** The user who opened the register; every change and audit entry names them. */
public record SignedInUser(String name, UserRole role) {
}
