package org.villageregistry.service;

import org.villageregistry.domain.household.Household;

/** One line of the household list: the household, its head's name (empty if none) and how many active members. */
public record HouseholdSummary(Household household, String headName, int activeMembers) {
}
