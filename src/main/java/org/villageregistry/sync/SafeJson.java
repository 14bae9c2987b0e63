package org.villageregistry.sync;

import org.villageregistry.service.Json;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The program's one JSON set-up ({@link Json}) with a bounded parser, for the sync module: everything it reads
 * comes from a USB stick, so nesting depth, string and document length are limited; duplicate keys and trailing
 * garbage are refused.
 */
public final class SafeJson {
    public static final int MAX_NESTING_DEPTH = 64;

    private final ObjectMapper mapper;

    public SafeJson(long maxDocumentBytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16L, maxDocumentBytes))
                        .maxDocumentLength(maxDocumentBytes)
                        .maxNumberLength(64)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = Json.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses {@code bytes}; a too deep document is told apart from one that is not JSON. */
    public JsonNode parse(byte[] bytes, String fileName) {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new SyncException(SyncProblem.NOT_JSON, fileName);
            }
            return node;
        } catch (StreamConstraintsException e) {
            if (String.valueOf(e.getMessage()).contains("depth")) {
                throw new SyncException(e, SyncProblem.TOO_DEEP, fileName, MAX_NESTING_DEPTH);
            }
            throw new SyncException(e, SyncProblem.MALFORMED, fileName);
        } catch (IOException e) {
            throw new SyncException(e, SyncProblem.NOT_JSON, fileName);
        }
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
