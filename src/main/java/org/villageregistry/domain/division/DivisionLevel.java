package org.villageregistry.domain.division;

/** Level of an administrative division. */
public enum DivisionLevel { COUNTY, TOWNSHIP, VILLAGE }
