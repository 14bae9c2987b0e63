package org.villageregistry.domain.workstation;

import org.villageregistry.domain.division.DivisionCode;

/** What is asked at first set-up. A village workstation has a 12-digit code, a township one a 9-digit code. */
public record WorkstationSetup(WorkstationRole role, DivisionCode division, String divisionName) {
}
