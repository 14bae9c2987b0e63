package org.villageregistry.service.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.NumberToJSON;

/**
 * RFC 8785 (JCS) canonical JSON written straight from a Jackson tree: members sorted by UTF-16 code units
 * ({@link String#compareTo} compares exactly those), no white space, strings escaped as ECMAScript's
 * {@code JSON.stringify} does, numbers as ECMAScript numbers (through the JCS library's own {@link NumberToJSON},
 * so every number is read as an IEEE double exactly as the library's parser reads it). Byte for byte the same as
 * {@code new JsonCanonicalizer(text).getEncodedUTF8()}, without serialising the tree to text and parsing it again
 * with regular expressions — the township checks the hash of every change it receives.
 */
public final class CanonicalJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /**
     * The canonical bytes, UTF-8 encoded as {@code String.getBytes(UTF_8)} encodes (a surrogate without its pair as
     * {@code ?}), written straight into bytes: no text of the whole tree is made first.
     */
    public static byte[] utf8(JsonNode node) {
        Utf8 out = new Utf8();
        write(node, out);
        return out.bytes();
    }

    /** A buffer per thread for {@link #digest}: the township hashes every change it receives, one after another. */
    private static final ThreadLocal<Utf8> BUFFER = ThreadLocal.withInitial(Utf8::new);
    /** A buffer grown past this by an unusually large object is not kept for the next one. */
    private static final int KEPT_BUFFER = 1 << 20;

    /**
     * Feeds {@code digest} the canonical bytes of an object without its member {@code leftOut} (as if that member
     * were removed first; the object is not changed), written into a buffer the thread reuses: the same bytes as
     * {@link #utf8} of the object without that member, with no copy of the object and no array per call.
     */
    public static void digest(JsonNode object, String leftOut, MessageDigest digest) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("not a JSON object: " + object.getNodeType());
        }
        Utf8 out = BUFFER.get();
        out.len = 0;
        try {
            writeObject(object, leftOut, out);
            digest.update(out.buf, 0, out.len);
        } finally {
            if (out.buf.length > KEPT_BUFFER) {
                BUFFER.remove();
            }
        }
    }

    /** A growing UTF-8 buffer with the few appends the writer needs. */
    private static final class Utf8 {
        private byte[] buf = new byte[512];
        private int len;

        Utf8 append(char c) {
            if (c < 0x80) {
                ensure(1);
                buf[len++] = (byte) c;
            } else if (c < 0x800) {
                ensure(2);
                buf[len++] = (byte) (0xC0 | c >> 6);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            } else {
                ensure(3);
                buf[len++] = (byte) (0xE0 | c >> 12);
                buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            }
            return this;
        }

        void appendCodePoint(int cp) {
            ensure(4);
            buf[len++] = (byte) (0xF0 | cp >> 18);
            buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[len++] = (byte) (0x80 | cp & 0x3F);
        }

        /** Text of ASCII characters only (numbers, literals, escapes). */
        Utf8 append(String ascii) {
            ensure(ascii.length());
            for (int i = 0; i < ascii.length(); i++) {
                buf[len++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }
    }

    private static void write(JsonNode node, Utf8 out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, Utf8 out) {
        writeObject(node, null, out);
    }

    private static void writeObject(JsonNode node, String leftOut, Utf8 out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!member.getKey().equals(leftOut)) {
                members.add(member);
            }
        }
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out);
        }
        out.append('}');
    }

    private static void writeNumber(JsonNode node, Utf8 out) {
        if (node.canConvertToInt() && node.isIntegralNumber()) {
            out.append(Integer.toString(node.intValue())); // every int is an exact double printed without exponent
            return;
        }
        try {
            out.append(NumberToJSON.serializeNumber(node.doubleValue()));
        } catch (IOException e) {
            throw new IllegalArgumentException("a number JSON cannot carry: " + node.asText(), e);
        }
    }

    private static void writeString(String text, Utf8 out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.appendCodePoint(Character.toCodePoint(c, text.charAt(++i)));
                } else {
                    out.append('?'); // as String.getBytes(UTF_8) writes one without its pair
                }
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
