package org.villageregistry.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.villageregistry.service.Json;

/** The tree writer must give exactly the bytes of the JCS reference implementation, or old hashes break. */
class CanonicalJsonTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void theRfcExampleCanonicalisesAsPrinted() throws Exception {
        JsonNode example = Json.mapper().readTree("{\"numbers\":[1E30,4.50,6,2e-3,0.000000000000000000000000001],"
                + "\"escaping\":\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                + "\"other\":[null,true,false]}");
        assertThat(new String(CanonicalJson.utf8(example), StandardCharsets.UTF_8)).isEqualTo(
                "{\"escaping\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\",\"numbers\":[1e+30,4.5,6,0.002,1e-27],"
                        + "\"other\":[null,true,false]}");
    }

    @Test
    void membersSortByUtf16CodeUnitsNotByCodePoints() {
        ObjectNode node = NODES.objectNode();
        node.put("\uD83D\uDE00", 1); // 😀: surrogates (0xD83D) sort before U+FB33
        node.put("\uFB33", 2);
        node.put("a", 3);
        assertThat(new String(CanonicalJson.utf8(node), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":3,\"\uD83D\uDE00\":1,\"\uFB33\":2}");
    }

    @Test
    void aSurrogateWithoutItsPairIsWrittenAsAQuestionMarkAsBefore() {
        // the bytes String.getBytes(UTF_8) gave when the canonical text was made first: hashes of changes written
        // then must still match
        for (String text : List.of("a\uD800b", "\uDC00", "x\uD83D", "\uDE00\uD83D", "王\uD83D\uDE00\uD800")) {
            ObjectNode tree = NODES.objectNode().put(text, text);
            String quoted = "\"" + text + "\"";
            assertThat(CanonicalJson.utf8(tree)).as(text)
                    .isEqualTo(("{" + quoted + ":" + quoted + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void tenThousandRandomTreesGiveTheReferenceBytes() throws Exception {
        Random random = new Random(8785);
        for (int i = 0; i < 10_000; i++) {
            ObjectNode tree = NODES.objectNode(); // the reference reads only an object or array at the top
            tree.set(randomText(random), randomNode(random, 0));
            tree.set(randomText(random), randomNode(random, 0));
            byte[] reference = new JsonCanonicalizer(Json.mapper().writeValueAsString(tree)).getEncodedUTF8();
            assertThat(CanonicalJson.utf8(tree)).as("tree %s", tree).isEqualTo(reference);
        }
    }

    @Test
    void theDigestWithoutAMemberIsTheHashOfTheBytesWithoutIt() throws Exception {
        Random random = new Random(2026);
        for (int i = 0; i < 2_000; i++) {
            ObjectNode tree = NODES.objectNode();
            for (int k = random.nextInt(4); k >= 0; k--) {
                tree.set(randomText(random), randomNode(random, 0));
            }
            if (random.nextBoolean()) {
                tree.put("hash", randomText(random));
            }
            if (i % 500 == 0) {
                tree.put("big", "王".repeat(400_000)); // a buffer past the one the thread keeps
            }
            ObjectNode before = tree.deepCopy();
            ObjectNode without = tree.deepCopy();
            without.remove("hash");
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            CanonicalJson.digest(tree, "hash", digest);
            assertThat(digest.digest()).as("tree %s", tree).isEqualTo(
                    java.security.MessageDigest.getInstance("SHA-256").digest(CanonicalJson.utf8(without)));
            assertThat(tree).isEqualTo(before); // the object itself is not changed
        }
    }

    private static JsonNode randomNode(Random random, int depth) {
        int kind = depth > 3 ? 2 + random.nextInt(6) : random.nextInt(8);
        return switch (kind) {
            case 0 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(6); i > 0; i--) {
                    object.set(randomText(random), randomNode(random, depth + 1));
                }
                yield object;
            }
            case 1 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(randomNode(random, depth + 1));
                }
                yield array;
            }
            case 2, 3 -> NODES.textNode(randomText(random));
            case 4 -> NODES.numberNode(random.nextBoolean() ? random.nextInt() : random.nextLong());
            case 5 -> randomFraction(random);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.nullNode();
        };
    }

    private static JsonNode randomFraction(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(60) - 30));
            case 1 -> NODES.numberNode(-random.nextInt(100_000) / 100.0);
            case 2 -> NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(20) - 10));
            case 3 -> NODES.numberNode(BigInteger.valueOf(random.nextLong()).multiply(BigInteger.TEN.pow(5)));
            default -> NODES.numberNode(random.nextBoolean() ? -0.0 : 9007199254740993L);
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20)); // control characters
                case 1 -> text.append("\"\\/'".charAt(random.nextInt(4)));
                case 2 -> text.append((char) (0x4E00 + random.nextInt(0x5000))); // CJK
                case 3 -> text.appendCodePoint(0x1F600 + random.nextInt(80)); // surrogate pairs
                case 4 -> text.append((char) (0x7F + random.nextInt(0x200)));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
