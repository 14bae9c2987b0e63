package org.villageregistry.storage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.villageregistry.domain.text.CharReadings;

/**
 * Pinyin spellings of a person's name for search: the surname read as a surname (单 Shan, 曾 Zeng, 尉迟 Yuchi …),
 * the given name with its first reading, plus alternate readings of heteronyms up to a small cap.
 */
final class NamePinyin {
    /** Every spelling is full pinyin without spaces; initials are the first letters of its syllables. */
    record Spellings(List<String> full, List<String> initials) {
    }

    private static final int MAX_VARIANTS = 8;

    private static final Map<String, String> COMPOUND_SURNAMES = Map.of(
            "尉迟", "yu chi", "万俟", "mo qi", "长孙", "zhang sun", "单于", "chan yu", "澹台", "tan tai",
            "令狐", "ling hu", "皇甫", "huang fu", "宇文", "yu wen", "公孙", "gong sun", "司马", "si ma");

    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('单', "shan"), Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('仇', "qiu"),
            Map.entry('区', "ou"), Map.entry('朴', "piao"), Map.entry('查', "zha"), Map.entry('覃', "qin"),
            Map.entry('乐', "yue"), Map.entry('盖', "ge"), Map.entry('缪', "miao"), Map.entry('褚', "chu"),
            Map.entry('翟', "zhai"), Map.entry('繁', "po"), Map.entry('黑', "he"), Map.entry('种', "chong"),
            Map.entry('员', "yun"), Map.entry('宓', "fu"), Map.entry('秘', "bi"), Map.entry('召', "shao"),
            Map.entry('折', "she"), Map.entry('冼', "xian"), Map.entry('隗', "wei"), Map.entry('阚', "kan"),
            Map.entry('柏', "bai"), Map.entry('薄', "bo"), Map.entry('长', "chang"), Map.entry('重', "chong"),
            Map.entry('沈', "shen"), Map.entry('曲', "qu"), Map.entry('任', "ren"), Map.entry('华', "hua"),
            Map.entry('纪', "ji"), Map.entry('尉', "wei"), Map.entry('参', "can"), Map.entry('那', "na"));

    private NamePinyin() {
    }

    /** The last name worked out: saving a person asks for its full pinyin and its initials one after the other. */
    private static final AtomicReference<Map.Entry<String, Spellings>> LAST = new AtomicReference<>();

    static Spellings of(String name) {
        Map.Entry<String, Spellings> last = LAST.get();
        if (last != null && last.getKey().equals(name)) {
            return last.getValue();
        }
        Spellings spellings = compute(name);
        if (name != null) {
            LAST.set(Map.entry(name, spellings));
        }
        return spellings;
    }

    private static Spellings compute(String name) {
        List<List<String>> syllables = new ArrayList<>();
        String rest = name == null ? "" : name.strip();
        String compound = rest.length() > 2 ? COMPOUND_SURNAMES.get(rest.substring(0, 2)) : null;
        if (compound != null) {
            for (String s : compound.split(" ")) {
                syllables.add(List.of(s));
            }
            rest = rest.substring(2);
        } else if (!rest.isEmpty() && SURNAMES.containsKey(rest.charAt(0))) {
            syllables.add(List.of(SURNAMES.get(rest.charAt(0))));
            rest = rest.substring(1);
        }
        for (char c : rest.toCharArray()) {
            List<String> readings = readings(c);
            if (!readings.isEmpty()) {
                syllables.add(readings);
            }
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        combine(syllables, 0, new StringBuilder(), new StringBuilder(), full, initials);
        return new Spellings(List.copyOf(full), List.copyOf(initials));
    }

    private static void combine(List<List<String>> syllables, int i, StringBuilder full, StringBuilder initials,
                                Set<String> fulls, Set<String> initialsOut) {
        if (fulls.size() >= MAX_VARIANTS) {
            return;
        }
        if (i == syllables.size()) {
            fulls.add(full.toString());
            initialsOut.add(initials.toString());
            return;
        }
        for (String s : syllables.get(i)) {
            int fl = full.length();
            int il = initials.length();
            full.append(s);
            initials.append(s.charAt(0));
            combine(syllables, i + 1, full, initials, fulls, initialsOut);
            full.setLength(fl);
            initials.setLength(il);
        }
    }

    /** Each character's readings once worked out. Names use a few thousand characters at most. */
    private static final Map<Character, List<String>> READINGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Readings of one character, first reading first; latin letters and digits stand for themselves. */
    private static List<String> readings(char c) {
        return READINGS.computeIfAbsent(c, NamePinyin::readingsOf);
    }

    private static List<String> readingsOf(char c) {
        if (Character.isLetterOrDigit(c) && c < 128) {
            return List.of(String.valueOf(c).toLowerCase(Locale.ROOT));
        }
        String[] all = CharReadings.of(c);
        return all == null ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(all)));
    }
}
