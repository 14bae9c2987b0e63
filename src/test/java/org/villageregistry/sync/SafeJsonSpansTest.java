package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SafeJson#parseSpans}: the same tree and the same refusals as {@link SafeJson#parse}, and where each element lies. */
class SafeJsonSpansTest {
    final SafeJson json = new SafeJson(1 << 20);

    @Test
    void eachElementsSpanHoldsExactlyItsOwnBytes() {
        String[] elements = {"{\"changeId\":1,\"state\":{\"name\":\"王小明\",\"note\":\"a \\\"q\\\" ]}\"}}",
            "{ \"changeId\" : 2 ,\n  \"state\" : { } }", "[1,{\"x\":[2,3]}]", "\"文字\"", "17", "null"};
        String doc = "{ \"sign\": [ {\"a\": 1} ],\n \"changes\" : [\n" + String.join(" ,\r\n ", elements) + "\n] }";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);

        SafeJson.Spanned spanned = json.parseSpans(bytes, "f", "changes");

        assertThat(spanned.root()).isEqualTo(json.parse(bytes, "f"));
        assertThat(spanned.spans()).hasSize(2 * elements.length);
        for (int i = 0; i < elements.length; i++) {
            byte[] own = Arrays.copyOfRange(bytes, (int) spanned.spans()[2 * i], (int) spanned.spans()[2 * i + 1]);
            assertThat(new String(own, StandardCharsets.UTF_8)).isEqualTo(elements[i]);
        }
    }

    @Test
    void aDocumentWithoutThatArrayHasNoSpansAndTheSameTree() {
        for (String doc : List.of("{\"snapshot\":[{\"a\":1}]}", "{\"changes\":{\"a\":1}}", "[{\"changes\":[]}]",
                "\"changes\"", "{}")) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            SafeJson.Spanned spanned = json.parseSpans(bytes, "f", "changes");
            assertThat(spanned.root()).as(doc).isEqualTo(json.parse(bytes, "f"));
            assertThat(spanned.spans()).as(doc).isNull();
        }
        byte[] empty = "{\"changes\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThat(json.parseSpans(empty, "f", "changes").spans()).isEmpty();
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
            SyncException bySpans = catchThrowableOfType(() -> json.parseSpans(bytes, "f", "changes"),
                    SyncException.class);
            assertThat(byParse).as(doc).isNotNull();
            assertThat(bySpans).as(doc).isNotNull();
            assertThat(bySpans.problem()).as(doc).isEqualTo(byParse.problem());
        }
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
        SyncException byParse = catchThrowableOfType(() -> json.parse(notUtf8, "f"), SyncException.class);
        SyncException bySpans = catchThrowableOfType(() -> json.parseSpans(notUtf8, "f", "changes"),
                SyncException.class);
        assertThat(bySpans.problem()).isEqualTo(byParse.problem());
    }

    @Test
    void aDocumentInUtf16HasTheSameTreeAndNoSpans() {
        byte[] bytes = "{\"changes\":[{\"a\":\"王\"}]}".getBytes(StandardCharsets.UTF_16BE);
        JsonNode parsed = json.parse(bytes, "f");
        SafeJson.Spanned spanned = json.parseSpans(bytes, "f", "changes");
        assertThat(spanned.root()).isEqualTo(parsed);
        assertThat(spanned.spans()).isNull();
    }
}
