package org.villageregistry.domain.workstation;

/** A user who can open this workstation's register, as the administrator's user list shows them. */
public record WorkstationUser(String name, UserRole role) {
}
