package org.villageregistry.domain.repository;

import java.util.function.Supplier;

/**
 * The one way to open a transaction. A write runs all its saves and their change-log entries atomically:
 * an exception rolls everything back. Nesting joins the outer transaction.
 */
public interface Transactions {
    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);

    default void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
