package org.villageregistry.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.villageregistry.storage.PersonSearchIndex.Entry;

/**
 * Where to look for a query's matches among many indexed persons, so a search asks a few hundred persons instead
 * of every one: the persons by each character of their names, by the last four characters of their ID numbers,
 * by household, and every pinyin variant (full and initials) in sorted order for a prefix's range. Immutable once
 * built; {@link PersonSearchIndex} keeps the persons changed since aside and rebuilds it when they grow many.
 *
 * <p>It only narrows down: every person that {@link SearchQuery#match} would accept is among the candidates
 * (a name equal to or containing the typed text contains each of its characters; an ID number equal to the typed
 * digits or ending with 4–6 of them ends with the same four; a pinyin variant starting with the typed letters lies
 * in their range), and the match itself is decided by {@link SearchQuery#match} alone.
 */
final class SearchPostings {
    private static final int[] NONE = {};
    private static final long INITIALS = 0x8000_0000L;

    private final Entry[] entries;
    private final Map<Character, int[]> byCharacter;
    private final Map<String, int[]> byIdEnd;
    private final Map<UUID, int[]> byHousehold;
    /** Every pinyin variant as (position << 32 | initials bit | offset), sorted by the variant's letters. */
    private final long[] variants;

    private SearchPostings(Entry[] entries, Map<Character, int[]> byCharacter, Map<String, int[]> byIdEnd,
            Map<UUID, int[]> byHousehold, long[] variants) {
        this.entries = entries;
        this.byCharacter = byCharacter;
        this.byIdEnd = byIdEnd;
        this.byHousehold = byHousehold;
        this.variants = variants;
    }

    static SearchPostings of(List<Entry> list) {
        Entry[] entries = list.toArray(Entry[]::new);
        Map<Character, Ints> characters = new HashMap<>();
        Map<String, Ints> idEnds = new HashMap<>();
        Map<UUID, Ints> households = new HashMap<>();
        List<Variant> variants = new ArrayList<>(entries.length * 3);
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            if (e.name() != null) {
                String name = e.name();
                for (int k = 0; k < name.length(); k++) {
                    char c = name.charAt(k);
                    if (name.indexOf(c) == k) { // once per person
                        characters.computeIfAbsent(c, x -> new Ints()).add(i);
                    }
                }
            }
            if (e.idNumber() != null) {
                idEnds.computeIfAbsent(idEnd(e.idNumber()), x -> new Ints()).add(i);
            }
            if (e.householdId() != null) {
                households.computeIfAbsent(e.householdId(), x -> new Ints()).add(i);
            }
            addVariants(variants, e.full(), i, 0);
            addVariants(variants, e.initials(), i, INITIALS);
        }
        variants.sort(Comparator.comparing(Variant::letters));
        long[] sorted = new long[variants.size()];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = variants.get(k).ref();
        }
        return new SearchPostings(entries, frozen(characters), frozen(idEnds), frozen(households), sorted);
    }

    int size() {
        return entries.length;
    }

    Entry get(int position) {
        return entries[position];
    }

    /** Gives every position that may match the query (some more than once, some that do not match). */
    void candidates(SearchQuery q, Set<UUID> numbered, IntConsumer out) {
        int[] named = rarestCharacter(q.text());
        for (int p : named) {
            out.accept(p);
        }
        if (q.idLike()) {
            for (int p : byIdEnd.getOrDefault(idEnd(q.upper()), NONE)) {
                out.accept(p);
            }
        }
        for (UUID household : numbered) {
            for (int p : byHousehold.getOrDefault(household, NONE)) {
                out.accept(p);
            }
        }
        if (q.prefix() != null) {
            String typed = q.prefix().substring(1);
            for (int k = firstAtLeast(typed); k < variants.length && compare(variants[k], typed, true) == 0; k++) {
                out.accept((int) (variants[k] >>> 32));
            }
        }
    }

    /** The persons whose names hold the text's least used character (none if a character is in no name). */
    private int[] rarestCharacter(String text) {
        int[] rarest = null;
        for (int k = 0; k < text.length(); k++) {
            int[] with = byCharacter.getOrDefault(text.charAt(k), NONE);
            if (rarest == null || with.length < rarest.length) {
                rarest = with;
            }
        }
        return rarest == null ? NONE : rarest;
    }

    private int firstAtLeast(String typed) {
        int low = 0;
        int high = variants.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compare(variants[mid], typed, false) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Compares the variant at {@code ref} with the typed letters: as strings, or (asPrefix) 0 when the variant
     * starts with them.
     */
    private int compare(long ref, String typed, boolean asPrefix) {
        Entry e = entries[(int) (ref >>> 32)];
        String s = (ref & INITIALS) != 0 ? e.initials() : e.full();
        int at = (int) (ref & 0x7FFF_FFFFL);
        int end = s.indexOf(' ', at);
        int length = (end < 0 ? s.length() : end) - at;
        int n = Math.min(length, typed.length());
        for (int k = 0; k < n; k++) {
            int d = s.charAt(at + k) - typed.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return asPrefix && length >= typed.length() ? 0 : length - typed.length();
    }

    /** A variant starts after each space of the spellings (they start with one). */
    private static void addVariants(List<Variant> out, String spellings, int position, long kind) {
        for (int k = spellings.indexOf(' '); k >= 0; k = spellings.indexOf(' ', k + 1)) {
            int end = spellings.indexOf(' ', k + 1);
            String letters = spellings.substring(k + 1, end < 0 ? spellings.length() : end);
            out.add(new Variant(letters, (long) position << 32 | kind | (k + 1)));
        }
    }

    /** The last four characters of an ID number (all of a shorter one): the same for its exact and 4–6 ends. */
    private static String idEnd(String id) {
        return id.length() <= 4 ? id : id.substring(id.length() - 4);
    }

    private static <K> Map<K, int[]> frozen(Map<K, Ints> lists) {
        Map<K, int[]> out = new HashMap<>(lists.size() * 4 / 3 + 1);
        lists.forEach((k, v) -> out.put(k, Arrays.copyOf(v.values, v.size)));
        return out;
    }

    private record Variant(String letters, long ref) {
    }

    private static final class Ints {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
