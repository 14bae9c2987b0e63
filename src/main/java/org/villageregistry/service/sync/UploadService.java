package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.task.Progress;

/**
 * The township's outbox to the county (BUNDLE.md "Upload"): the village bundles unchanged and the township's
 * manifests, each POSTed once it is due. 201 or 200 means the county has it (the bundle id makes the POST
 * idempotent); anything else is retried with exponential back-off (1 min, 2, 4 … up to 6 h). The schedule
 * lives in the database, so it survives a restart.
 */
public final class UploadService {
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private final SyncIdentity identity;
    private final Clock clock;
    private final CountyClient client;
    private final Duration timeout;

    public UploadService(SyncIdentity identity, Clock clock, CountyClient client, Duration timeout) {
        this.identity = identity;
        this.clock = clock;
        this.client = client;
        this.timeout = timeout;
    }

    /** How one item went in this run. */
    public record Sent(String fileName, OutboxState state, int status, Optional<String> error,
                       boolean countyReceiptVerified) {
    }

    public List<OutboxItem> outbox() {
        return identity.register().sync().outbox().outbox();
    }

    /** Sends every item that is pending or failed and due; {@code force} ignores the back-off schedule. */
    public List<Sent> upload(String baseUrl, boolean force, Progress progress) {
        Permissions.require(identity.register(), Permission.TOWNSHIP_SYNC);
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new RegistryException("sync.service.noCountyUrl");
        }
        Instant now = clock.instant();
        List<OutboxItem> due = outbox().stream().filter(i -> i.state() != OutboxState.SENT)
                .filter(i -> force || !i.nextAttempt().isAfter(now)).toList();
        List<Sent> out = new ArrayList<>();
        for (int n = 0; n < due.size() && !progress.isCancelled(); n++) {
            OutboxItem item = due.get(n);
            progress.message(Messages.get("sync.service.progress.uploading", item.fileName()));
            out.add(send(baseUrl, item));
            progress.update(n + 1, due.size());
        }
        return out;
    }

    private Sent send(String baseUrl, OutboxItem item) {
        Instant now = clock.instant();
        try {
            CountyClient.Answer answer = client.post(baseUrl, item.itemId().toString(), item.content(), timeout);
            boolean verified = verifyReceipt(answer.body(), item.fileName());
            save(item.withAttempt(OutboxState.SENT, now, Optional.empty(), Optional.of(now)));
            return new Sent(item.fileName(), OutboxState.SENT, answer.status(), Optional.empty(), verified);
        } catch (IOException | RegistryException e) {
            String error = e instanceof RegistryException r ? r.getMessage()
                    : Messages.get("sync.service.uploadIoFailed", baseUrl, e.getClass().getSimpleName(),
                            e.getMessage() == null ? "" : e.getMessage());
            Instant next = now.plus(backOff(item.attempts() + 1));
            save(item.withAttempt(OutboxState.FAILED, next, Optional.of(error), Optional.empty()));
            return new Sent(item.fileName(), OutboxState.FAILED, -1, Optional.of(error), false);
        }
    }

    /** When the county is enrolled, its answer must be a receipt it signed; otherwise it is kept unread. */
    private boolean verifyReceipt(byte[] body, String fileName) {
        var county = identity.county();
        if (county.isEmpty()) {
            return false;
        }
        identity.crypto().readDocument(body, fileName, ReceiptService.RECEIPT_TYPE, List.of(county.get()),
                identity.keys());
        return true;
    }

    static Duration backOff(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
    }

    private void save(OutboxItem item) {
        identity.register().transactions().write(() -> identity.register().sync().outbox().updateOutbox(item));
    }
}
