package org.villageregistry.county.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.county.store.AppliedChange;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.CountyTransaction;
import org.villageregistry.county.store.InboxItem;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.ConflictService;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.service.sync.TownshipReportSeal;

/**
 * A township's decision on a conflict, uploaded beside its bundles (docs/decisions/0038): when it applies the
 * village's change after all, the county applies the changes of that record it held back with it; when it keeps
 * the other record, the changes stay held and the conflict is closed, as at the township.
 */
final class TownshipDecisions {
    private final SyncCrypto crypto;
    private final CountyStore store;
    private final byte[] keys;

    TownshipDecisions(SyncCrypto crypto, CountyStore store, byte[] keys) {
        this.crypto = crypto;
        this.store = store;
        this.keys = keys;
    }

    IntakeService.Outcome apply(InboxItem item, CountyTransaction tx, Instant now) {
        JsonNode d = decision(item);
        String village = d.path("village").asText();
        if (village.length() != 12 || !DivisionCode.of(item.township()).contains(DivisionCode.of(village))) {
            throw new RegistryException("county.intake.villageOutside", village, item.township());
        }
        UUID entity = UUID.fromString(d.path("entityId").asText());
        long change = d.path("changeId").asLong();
        if (!d.path("released").asBoolean()) {
            tx.closeConflict(village, entity, change, now);
            return new IntakeService.Outcome("applied", "", 0, List.of());
        }
        List<CountyTransaction.Held> held = tx.held(village, entity, change);
        List<AppliedChange> applied = new ArrayList<>();
        List<CountyTransaction.Held> readable = new ArrayList<>();
        for (CountyTransaction.Held h : held) {
            CountyApplier.released(h.change(), village, item.township()).ifPresent(a -> {
                applied.add(a);
                readable.add(h);
            });
        }
        tx.release(item.township(), readable, applied, now);
        return new IntakeService.Outcome("applied", "", applied.size(), List.<Map<String, Object>>of());
    }

    /**
     * A township's signed monthly report (vreg signoff seal), read and kept for the reporting status: which month,
     * and each village's month as the township signed it. Its figures stay in the inbox as sent.
     */
    IntakeService.Outcome keepMonthlyReport(InboxItem item, CountyTransaction tx) {
        JsonNode r = signed(item, TownshipReportSeal.TYPE, "county.intake.reportUnreadable");
        String period = r.path("period").asText();
        if (!TownshipReportSeal.FORMAT.equals(r.path("format").asText())
                || !item.township().equals(r.path("township").asText()) || !period.matches("\\d{4}-\\d{2}")) {
            throw new RegistryException("county.intake.reportUnreadable", item.fileName());
        }
        var villages = Json.mapper().createObjectNode();
        for (JsonNode v : r.path("villages")) {
            villages.put(v.path("village").asText(), v.path("state").asText());
        }
        Instant created;
        try {
            created = Instant.parse(r.path("createdAt").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RegistryException(e, "county.intake.reportUnreadable", item.fileName());
        }
        tx.keepTownshipReport(item.itemId(), item.township(), period, created, item.receivedAt(),
                villages.toString());
        return IntakeService.Outcome.kept();
    }

    /** The decision, signed by the township that uploads it. */
    private JsonNode decision(InboxItem item) {
        try {
            JsonNode d = signed(item, ConflictService.DECISION_TYPE, "county.intake.decisionUnreadable");
            if (!ConflictService.DECISION_FORMAT.equals(d.path("format").asText())
                    || !item.township().equals(d.path("township").asText())) {
                throw new RegistryException("county.intake.decisionUnreadable", item.fileName());
            }
            UUID.fromString(d.path("entityId").asText());
            return d;
        } catch (IllegalArgumentException e) {
            throw new RegistryException(e, "county.intake.decisionUnreadable", item.fileName());
        }
    }

    /** The payload of a document of the given type, signed by the township that uploads it. */
    private JsonNode signed(InboxItem item, String type, String unreadable) {
        var township = store.enrolments().stream().filter(e -> e.division().equals(item.township())).toList();
        SyncCrypto.SignedDocument doc = crypto.readDocument(item.body(), item.fileName(), type, township, keys);
        try {
            return Json.mapper().readTree(doc.payload());
        } catch (IOException e) {
            throw new RegistryException(e, unreadable, item.fileName());
        }
    }
}
