package org.villageregistry.service.signoff;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.Json;
import org.villageregistry.service.change.CanonicalJson;

/**
 * A month's figures as a village signs them: the {@link DivisionStatistics} of the month as RFC 8785 canonical
 * JSON, read back into the same statistics (the township shows exactly what the village computed), and the counts
 * that a later change to an event of the month can move, compared figure by figure (补报/更正).
 */
public final class SignedFigures {
    /** The counts compared between the signed month and the register now, as JSON paths of the statistics. */
    public static final List<String> COMPARED = List.of("populationStart", "populationEnd", "births.total",
            "births.male", "births.female", "deaths", "marriages.MARRIAGE", "marriages.DIVORCE", "movesIn",
            "movesOut", "women15to49", "marriedWomen15to49");

    private static final ObjectMapper READER = Json.mapper().copy()
            .registerModule(new SimpleModule("optional-from-value").addDeserializer(Optional.class,
                    new OptionalFromValue(null)));

    private SignedFigures() {
    }

    /** The canonical JSON text of the statistics: the same bytes on every workstation for the same figures. */
    public static String canonical(DivisionStatistics statistics) {
        JsonNode tree = Json.mapper().valueToTree(statistics);
        return new String(CanonicalJson.utf8(tree), StandardCharsets.UTF_8);
    }

    /** The signed statistics back from their JSON (unknown members of newer programs are ignored). */
    public static DivisionStatistics read(String json) {
        try {
            return READER.readValue(json, DivisionStatistics.class);
        } catch (IOException e) {
            throw new IllegalStateException("signed figures are not the statistics of a month", e);
        }
    }

    /** The tree of a figures text (for the bundle and the receipt, which carry it as a JSON object). */
    public static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("signed figures are not JSON", e);
        }
    }

    /** A compared count by its path, 0 where the figures do not hold it. */
    public static long count(JsonNode figures, String path) {
        JsonNode node = figures;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node.asLong(0);
    }

    /** The compared counts that differ between the signed figures and the same month computed now. */
    public static List<Difference> differences(String signedJson, DivisionStatistics now) {
        JsonNode signed = tree(signedJson);
        JsonNode current = Json.mapper().valueToTree(now);
        List<Difference> out = new ArrayList<>();
        for (String path : COMPARED) {
            long before = count(signed, path);
            long after = count(current, path);
            if (before != after) {
                out.add(new Difference(path, before, after));
            }
        }
        return out;
    }

    /** One count of a signed month that the register now gives otherwise. */
    public record Difference(String figure, long signed, long now) {
        public long change() {
            return now - signed;
        }

        /** The figure's name as the report prints it (出生人数, 期末人口 …). */
        public String label() {
            return Messages.get("signoff.figure." + figure);
        }
    }

    /** Reads a JSON null as an empty Optional and a value as a present one (the program writes them so). */
    private static final class OptionalFromValue extends JsonDeserializer<Optional<?>>
            implements ContextualDeserializer {
        private final JavaType content;

        OptionalFromValue(JavaType content) {
            this.content = content;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            return new OptionalFromValue(type == null ? null : type.containedTypeOrUnknown(0));
        }

        @Override
        public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Optional.ofNullable(ctxt.readValue(p, content));
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }
    }
}
