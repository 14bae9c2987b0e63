package org.villageregistry.service.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.Json;
import org.villageregistry.service.StatisticsReport;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import org.villageregistry.service.signoff.LockedMonths;
import org.villageregistry.service.signoff.SignedFigures;
import org.villageregistry.service.signoff.SignoffService;
import org.villageregistry.service.signoff.VillageMonth;

/**
 * The township's own monthly report, signed for the county (docs/decisions/0014-monthly-signoff.md): each village's
 * sign-off state and figures (as signed where approved) and the township's total, as a JWS of typ {@value #TYPE}
 * put into the outbox beside the village bundles and manifests. No personal data: not encrypted.
 */
public final class TownshipReportSeal {
    public static final String TYPE = "vreg-township-report+jws";
    public static final String FORMAT = "vreg-township-report/1";
    public static final String OUTBOX_KIND = "township-report";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SyncIdentity identity;
    private final Clock clock;

    TownshipReportSeal(SyncIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    /** What was signed and queued for the county. */
    public record Sealed(UUID itemId, String fileName, String period, int villages, int approved) {
    }

    public Sealed seal(String periodText) {
        Permissions.require(identity.register(), Permission.TOWNSHIP_SYNC);
        if (!identity.isTownship()) {
            throw new RegistryException("signoff.status.notTownship");
        }
        Period month = SignoffService.month(periodText);
        var register = identity.register();
        List<VillageMonth> states = new SignoffService(register, clock).status(month.text());
        StatisticsReport computed = new StatisticsService(register).compute(month);
        StatisticsReport report = register.transactions()
                .read(() -> new LockedMonths(register).withSignedVillages(computed));
        Instant now = clock.instant();
        ObjectNode payload = Json.mapper().createObjectNode().put("format", FORMAT)
                .put("township", identity.division()).put("townshipName", report.divisionName())
                .put("period", month.text()).put("createdAt", now.toString());
        ArrayNode villages = payload.putArray("villages");
        for (VillageMonth v : states) {
            ObjectNode row = villages.addObject().put("village", v.village()).put("name", v.villageName())
                    .put("state", v.state().name()).put("overdue", v.overdue());
            report.villages().stream().filter(s -> s.divisionCode().equals(v.village())).findFirst()
                    .ifPresent(s -> row.set("figures", figures(s)));
        }
        payload.set("total", figures(report.total()));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("issuer", identity.division());
        header.put("period", month.text());
        header.put("createdAt", now.toString());
        byte[] signed = identity.crypto().signDocument(TYPE, header,
                payload.toString().getBytes(StandardCharsets.UTF_8), identity.keys(), List.of());
        UUID itemId = UUID.randomUUID();
        String name = identity.division() + "_township-report_" + month.text() + "_"
                + STAMP.format(now.atZone(clock.getZone())) + ".vrt.json";
        register.transactions().write(() -> register.sync().outbox().enqueue(new OutboxItem(itemId, OUTBOX_KIND,
                name, signed, OutboxState.PENDING, 0, now, Optional.empty(), now, Optional.empty())));
        int approved = (int) states.stream().filter(v -> v.state() == org.villageregistry.service.signoff.MonthState
                .APPROVED).count();
        return new Sealed(itemId, name, month.text(), states.size(), approved);
    }

    private static com.fasterxml.jackson.databind.JsonNode figures(DivisionStatistics s) {
        return SignedFigures.tree(SignedFigures.canonical(s));
    }
}
