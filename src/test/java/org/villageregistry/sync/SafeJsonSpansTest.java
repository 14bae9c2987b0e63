package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SafeJson#parseEach}: the same tree and the same refusals as {@link SafeJson#parse}, the array's elements
 * handed out one at a time with where each lies.
 */
class SafeJsonSpansTest {
    final SafeJson json = new SafeJson(1 << 20);

    /** What parseEach gave: the tree (its array left empty), the elements and their spans. */
    private record Read(JsonNode root, List<JsonNode> elements, List<long[]> spans) {
        /** The tree with the elements put back in their array, as parse would give it. */
        JsonNode whole() {
            JsonNode copy = root.deepCopy();
            if (copy.get("changes") instanceof ArrayNode array) {
                array.addAll(elements);
            }
            return copy;
        }
    }

    private Read read(byte[] bytes) {
        List<JsonNode> elements = new ArrayList<>();
        List<long[]> spans = new ArrayList<>();
        JsonNode root = json.parseEach(bytes, "f", "changes", (element, start, end) -> {
            elements.add(element);
            spans.add(new long[] {start, end});
        });
        return new Read(root, elements, spans);
    }

    @Test
    void eachElementsSpanHoldsExactlyItsOwnBytes() {
        String[] elements = {"{\"changeId\":1,\"state\":{\"name\":\"王小明\",\"note\":\"a \\\"q\\\" ]}\"}}",
            "{ \"changeId\" : 2 ,\n  \"state\" : { } }", "[1,{\"x\":[2,3]}]", "\"文字\"", "17", "null"};
        String doc = "{ \"sign\": [ {\"a\": 1} ],\n \"changes\" : [\n" + String.join(" ,\r\n ", elements) + "\n] }";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);

        Read read = read(bytes);

        assertThat(read.root().get("changes")).isEmpty(); // not kept in the tree
        assertThat(read.whole()).isEqualTo(json.parse(bytes, "f"));
        assertThat(read.spans()).hasSize(elements.length);
        for (int i = 0; i < elements.length; i++) {
            byte[] own = Arrays.copyOfRange(bytes, (int) read.spans().get(i)[0], (int) read.spans().get(i)[1]);
            assertThat(new String(own, StandardCharsets.UTF_8)).isEqualTo(elements[i]);
        }
    }

    @Test
    void aDocumentWithoutThatArrayHandsOutNothingAndHasTheSameTree() {
        for (String doc : List.of("{\"snapshot\":[{\"a\":1}]}", "{\"changes\":{\"a\":1}}", "[{\"changes\":[]}]",
                "\"changes\"", "{}", "{\"changes\":[]}")) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            Read read = read(bytes);
            assertThat(read.root()).as(doc).isEqualTo(json.parse(bytes, "f"));
            assertThat(read.elements()).as(doc).isEmpty();
        }
    }

    @Test
    void whatParseRefusesItRefusesForTheSameReason() {
        String deep = "{\"changes\":[" + "[".repeat(80) + "]".repeat(80) + "]}";
        for (String doc : List.of("", "   ", "{\"changes\":[{\"a\":1}]} x", "{\"changes\":[{\"a\":1}]}{}",
                "{\"changes\":[{\"a\":1}],\"changes\":[]}", "{\"changes\":[{\"a\":1,\"a\":2}]}",
                "{\"changes\":[{\"a\":1}", "{\"changes\":[{\"a\":1},]}", "{\"x\":1,\"x\":2}", deep,
                "{\"changes\":[{\"a\":\"\u0001\"}]}", "{\"changes\":[1e99999999999999999999999999999999999999999999999999999999999999999]}")) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            SyncException byParse = catchThrowableOfType(() -> json.parse(bytes, "f"), SyncException.class);
            SyncException byEach = catchThrowableOfType(() -> read(bytes), SyncException.class);
            assertThat(byParse).as(doc).isNotNull();
            assertThat(byEach).as(doc).isNotNull();
            assertThat(byEach.problem()).as(doc).isEqualTo(byParse.problem());
        }
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
        SyncException byParse = catchThrowableOfType(() -> json.parse(notUtf8, "f"), SyncException.class);
        SyncException byEach = catchThrowableOfType(() -> read(notUtf8), SyncException.class);
        assertThat(byEach.problem()).isEqualTo(byParse.problem());
    }

    @Test
    void aDocumentInUtf16HasTheSameTreeAndNoByteOffsets() {
        byte[] bytes = "{\"changes\":[{\"a\":\"王\"}]}".getBytes(StandardCharsets.UTF_16BE);
        Read read = read(bytes);
        assertThat(read.whole()).isEqualTo(json.parse(bytes, "f"));
        assertThat(read.spans()).hasSize(1);
        assertThat(read.spans().get(0)[0]).isEqualTo(-1);
    }
}
