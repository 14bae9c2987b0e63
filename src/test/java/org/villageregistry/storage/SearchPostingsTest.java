package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.storage.PersonSearchIndex.Entry;

/** The postings only narrow down: every person the query matches is among the candidates they give. */
class SearchPostingsTest {
    private static final String CHARACTERS = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
            + "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂单乐长重朴";
    private final Random random = new Random(20261206L);

    @Test
    void everyMatchOfManyDrawnQueriesIsACandidate() {
        List<UUID> households = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            households.add(UUID.randomUUID());
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            entries.add(entry(households));
        }
        SearchPostings postings = SearchPostings.of(entries);
        int matched = 0;
        for (int i = 0; i < 4_000; i++) {
            Entry someone = entries.get(random.nextInt(entries.size()));
            String typed = query(someone);
            SearchQuery q = SearchQuery.of(typed);
            if (q == null) {
                continue;
            }
            Set<UUID> numbered = random.nextInt(10) == 0 && someone.householdId() != null
                    ? Set.of(someone.householdId()) : Set.of();
            Set<Integer> candidates = new HashSet<>();
            postings.candidates(q, numbered, candidates::add);
            for (int p = 0; p < postings.size(); p++) {
                if (q.match(postings.get(p), numbered) != null) {
                    matched++;
                    assertThat(candidates).as("query %s, person %s", typed, postings.get(p)).contains(p);
                }
            }
        }
        assertThat(matched).as("the drawn queries find people").isGreaterThan(4_000);
    }

    @Test
    void aPinyinPrefixGivesOnlyTheVariantsStartingWithIt() {
        List<Entry> entries = List.of(entry("张伟", null), entry("章为", null), entry("赵伟", null), entry("王芳", null));
        SearchPostings postings = SearchPostings.of(entries);
        Set<String> names = new HashSet<>();
        postings.candidates(SearchQuery.of("zhang"), Set.of(), p -> names.add(postings.get(p).name()));
        assertThat(names).containsExactlyInAnyOrder("张伟", "章为");
        names.clear();
        postings.candidates(SearchQuery.of("zw"), Set.of(), p -> names.add(postings.get(p).name()));
        assertThat(names).containsExactlyInAnyOrder("张伟", "章为", "赵伟");
    }

    private String query(Entry e) {
        String name = e.name();
        return switch (random.nextInt(9)) {
            case 0 -> name;
            case 1 -> name.substring(random.nextInt(name.length()));
            case 2 -> name.substring(0, 1 + random.nextInt(name.length()));
            case 3 -> prefix(e.full());
            case 4 -> prefix(e.initials());
            case 5 -> e.idNumber().substring(18 - 4 - random.nextInt(3));
            case 6 -> e.idNumber();
            case 7 -> String.valueOf(random.nextInt(10_000));
            default -> random.nextBoolean() ? "x" + random.nextInt(100) : "wang";
        };
    }

    /** A prefix of one of the variants, as typed (sometimes in capitals). */
    private String prefix(String spellings) {
        String[] variants = spellings.strip().split(" ");
        String variant = variants[random.nextInt(variants.length)];
        String typed = variant.substring(0, 1 + random.nextInt(variant.length()));
        return random.nextInt(4) == 0 ? typed.toUpperCase(java.util.Locale.ROOT) : typed;
    }

    private Entry entry(List<UUID> households) {
        StringBuilder name = new StringBuilder();
        int length = 2 + random.nextInt(2);
        for (int k = 0; k < length; k++) {
            name.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        UUID household = random.nextInt(5) == 0 ? null : households.get(random.nextInt(households.size()));
        return entry(name.toString(), household);
    }

    private Entry entry(String name, UUID household) {
        NamePinyin.Spellings spellings = NamePinyin.of(name);
        StringBuilder id = new StringBuilder();
        for (int k = 0; k < 17; k++) {
            id.append(random.nextInt(10));
        }
        id.append(random.nextInt(11) == 10 ? "X" : String.valueOf(random.nextInt(10)));
        return new Entry(UUID.randomUUID(), name, id.toString(), household,
                " " + PersonSearchIndex.words(spellings.full()), " " + PersonSearchIndex.words(spellings.initials()));
    }
}
