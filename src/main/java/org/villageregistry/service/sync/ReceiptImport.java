package org.villageregistry.service.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.sync.SyncRecords.ImportedReceipt;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;

/**
 * The village imports its township's receipt: acknowledged changes count as delivered (the next bundle
 * starts after them), quarantined changes go to the to-fix list, feedback becomes tasks. Only a receipt
 * signed by the enrolled township and addressed to this village is accepted.
 */
final class ReceiptImport {
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final SyncIdentity identity;
    private final Clock clock;

    ReceiptImport(SyncIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    ImportService.Outcome importReceipt(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes = read(file, name);
        Enrolment township = identity.township();
        SyncCrypto.SignedDocument doc = identity.crypto().readDocument(bytes, name, ReceiptService.RECEIPT_TYPE,
                List.of(township), identity.keys());
        JsonNode receipt = parse(doc.payload(), name);
        if (!township.division().equals(doc.signerDivision())
                || !identity.division().equals(receipt.path("village").asText())
                || !identity.division().equals(String.valueOf(doc.header().get("audience")))
                || !receipt.path("receiptId").asText().equals(String.valueOf(doc.header().get("receiptId")))) {
            throw new RegistryException("sync.service.receiptNotForUs", name);
        }
        UUID receiptId = UUID.fromString(receipt.path("receiptId").asText());
        var sync = identity.register().sync();
        if (sync.receiptImported(receiptId)) {
            return new ImportService.Outcome(file, ImportService.Status.ALREADY_IMPORTED,
                    Messages.get("sync.service.receiptAlready", name), Optional.empty(), 0, 0);
        }
        long last = identity.register().changes().last().map(Change::changeId).orElse(0L);
        long upTo = Math.min(receipt.path("acknowledged").path("upTo").asLong(0), last);
        Instant now = clock.instant();
        int[] tasks = {0};
        identity.register().transactions().write(() -> {
            sync.acknowledge(upTo);
            for (JsonNode q : receipt.path("quarantined")) {
                sync.addTask(new Task(0, receiptId, TaskKind.FIX_CHANGE, uuid(q.path("entityId")),
                        Optional.of(q.path("changeId").asLong()), Optional.of(q.path("reasonCode").asText()),
                        q.path("message").asText(), q.toString(), now, false));
                tasks[0]++;
            }
            for (JsonNode f : receipt.path("feedback")) {
                TaskKind kind = TaskKind.valueOf(f.path("kind").asText());
                sync.addTask(new Task(0, receiptId, kind, uuid(f.path("entityId")), Optional.empty(),
                        Optional.empty(), Messages.get(Messages.CHINESE, "sync.task." + kind.name()),
                        f.path("payload").toString(), now, false));
                tasks[0]++;
            }
            sync.recordReceipt(new ImportedReceipt(receiptId, township.division(), upTo, name, now));
        });
        return new ImportService.Outcome(file, ImportService.Status.IMPORTED,
                Messages.get("sync.service.receiptImported", name, upTo, tasks[0]), Optional.empty(), 0, tasks[0]);
    }

    private static Optional<UUID> uuid(JsonNode node) {
        return node.isTextual() ? Optional.of(UUID.fromString(node.asText())) : Optional.empty();
    }

    private static JsonNode parse(byte[] payload, String name) {
        try {
            return Json.mapper().readTree(payload);
        } catch (IOException e) {
            throw new RegistryException(e, "sync.malformed", name);
        }
    }

    private static byte[] read(Path file, String name) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RegistryException("sync.fileTooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(e, "sync.readFailed", name);
        }
    }
}
