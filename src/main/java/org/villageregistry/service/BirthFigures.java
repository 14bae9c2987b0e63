package org.villageregistry.service;

/** Live births of a period by sex and by order (orders above 3 counted as 3+). */
public record BirthFigures(long total, long male, long female, long first, long second, long thirdOrMore) {
}
