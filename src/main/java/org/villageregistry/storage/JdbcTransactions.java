package org.villageregistry.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.villageregistry.domain.repository.Transactions;
import org.villageregistry.domain.text.RegistryException;

/**
 * One connection for a single-user desktop register, guarded by a lock: a transaction holds the lock on its
 * thread, nested calls join it, and a write commits or rolls back everything at the outermost level.
 */
final class JdbcTransactions implements Transactions {
    private final Connection connection;
    private final Path home;
    /** Fair: a screen's read waiting for the connection gets it before a long job's next transaction. */
    private final ReentrantLock lock = new ReentrantLock(true);
    private int depth;
    private boolean writing;
    private boolean rollbackOnly;
    private final List<Runnable> afterCommit = new ArrayList<>();

    JdbcTransactions(Connection connection, Path home) throws SQLException {
        this.connection = connection;
        this.home = home;
        connection.setAutoCommit(false);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return run(work, true);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(work, false);
    }

    /** The connection of the transaction this thread is in. */
    Connection connection() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("no transaction on this thread");
        }
        return connection;
    }

    /** Whether this thread is inside a write transaction (whose changes are not committed yet). */
    boolean writing() {
        return lock.isHeldByCurrentThread() && writing;
    }

    /**
     * Whether this thread's write has saved records that are not committed yet (each saved record leaves an
     * action for after the commit); false outside a write and before a write's first save.
     */
    boolean savedUncommitted() {
        return writing() && !afterCommit.isEmpty();
    }

    void requireWrite() {
        if (!lock.isHeldByCurrentThread() || !writing) {
            throw new IllegalStateException("saving needs Transactions.write");
        }
    }

    /** Runs once the current write commits (e.g. to update the search index); dropped on rollback. */
    void afterCommit(Runnable action) {
        requireWrite();
        afterCommit.add(action);
    }

    private <T> T run(Supplier<T> work, boolean write) {
        lock.lock();
        boolean outermost = depth == 0;
        if (outermost) {
            writing = write;
            rollbackOnly = false;
            afterCommit.clear();
        } else if (write && !writing) {
            lock.unlock();
            throw new IllegalStateException("a write cannot be nested in a read");
        }
        depth++;
        try {
            T result = work.get();
            if (outermost) {
                finish();
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollbackOnly = true;
            if (outermost) {
                rollbackQuietly(e);
            }
            throw e;
        } finally {
            depth--;
            if (outermost) {
                writing = false;
            }
            lock.unlock();
        }
    }

    private void finish() {
        if (!writing) {
            rollbackQuietly(null);
            return;
        }
        if (rollbackOnly) {
            rollbackQuietly(null);
            throw new RegistryException("storage.error.rolledBack");
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw StorageFailure.explain(e, home);
        }
        List<Runnable> actions = List.copyOf(afterCommit);
        afterCommit.clear();
        actions.forEach(Runnable::run);
    }

    private void rollbackQuietly(Throwable cause) {
        afterCommit.clear();
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
