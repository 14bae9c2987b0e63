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
    /** H2's write delay while writes are stored together: an hour, so it never stores by time alone. */
    static final int TOGETHER_DELAY_MS = 3_600_000;

    private final Connection connection;
    private final Path home;
    /** Fair: a screen's read waiting for the connection gets it before a long job's next transaction. */
    private final ReentrantLock lock = new ReentrantLock(true);
    private int depth;
    private boolean writing;
    /** How many outermost writes have begun: tells one write from the next (see {@link #writeNumber}). */
    private volatile long writes;
    private boolean rollbackOnly;
    private final List<Runnable> afterCommit = new ArrayList<>();
    /** How many {@link #storedTogether} runs are open (on any thread); guarded by {@link #lock}. */
    private int together;

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

    /**
     * H2 stores the file at every commit (the URL's {@code WRITE_DELAY=0}); inside this it stores only when its
     * write buffer fills (about 19 MB of changed pages) or when this ends, so a township's import of 40 bundles
     * writes its indexes' pages a few times instead of once per bundle (docs/decisions/0029). The delay given to H2
     * is long enough that its background writer never stores by time during an import; at the end the delay is 0
     * again and a checkpoint stores what is left, before this returns.
     */
    @Override
    public <T> T storedTogether(Supplier<T> work) {
        setTogether(+1);
        Throwable failed = null;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            failed = e;
            throw e;
        } finally {
            try {
                setTogether(-1);
            } catch (RuntimeException e) {
                if (failed == null) {
                    throw e;
                }
                failed.addSuppressed(e);
            }
        }
    }

    private void setTogether(int step) {
        lock.lock();
        try {
            if (depth > 0) {
                // inside a transaction of this thread: the outer run decides (and SET would end the transaction)
                return;
            }
            together += step;
            if (step > 0 && together == 1) {
                Sql.update(connection, "SET WRITE_DELAY " + TOGETHER_DELAY_MS);
            } else if (step < 0 && together == 0) {
                Sql.update(connection, "SET WRITE_DELAY 0");
                Sql.update(connection, "CHECKPOINT");
                connection.commit();
            }
        } catch (SQLException e) {
            throw StorageFailure.explain(e, home);
        } finally {
            lock.unlock();
        }
    }

    /** The connection of the transaction this thread is in. */
    Connection connection() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("no transaction on this thread");
        }
        return connection;
    }

    @Override
    public long writesBegun() {
        return writes; // read without the lock: a long write holding it has begun already
    }

    /** The number of the write this thread is in, different for every outermost write; 0 outside a write. */
    long writeNumber() {
        return writing() ? writes : 0;
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
            if (write) {
                writes++;
            }
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
