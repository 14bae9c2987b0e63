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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * A document parsed as {@link #parse} does, and where each element of its top-level array {@code field} lies in
     * {@code bytes}: {@code spans} holds a start and an end offset per element, in order (the element's own bytes,
     * from its first byte to just after its last). Null spans when the document is not an object holding that array,
     * or its bytes are not UTF-8 (the parser then gives no byte offsets); its tree is then {@link #parse}'s.
     */
    public Spanned parseSpans(byte[] bytes, String fileName, String field) {
        List<JsonNode> elements = new ArrayList<>();
        List<long[]> spans = new ArrayList<>();
        JsonNode root = parseEach(bytes, fileName, field, (element, start, end) -> {
            elements.add(element);
            spans.add(new long[] {start, end});
        });
        JsonNode array = root.get(field);
        if (!root.isObject() || array == null || !array.isArray()) { // an array under that name is handed out
            return new Spanned(root, null);
        }
        ((ArrayNode) array).addAll(elements);
        long[] offsets = new long[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            offsets[2 * i] = spans.get(i)[0];
            offsets[2 * i + 1] = spans.get(i)[1];
            if (spans.get(i)[0] < 0 || spans.get(i)[1] <= spans.get(i)[0]) {
                return new Spanned(root, null);
            }
        }
        return new Spanned(root, offsets);
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

    /** A parsed document and where the elements of one of its arrays lie in its bytes (null when not known). */
    public record Spanned(JsonNode root, long[] spans) {
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
