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
import java.util.List;
import java.util.Optional;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.Json;
import org.villageregistry.service.change.CanonicalJson;

/**
 * A month's figures as a village signs them: the {@link DivisionStatistics} of the month as RFC 8785 canonical
 * JSON, read back into the same statistics (the township shows exactly what the village computed), and every count
 * a later change to an event of the month can move, compared figure by figure (补报/更正).
 */
public final class SignedFigures {
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

    /**
     * Every count of the signed figures that the same month computed now gives otherwise ({@link ComparedCounts}:
     * every integer of the statistics but those repeating another and the synchronisation state).
     */
    public static List<Difference> differences(String signedJson, DivisionStatistics now) {
        return ComparedCounts.differences(tree(signedJson), Json.mapper().valueToTree(now));
    }

    /** The same comparison between two statistics in hand (the township's total as printed and as it is now). */
    public static List<Difference> differences(DivisionStatistics printed, DivisionStatistics now) {
        return ComparedCounts.differences(Json.mapper().valueToTree(printed), Json.mapper().valueToTree(now));
    }

    /** One count of a signed month that the register now gives otherwise. */
    public record Difference(String figure, long signed, long now) {
        public long change() {
            return now - signed;
        }

        /** The figure's name as the report prints it (出生人数, 期末人口（户籍在村且常住） …). */
        public String label() {
            return FigureLabels.of(figure);
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
