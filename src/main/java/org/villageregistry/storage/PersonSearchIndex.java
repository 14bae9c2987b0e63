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
import java.util.regex.Pattern;
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

    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’·]");
    private static final Pattern ID_LIKE = Pattern.compile("[0-9]+X?");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

    /** Entries in an array for a fast scan, with each person's position in it. */
    private final List<Entry> entries = new ArrayList<>();
    private final Map<UUID, Integer> positions = new HashMap<>();
    private final Map<UUID, String> householdNumbers = new HashMap<>();
    /** The households by number (a number may be used twice, e.g. in two villages of a township). */
    private final Map<String, Set<UUID>> householdsByNumber = new HashMap<>();
    private boolean built;

    boolean isBuilt() {
        return built;
    }

    /** Reads every non-voided person and household from their typed columns; no JSON is parsed. */
    void build(Connection c) {
        entries.clear();
        positions.clear();
        householdNumbers.clear();
        householdsByNumber.clear();
        Sql.each(c, "SELECT id, number FROM household WHERE NOT voided",
                rs -> numbered(rs.getObject(1, UUID.class), rs.getString(2)));
        Sql.each(c, "SELECT id, name, id_number, household_id, pinyin, initials FROM person WHERE NOT voided", rs -> {
            String name = rs.getString(2);
            String full = rs.getString(5);
            String initials = rs.getString(6);
            if (full == null || initials == null) { // saved before the pinyin columns existed
                NamePinyin.Spellings spellings = NamePinyin.of(name);
                full = words(spellings.full());
                initials = words(spellings.initials());
            }
            UUID id = rs.getObject(1, UUID.class);
            place(new Entry(id, name, normalisedId(rs.getString(3)), rs.getObject(4, UUID.class), " " + full,
                    " " + initials));
        });
        built = true;
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
        place(new Entry(person.id(), person.name(), normalisedId(person.idNumber()), person.householdId(),
                " " + words(spellings.full()), " " + words(spellings.initials())));
    }

    private void place(Entry entry) {
        Integer at = positions.get(entry.id());
        if (at == null) {
            positions.put(entry.id(), entries.size());
            entries.add(entry);
        } else {
            entries.set(at, entry);
        }
    }

    private void remove(UUID id) {
        Integer at = positions.remove(id);
        if (at == null) {
            return;
        }
        Entry last = entries.remove(entries.size() - 1);
        if (at < entries.size()) {
            entries.set(at, last);
            positions.put(last.id(), at);
        }
    }

    void put(Household household) {
        if (!built) {
            return;
        }
        numbered(household.id(), household.isVoided() ? null : household.number());
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
        Query q = Query.of(query);
        if (q == null || limit <= 0) {
            return List.of();
        }
        Comparator<Ranked> order = Comparator.comparing(Ranked::kind)
                .thenComparing(r -> r.entry().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.entry().id());
        Set<UUID> numbered = new HashSet<>(householdsByNumber.getOrDefault(q.household(), Set.of()));
        numbered.addAll(householdsByNumber.getOrDefault(q.upper(), Set.of()));
        PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, order.reversed());
        for (int i = 0, n = entries.size(); i < n; i++) {
            Entry e = entries.get(i);
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
        }
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(order);
        return ranked.stream().map(r -> new Match(r.entry().id(),
                r.entry().householdId() == null ? null : householdNumbers.get(r.entry().householdId()),
                r.kind())).toList();
    }

    private record Ranked(Entry entry, MatchKind kind) {
    }

    static String words(List<String> spellings) {
        return String.join(" ", spellings);
    }

    private static String normalisedId(String idNumber) {
        return idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** A typed query in the forms it can take: ID digits, Chinese characters, pinyin letters. */
    private record Query(String text, String upper, boolean idLike, String prefix, String household) {

        static Query of(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String text = raw.strip();
            String compact = SEPARATORS.matcher(text).replaceAll("");
            String upper = compact.toUpperCase(Locale.ROOT);
            boolean idLike = ID_LIKE.matcher(upper).matches();
            // the typed pinyin as it starts a variant in Entry.full() or Entry.initials()
            String prefix = LETTERS.matcher(compact).matches() ? " " + compact.toLowerCase(Locale.ROOT) : null;
            String household = SHORT_NUMBER.matcher(compact).matches()
                    ? "%04d".formatted(Integer.parseInt(compact)) : compact;
            return new Query(text, upper, idLike, prefix, household);
        }

        /** How the person matches, if at all; {@code numbered} are the households whose number was typed. */
        MatchKind match(Entry e, Set<UUID> numbered) {
            String id = e.idNumber();
            String name = e.name();
            if (idLike && id != null && id.equals(upper)) {
                return MatchKind.ID_EXACT;
            }
            if (name != null && name.equals(text)) {
                return MatchKind.NAME_EXACT;
            }
            if (name != null && prefix == null && !idLike && name.contains(text)) {
                return MatchKind.NAME;
            }
            if (idLike && id != null && upper.length() >= 4 && upper.length() <= 6 && id.endsWith(upper)) {
                return MatchKind.ID_SUFFIX;
            }
            if (e.householdId() != null && !numbered.isEmpty() && numbered.contains(e.householdId())) {
                return MatchKind.HOUSEHOLD;
            }
            if (prefix != null) {
                if (e.full().contains(prefix)) {
                    return MatchKind.PINYIN_FULL;
                }
                if (e.initials().contains(prefix)) {
                    return MatchKind.PINYIN_INITIALS;
                }
            }
            return null;
        }
    }
}
