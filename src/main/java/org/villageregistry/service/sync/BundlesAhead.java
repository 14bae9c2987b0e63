package org.villageregistry.service.sync;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;

/**
 * A township importing many bundles prepares the next one on a second thread while the current one is applied:
 * opened (limits, signature, origin, audience), decrypted, every hash and the chain inside it checked, about a
 * fifth of an import. One bundle ahead at most, so memory stays bounded. The other thread never touches the
 * register: the enrolments and keys are read once, on the importing thread, before the first file; what was
 * applied before (the sequence, the anchor of the chain) is still checked on the importing thread at the bundle's
 * turn. A bundle refused ahead is refused at its turn with the same reason as without, and changes nothing.
 */
final class BundlesAhead implements AutoCloseable {
    private record Ahead(Path file, Future<SyncCrypto.OpenedBundle> bundle) {
    }

    private final SyncCrypto crypto;
    private final List<Enrolment> enrolments;
    private final String division;
    private final byte[] keys;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vreg-bundle-ahead");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Ahead> ahead = new ArrayDeque<>();

    BundlesAhead(SyncIdentity identity) {
        this.crypto = identity.crypto();
        this.enrolments = List.copyOf(identity.enrolments());
        this.division = identity.division();
        this.keys = identity.keys();
    }

    /** Starts preparing {@code file}, which {@link #open} will be asked for after the ones asked so far. */
    void prepare(Path file) {
        ahead.addLast(new Ahead(file, thread.submit(() -> {
            SyncCrypto.OpenedBundle bundle = openNow(file);
            bundle.decryptAhead();
            return bundle;
        })));
    }

    /** The bundle of {@code file}, prepared ahead when it was; throws what opening it threw (a refusal). */
    SyncCrypto.OpenedBundle open(Path file) {
        Ahead next = ahead.peekFirst();
        if (next == null || !next.file().equals(file)) {
            return openNow(file);
        }
        ahead.removeFirst();
        try {
            return next.bundle().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            next.bundle().cancel(true);
            return openNow(file);
        }
    }

    private SyncCrypto.OpenedBundle openNow(Path file) {
        return crypto.openBundle(file, enrolments, division, keys);
    }

    /** Drops what was prepared and not asked for (a cancelled import); the second thread ends. */
    @Override
    public void close() {
        ahead.forEach(a -> a.bundle().cancel(true));
        ahead.clear();
        thread.shutdownNow();
    }
}
