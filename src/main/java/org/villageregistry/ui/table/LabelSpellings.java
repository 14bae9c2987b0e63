package org.villageregistry.ui.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.villageregistry.domain.text.CharReadings;

/**
 * How a registrar may type the name of a choice without an input method: its pinyin initials (汉族 hz, 女 n,
 * 初婚 ch) or its pinyin from the start (huizu). Every reading of a heteronym counts (重婚 chonghun or zhonghun),
 * up to a few spellings per name.
 */
final class LabelSpellings {
    private static final int MAX_SPELLINGS = 16;
    private static final Map<String, List<String[]>> CACHE = new ConcurrentHashMap<>();

    private LabelSpellings() {
    }

    /** Whether {@code typed} (lower-case letters) starts the initials or the full pinyin of {@code label}. */
    static boolean matches(String label, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        for (String[] syllables : spellings(label)) {
            StringBuilder initials = new StringBuilder();
            StringBuilder full = new StringBuilder();
            for (String s : syllables) {
                initials.append(s.charAt(0));
                full.append(s);
            }
            if (initials.toString().startsWith(t) || full.toString().startsWith(t)) {
                return true;
            }
        }
        return false;
    }

    /** Each spelling as its syllables (a letter or digit of the name stands for itself). */
    private static List<String[]> spellings(String label) {
        return CACHE.computeIfAbsent(label, LabelSpellings::spell);
    }

    private static List<String[]> spell(String label) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        for (char c : label.toCharArray()) {
            Set<String> readings = readings(c);
            if (readings.isEmpty()) {
                continue;
            }
            List<List<String>> longer = new ArrayList<>();
            for (List<String> start : all) {
                for (String r : readings) {
                    if (longer.size() < MAX_SPELLINGS) {
                        List<String> next = new ArrayList<>(start);
                        next.add(r);
                        longer.add(next);
                    }
                }
            }
            all = longer;
        }
        return all.stream().map(l -> l.toArray(String[]::new)).toList();
    }

    private static Set<String> readings(char c) {
        Set<String> readings = new LinkedHashSet<>();
        if (Character.isLetterOrDigit(c) && c < 128) {
            readings.add(String.valueOf(Character.toLowerCase(c)));
            return readings;
        }
        String[] pinyin = CharReadings.of(c);
        if (pinyin != null) {
            for (String p : pinyin) {
                if (!p.isEmpty()) {
                    readings.add(p);
                }
            }
        }
        return readings;
    }
}
