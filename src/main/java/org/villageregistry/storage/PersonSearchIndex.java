package org.villageregistry.storage;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Consumer;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.PersonHit.MatchKind;

/**
 * The persons' names, pinyin, initials, ID numbers and household numbers in memory, so a search over a
 * township's tens of thousands of persons answers while the registrar types. Built from the typed columns
 * (name, id_number, household_id and the pinyin/initials stored at save time) on the first search, not when
 * the register opens; kept current after each commit once built. Every use happens under the register's one
 * transaction lock, so a build never races a commit.
 */
final class PersonSearchIndex {
    /**
     * One indexed person: what the search matches on, without the person's full record. The spellings are
     * kept as one string each, every variant preceded by a space (" zhangyuehui zhanglehui"), so a prefix test
     * over all variants is one {@code contains(" " + typed)}.
     */
    record Entry(UUID id, String name, String idNumber, UUID householdId, String full, String initials) {
    }

    /** A match found by {@link #search}: the person's id, household number and why it matched. */
    record Match(UUID personId, String householdNumber, MatchKind kind) {
    }

    /** Persons changed since the postings were built, before they are built again. */
    private static final int REBUILD_AFTER = 2_000;

    /** The postings of the persons as they were at the last build. */
    private SearchPostings postings = SearchPostings.of(List.of());
    /** Persons saved or removed since (null: removed); their entries in {@link #postings} no longer count. */
    private final Map<UUID, Entry> changed = new LinkedHashMap<>();
    /** A stamp per position, so a person given twice as a candidate is asked once. */
    private int[] asked = new int[0];
    private int stamp;
    private final Map<UUID, String> householdNumbers = new HashMap<>();
    /** The households by number (a number may be used twice, e.g. in two villages of a township). */
    private final Map<String, Set<UUID>> householdsByNumber = new HashMap<>();
    private boolean built;
    /** One instance of each equal id and text, shared with the persons' facts. */
    private final KeptValues values;

    PersonSearchIndex(KeptValues values) {
        this.values = values;
    }

    boolean isBuilt() {
        return built;
    }

    /** Reads every non-voided person and household from their typed columns; no JSON is parsed. */
    void build(Connection c) {
        List<Entry> entries = new ArrayList<>();
        changed.clear();
        householdNumbers.clear();
        householdsByNumber.clear();
        Sql.each(c, "SELECT id, number FROM household WHERE NOT voided",
                rs -> numbered(values.id(rs.getObject(1, UUID.class)), rs.getString(2)));
        Sql.each(c, "SELECT id, name, id_number, household_id, pinyin, initials FROM person WHERE NOT voided", rs -> {
            String name = rs.getString(2);
            String full = rs.getString(5);
            String initials = rs.getString(6);
            if (full == null || initials == null) { // saved before the pinyin columns existed
                NamePinyin.Spellings spellings = NamePinyin.of(name);
                full = words(spellings.full());
                initials = words(spellings.initials());
            }
            UUID id = values.id(rs.getObject(1, UUID.class));
            entries.add(new Entry(id, values.text(name), normalisedId(rs.getString(3)),
                    values.id(rs.getObject(4, UUID.class)), values.text(" " + full), values.text(" " + initials)));
        });
        index(entries);
        built = true;
    }

    /** Builds the postings anew from the entries, and forgets the persons changed since the last build. */
    private void index(List<Entry> entries) {
        postings = SearchPostings.of(entries);
        changed.clear();
        asked = new int[entries.size()];
        stamp = 0;
    }

    void put(Person person) {
        if (!built) {
            return; // the build reads the committed table
        }
        if (person.isVoided()) {
            remove(person.id());
            return;
        }
        NamePinyin.Spellings spellings = NamePinyin.of(person.name());
        place(new Entry(values.id(person.id()), values.text(person.name()), normalisedId(person.idNumber()),
                values.id(person.householdId()), values.text(" " + words(spellings.full())),
                values.text(" " + words(spellings.initials()))));
    }

    private void place(Entry entry) {
        changed.put(entry.id(), entry);
    }

    private void remove(UUID id) {
        changed.put(id, null);
    }

    void put(Household household) {
        if (!built) {
            return;
        }
        numbered(values.id(household.id()), household.isVoided() ? null : household.number());
    }

    /** Keeps a household's number in both maps; null when it has none any more (voided). */
    private void numbered(UUID household, String number) {
        String before = number == null ? householdNumbers.remove(household) : householdNumbers.put(household, number);
        if (before != null) {
            Set<UUID> same = householdsByNumber.get(before);
            if (same != null) {
                same.remove(household);
                if (same.isEmpty()) {
                    householdsByNumber.remove(before);
                }
            }
        }
        if (number != null) {
            householdsByNumber.computeIfAbsent(number, n -> new HashSet<>()).add(household);
        }
    }

    /** The best {@code limit} matches, ranked by match kind, then name, then id. */
    List<Match> search(String query, int limit) {
        SearchQuery q = SearchQuery.of(query);
        if (q == null || limit <= 0) {
            return List.of();
        }
        if (changed.size() > REBUILD_AFTER) {
            index(current());
        }
        Comparator<Ranked> order = Comparator.comparing(Ranked::kind)
                .thenComparing(r -> r.entry().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.entry().id());
        Set<UUID> numbered = new HashSet<>(householdsByNumber.getOrDefault(q.household(), Set.of()));
        numbered.addAll(householdsByNumber.getOrDefault(q.upper(), Set.of()));
        PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, order.reversed());
        Consumer<Entry> ask = e -> {
            MatchKind kind = q.match(e, numbered);
            if (kind != null) {
                Ranked r = new Ranked(e, kind);
                if (best.size() < limit) {
                    best.add(r);
                } else if (order.compare(r, best.peek()) < 0) {
                    best.poll();
                    best.add(r);
                }
            }
        };
        int once = nextStamp();
        postings.candidates(q, numbered, p -> {
            if (asked[p] != once) {
                asked[p] = once;
                Entry e = postings.get(p);
                if (!changed.containsKey(e.id())) {
                    ask.accept(e);
                }
            }
        });
        for (Entry e : changed.values()) {
            if (e != null) {
                ask.accept(e);
            }
        }
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(order);
        return ranked.stream().map(r -> new Match(r.entry().id(),
                r.entry().householdId() == null ? null : householdNumbers.get(r.entry().householdId()),
                r.kind())).toList();
    }

    private int nextStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(asked, 0);
            stamp = 1;
        }
        return stamp;
    }

    /** Every person indexed now: those of the postings not changed since, and the changed ones still there. */
    private List<Entry> current() {
        List<Entry> all = new ArrayList<>(postings.size() + changed.size());
        for (int p = 0; p < postings.size(); p++) {
            Entry e = postings.get(p);
            if (!changed.containsKey(e.id())) {
                all.add(e);
            }
        }
        changed.values().stream().filter(Objects::nonNull).forEach(all::add);
        return all;
    }

    private record Ranked(Entry entry, MatchKind kind) {
    }

    static String words(List<String> spellings) {
        return String.join(" ", spellings);
    }

    private static String normalisedId(String idNumber) {
        return idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    }
}
