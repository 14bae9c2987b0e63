package org.villageregistry.service.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
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
        UUID receiptId = uuid(receipt.path("receiptId"), name)
                .orElseThrow(() -> new RegistryException("sync.malformed", name));
        var sync = identity.register().sync();
        if (sync.delivery().receiptImported(receiptId)) {
            return new ImportService.Outcome(file, ImportService.Status.ALREADY_IMPORTED,
                    Messages.get("sync.service.receiptAlready", name), Optional.empty(), 0, 0);
        }
        long last = identity.register().changes().last().map(Change::changeId).orElse(0L);
        long upTo = Math.min(receipt.path("acknowledged").path("upTo").asLong(0), last);
        Instant now = clock.instant();
        List<Task> tasks = tasks(receipt, receiptId, now, name);
        List<Division> villages = villages(receipt, township.division(), name);
        identity.register().transactions().write(() -> {
            sync.delivery().acknowledge(upTo);
            villages.stream().filter(v -> !v.code().value().equals(identity.division()))
                    .forEach(identity.register()::saveDivision);
            tasks.forEach(sync.tasks()::addTask);
            SignoffTransport signoffs = new SignoffTransport(identity.register());
            tasks.stream().filter(t -> t.kind() == TaskKind.SIGNOFF_APPROVED || t.kind() == TaskKind.SIGNOFF_RETURNED)
                    .forEach(t -> signoffs.decided(t.kind().name(), parse(t.payloadJson().getBytes(
                            java.nio.charset.StandardCharsets.UTF_8), name), now, township.division(), name));
            sync.delivery().recordReceipt(new ImportedReceipt(receiptId, township.division(), upTo, name, now));
        });
        int taskCount = tasks.size();
        return new ImportService.Outcome(file, ImportService.Status.IMPORTED,
                Messages.get("sync.service.receiptImported", name, upTo, taskCount), Optional.empty(), 0, taskCount);
    }

    /**
     * The to-fix list and the feedback of the receipt, all read and checked before anything is written: a field
     * of the wrong kind (a list that is not a list, an unknown task kind, an id that is no UUID) refuses the
     * whole receipt, and the register stays as it was.
     */
    private static List<Task> tasks(JsonNode receipt, UUID receiptId, Instant now, String name) {
        List<Task> tasks = new ArrayList<>();
        for (JsonNode q : list(receipt, "quarantined", name)) {
            if (!q.isObject() || !(q.path("changeId").isIntegralNumber() && q.path("changeId").canConvertToLong())) {
                throw new RegistryException("sync.malformed", name);
            }
            tasks.add(new Task(0, receiptId, TaskKind.FIX_CHANGE, uuid(q.path("entityId"), name),
                    Optional.of(q.path("changeId").asLong()), Optional.of(q.path("reasonCode").asText()),
                    q.path("message").asText(), q.toString(), now, false));
        }
        for (JsonNode f : list(receipt, "feedback", name)) {
            TaskKind kind = Arrays.stream(TaskKind.values()).filter(k -> k.name().equals(f.path("kind").asText()))
                    .findFirst().orElseThrow(() -> new RegistryException("sync.malformed", name));
            tasks.add(new Task(0, receiptId, kind, uuid(f.path("entityId"), name), Optional.empty(),
                    Optional.empty(), message(kind, f.path("payload")), f.path("payload").toString(), now, false));
        }
        return tasks;
    }

    /**
     * The task's sentence in Chinese: a month's approval or return names the month (and the township's reason); a
     * verification finding says what the team found (核查发现：出生日期 应为 1985-03-02（王秀英，户号 0012））; any other
     * kind its fixed sentence.
     */
    private static String message(TaskKind kind, JsonNode payload) {
        return switch (kind) {
            case SIGNOFF_APPROVED -> Messages.get(Messages.CHINESE, "sync.task.SIGNOFF_APPROVED",
                    payload.path("period").asText());
            case SIGNOFF_RETURNED -> Messages.get(Messages.CHINESE, "sync.task.SIGNOFF_RETURNED",
                    payload.path("period").asText(), payload.path("reason").asText());
            case VERIFICATION_FINDING -> Messages.get(Messages.CHINESE,
                    "sync.task.VERIFICATION_FINDING." + payload.path("finding").asText(),
                    payload.path("fieldLabel").asText(), payload.path("value").asText(),
                    payload.path("personName").asText(), payload.path("household").asText(),
                    payload.path("sex").asText(), payload.path("birthDate").asText());
            default -> Messages.get(Messages.CHINESE, "sync.task." + kind.name());
        };
    }

    /**
     * The township's villages the receipt names (a receipt of an older program names none): each a 12-digit code
     * of this township and a name; anything else refuses the whole receipt, as a damaged list does.
     */
    private static List<Division> villages(JsonNode receipt, String townshipCode, String name) {
        DivisionCode township = DivisionCode.of(townshipCode);
        List<Division> villages = new ArrayList<>();
        for (JsonNode v : list(receipt, "villages", name)) {
            String code = v.path("code").asText("");
            String villageName = v.path("name").asText("").strip();
            if (!v.path("code").isTextual() || !v.path("name").isTextual() || villageName.isEmpty()
                    || villageName.length() > MAX_NAME || !code.matches("\\d{12}")) {
                throw new RegistryException("sync.malformed", name);
            }
            DivisionCode village = DivisionCode.of(code);
            if (village.level() != DivisionLevel.VILLAGE || !township.contains(village)) {
                throw new RegistryException("sync.malformed", name);
            }
            villages.add(new Division(village, villageName));
        }
        return villages;
    }

    private static final int MAX_NAME = 40;

    /** A list member of the receipt: missing means empty, anything but a list is a damaged receipt. */
    private static JsonNode list(JsonNode receipt, String member, String name) {
        JsonNode node = receipt.path(member);
        if (node.isMissingNode() || node.isNull()) {
            return Json.mapper().createArrayNode();
        }
        if (!node.isArray()) {
            throw new RegistryException("sync.malformed", name);
        }
        return node;
    }

    /** An id given as text must be a UUID; no id (absent or not text) is empty. */
    private static Optional<UUID> uuid(JsonNode node, String name) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(node.asText()));
        } catch (IllegalArgumentException e) {
            throw new RegistryException(e, "sync.malformed", name);
        }
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
