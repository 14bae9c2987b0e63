package org.villageregistry.domain.division;

/** A named division, e.g. 410103100001 柳树村. */
public record Division(DivisionCode code, String name) {
}
