package org.villageregistry.sync;

import org.villageregistry.service.Json;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The program's one JSON set-up ({@link Json}) with a bounded parser, for the sync module: everything it reads
 * comes from a USB stick, so nesting depth, string and document length are limited; duplicate keys and trailing
 * garbage are refused.
 */
public final class SafeJson {
    public static final int MAX_NESTING_DEPTH = 64;

    private final ObjectMapper mapper;
    /** For a value inside a document: the rest of the document follows it, so no trailing-token check. */
    private final ObjectReader inside;

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
        this.inside = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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
        } catch (IOException e) {
            throw refused(e, fileName);
        }
    }

    /** Gets each element of a document's array with where it lies, as it is read. */
    public interface Elements {
        /**
         * One element; {@code start} and {@code end} bound its own bytes, from its first byte to just after its last
         * (-1 when the parser gives no byte offsets: a document not in UTF-8).
         */
        void element(JsonNode element, long start, long end);
    }

    /**
     * A document parsed as {@link #parse} does (the same tree, limits and refusals), except that the elements of its
     * top-level array {@code field} go to {@code elements} one at a time as they are read, and are not kept: the tree
     * holds that array empty. A document of thousands of changes is then never held whole as a tree. Not an object,
     * or without that array: the tree is {@link #parse}'s and {@code elements} gets nothing.
     */
    public JsonNode parseEach(byte[] bytes, String fileName, String field, Elements elements) {
        try (JsonParser p = mapper.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return parse(bytes, fileName);
            }
            ObjectNode root = mapper.createObjectNode();
            boolean seen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(field) && value == JsonToken.START_ARRAY && !seen) {
                    seen = true;
                    root.putArray(name);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        long start = p.currentTokenLocation().getByteOffset();
                        JsonNode element = tree(p);
                        elements.element(element, start, p.currentLocation().getByteOffset());
                    }
                } else {
                    root.set(name, tree(p)); // a repeated name is refused by the parser (strict duplicates)
                }
            }
            if (p.nextToken() != null) {
                throw new SyncException(SyncProblem.NOT_JSON, fileName); // what FAIL_ON_TRAILING_TOKENS says
            }
            return root;
        } catch (IOException e) {
            throw refused(e, fileName);
        }
    }

    private JsonNode tree(JsonParser p) throws IOException {
        JsonNode node = inside.readTree(p);
        return node == null ? NullNode.getInstance() : node;
    }

    private static SyncException refused(IOException e, String fileName) {
        if (e instanceof StreamConstraintsException) {
            if (String.valueOf(e.getMessage()).contains("depth")) {
                return new SyncException(e, SyncProblem.TOO_DEEP, fileName, MAX_NESTING_DEPTH);
            }
            return new SyncException(e, SyncProblem.MALFORMED, fileName);
        }
        return new SyncException(e, SyncProblem.NOT_JSON, fileName);
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
