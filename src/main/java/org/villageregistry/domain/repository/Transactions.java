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

    /**
     * Runs {@code work}, a series of writes (a township's import of many bundles), whose writes reach the file
     * together when it ends instead of one by one at each commit. Each write inside still commits whole, and is
     * seen by every read, as usual; what changes is only when it is stored: at the end (before this returns, also on
     * an exception), or sooner if the database's write buffer fills. A process killed inside loses the writes made
     * since the last store, each wholly: never part of one. So nothing inside may tell the outside world that a
     * write is kept (a receipt, an acknowledgement) before this returns. Nesting joins the outer one. A store that
     * keeps every commit at once may ignore this.
     */
    default <T> T storedTogether(Supplier<T> work) {
        return work.get();
    }

    /**
     * How many writes have begun on this register since it was opened, committed or rolled back: while it stays the
     * same, nothing was written, so what was read from it since still holds. -1 where a store does not count them.
     */
    default long writesBegun() {
        return -1;
    }
}
