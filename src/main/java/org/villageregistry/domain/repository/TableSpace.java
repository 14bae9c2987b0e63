package org.villageregistry.domain.repository;

/** How much of the database file one table takes, with its indexes: for the benchmark's "where the bytes go". */
public record TableSpace(String table, long rows, long bytes) {
}
