package org.villageregistry.domain.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each Chinese character's readings from pinyin4j's own table ({@code pinyindb/unicode_to_hanyu_pinyin.txt} in its
 * jar), formatted as pinyin4j formats them for lower case without tones and ü written v, in two sorted arrays read
 * once. pinyin4j's loader keeps that table together with its 50,000 multi-character phrases (which names do not use)
 * as a trie of 51,139 hash tables, about 10 MB of the heap for as long as the program runs (docs/decisions/0031);
 * these arrays are about 1 MB. Names (storage's NamePinyin) and the labels of lists typed to (ui.table's
 * LabelSpellings) are spelt from it. {@code CharReadingsTest} holds the answer for every character to pinyin4j's own.
 */
public final class CharReadings {
    static final String TABLE = "/pinyindb/unicode_to_hanyu_pinyin.txt";

    private final char[] chars;
    /** The readings of {@code chars[i]}, in the table's order, separated by commas; null where it has none. */
    private final String[] readings;

    private CharReadings(char[] chars, String[] readings) {
        this.chars = chars;
        this.readings = readings;
    }

    private static final class Holder {
        static final CharReadings TABLE_READINGS = load();
    }

    /** The readings of {@code c} (possibly the same spelling twice, as pinyin4j gives them); null if it has none. */
    public static String[] of(char c) {
        CharReadings t = Holder.TABLE_READINGS;
        int at = Arrays.binarySearch(t.chars, c);
        return at < 0 || t.readings[at] == null ? null : t.readings[at].split(",");
    }

    private static CharReadings load() {
        Map<Character, String> all = new TreeMap<>();
        try (InputStream in = CharReadings.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("pinyin4j's table " + TABLE + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                int space = line.indexOf(' ');
                if (space <= 0) {
                    continue;
                }
                int code = Integer.parseInt(line.substring(0, space), 16);
                all.put((char) code, formatted(line.substring(space + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        char[] chars = new char[all.size()];
        String[] readings = new String[all.size()];
        int i = 0;
        for (Map.Entry<Character, String> e : all.entrySet()) {
            chars[i] = e.getKey();
            readings[i++] = e.getValue();
        }
        return new CharReadings(chars, readings);
    }

    /**
     * A record as pinyin4j reads and formats it: "(none0)" and anything not in brackets is no reading; the tone digits
     * go, then "u:" becomes "v".
     */
    static String formatted(String record) {
        if (record.equals("(none0)") || !record.startsWith("(") || !record.endsWith(")")) {
            return null;
        }
        String inside = record.substring(1, record.length() - 1);
        StringBuilder out = new StringBuilder(inside.length());
        for (int i = 0; i < inside.length(); i++) {
            char ch = inside.charAt(i);
            if (ch < '1' || ch > '5') {
                out.append(ch);
            }
        }
        return out.toString().replace("u:", "v");
    }
}
