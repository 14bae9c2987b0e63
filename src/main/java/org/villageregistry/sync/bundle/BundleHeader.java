package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;

/** Maps {@link BundleMetadata} to and from the {@code vreg} header object exactly as BUNDLE.md lists it. */
final class BundleHeader {
    static final String TYPE = "vreg-bundle+jws";
    private static final String FORMAT_PREFIX = "vreg-bundle/";
    private static final int KNOWN_MAJOR = 1;

    private BundleHeader() {
    }

    static ObjectNode toJson(SafeJson json, BundleMetadata m) {
        ObjectNode vreg = json.mapper().createObjectNode();
        vreg.put("format", m.format());
        vreg.put("bundleId", m.bundleId().toString());
        ObjectNode origin = vreg.putObject("origin");
        origin.put("division", m.originDivision().value());
        origin.put("workstation", m.originWorkstation().toString());
        vreg.put("audience", m.audience().value());
        vreg.put("sequence", m.sequence());
        ObjectNode changes = vreg.putObject("changes");
        changes.put("from", m.changes().from());
        changes.put("to", m.changes().to());
        ObjectNode count = changes.putObject("count");
        new TreeMap<>(m.changes().countByEntityType()).forEach(count::put);
        vreg.put("chainHead", m.chainHead());
        vreg.put("createdAt", m.createdAt().toString());
        vreg.put("schemaVersion", m.schemaVersion());
        vreg.put("kind", m.kind().wireName());
        if (!m.signoffs().isEmpty()) {
            m.signoffs().forEach(vreg.putArray("signoffs")::add);
        }
        return vreg;
    }

    /** Step 1 of the import: the format's major version must be one this program knows. */
    static void checkFormat(JsonNode header, String fileName) {
        JsonNode format = header.path("vreg").path("format");
        if (!format.isTextual() || !format.asText().startsWith(FORMAT_PREFIX)) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        String version = format.asText().substring(FORMAT_PREFIX.length());
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        if (!major.equals(String.valueOf(KNOWN_MAJOR))) {
            throw new SyncException(SyncProblem.UNKNOWN_FORMAT, fileName, format.asText());
        }
    }

    static BundleMetadata fromJson(JsonNode header, String fileName) {
        JsonNode vreg = header.path("vreg");
        try {
            JsonNode changes = vreg.path("changes");
            return new BundleMetadata(
                    text(vreg, "format", fileName),
                    UUID.fromString(text(vreg, "bundleId", fileName)),
                    DivisionCode.of(text(vreg.path("origin"), "division", fileName)),
                    UUID.fromString(text(vreg.path("origin"), "workstation", fileName)),
                    DivisionCode.of(text(vreg, "audience", fileName)),
                    number(vreg, "sequence", fileName),
                    new ChangeRange(number(changes, "from", fileName), number(changes, "to", fileName),
                            counts(changes.path("count"), fileName)),
                    text(vreg, "chainHead", fileName),
                    Instant.parse(text(vreg, "createdAt", fileName)),
                    Math.toIntExact(number(vreg, "schemaVersion", fileName)),
                    BundleKind.fromWireName(text(vreg, "kind", fileName))
                            .orElseThrow(() -> new SyncException(SyncProblem.MALFORMED, fileName)),
                    signoffs(vreg.path("signoffs"), fileName));
        } catch (SyncException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SyncException(e, SyncProblem.MALFORMED, fileName);
        }
    }

    /** The months a bundle submits for sign-off: absent in bundles without (and in those written before). */
    private static java.util.List<String> signoffs(JsonNode node, String fileName) {
        if (node.isMissingNode()) {
            return java.util.List.of();
        }
        if (!node.isArray()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        java.util.List<String> periods = new java.util.ArrayList<>();
        for (JsonNode p : node) {
            if (!p.isTextual()) {
                throw new SyncException(SyncProblem.MALFORMED, fileName);
            }
            periods.add(p.asText());
        }
        return periods;
    }

    private static Map<String, Integer> counts(JsonNode count, String fileName) {
        if (!count.isObject()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = count.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw new SyncException(SyncProblem.MALFORMED, fileName);
            }
            counts.put(e.getKey(), e.getValue().asInt());
        }
        return counts;
    }

    private static String text(JsonNode node, String field, String fileName) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field, String fileName) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        return value.asLong();
    }
}
