package org.villageregistry.storage;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
    /** One indexed person: what the search matches on, without the person's full record. */
    record Entry(UUID id, String name, String idNumber, UUID householdId, List<String> full, List<String> initials) {
    }

    /** A match found by {@link #search}: the person's id, household number and why it matched. */
    record Match(UUID personId, String householdNumber, MatchKind kind) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’·]");
    private static final Pattern ID_LIKE = Pattern.compile("[0-9]+X?");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

    private final Map<UUID, Entry> persons = new ConcurrentHashMap<>();
    private final Map<UUID, String> householdNumbers = new ConcurrentHashMap<>();
    private volatile boolean built;

    boolean isBuilt() {
        return built;
    }

    /** Reads every non-voided person and household from their typed columns; no JSON is parsed. */
    void build(Connection c) {
        persons.clear();
        householdNumbers.clear();
        Sql.each(c, "SELECT id, number FROM household WHERE NOT voided",
                rs -> householdNumbers.put(rs.getObject(1, UUID.class), rs.getString(2)));
        Sql.each(c, "SELECT id, name, id_number, household_id, pinyin, initials FROM person WHERE NOT voided", rs -> {
            String name = rs.getString(2);
            String full = rs.getString(5);
            String initials = rs.getString(6);
            NamePinyin.Spellings spellings = full == null || initials == null
                    ? NamePinyin.of(name) // saved before the pinyin columns existed
                    : new NamePinyin.Spellings(words(full), words(initials));
            UUID id = rs.getObject(1, UUID.class);
            persons.put(id, new Entry(id, name, normalisedId(rs.getString(3)), rs.getObject(4, UUID.class),
                    spellings.full(), spellings.initials()));
        });
        built = true;
    }

    void put(Person person) {
        if (!built) {
            return; // the build reads the committed table
        }
        if (person.isVoided()) {
            persons.remove(person.id());
            return;
        }
        NamePinyin.Spellings spellings = NamePinyin.of(person.name());
        persons.put(person.id(), new Entry(person.id(), person.name(), normalisedId(person.idNumber()),
                person.householdId(), spellings.full(), spellings.initials()));
    }

    void put(Household household) {
        if (!built) {
            return;
        }
        if (household.isVoided()) {
            householdNumbers.remove(household.id());
        } else {
            householdNumbers.put(household.id(), household.number());
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
        PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, order.reversed());
        for (Entry e : persons.values()) {
            String household = e.householdId() == null ? null : householdNumbers.get(e.householdId());
            MatchKind kind = q.match(e, household);
            if (kind != null) {
                Ranked r = new Ranked(e, household, kind);
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
        return ranked.stream().map(r -> new Match(r.entry().id(), r.household(), r.kind())).toList();
    }

    private record Ranked(Entry entry, String household, MatchKind kind) {
    }

    static String words(List<String> spellings) {
        return String.join(" ", spellings);
    }

    private static List<String> words(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }

    private static String normalisedId(String idNumber) {
        return idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** A typed query in the forms it can take: ID digits, Chinese characters, pinyin letters. */
    private record Query(String text, String upper, boolean idLike, String pinyin, String household) {
        static Query of(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String text = raw.strip();
            String compact = SEPARATORS.matcher(text).replaceAll("");
            String upper = compact.toUpperCase(Locale.ROOT);
            boolean idLike = ID_LIKE.matcher(upper).matches();
            String pinyin = LETTERS.matcher(compact).matches() ? compact.toLowerCase(Locale.ROOT) : null;
            String household = SHORT_NUMBER.matcher(compact).matches()
                    ? "%04d".formatted(Integer.parseInt(compact)) : compact;
            return new Query(text, upper, idLike, pinyin, household);
        }

        MatchKind match(Entry e, String householdNumber) {
            String id = e.idNumber();
            String name = e.name();
            if (idLike && id != null && id.equals(upper)) {
                return MatchKind.ID_EXACT;
            }
            if (name != null && name.equals(text)) {
                return MatchKind.NAME_EXACT;
            }
            if (name != null && pinyin == null && !idLike && name.contains(text)) {
                return MatchKind.NAME;
            }
            if (idLike && id != null && upper.length() >= 4 && upper.length() <= 6 && id.endsWith(upper)) {
                return MatchKind.ID_SUFFIX;
            }
            if (householdNumber != null && (householdNumber.equals(household) || householdNumber.equals(upper))) {
                return MatchKind.HOUSEHOLD;
            }
            if (pinyin != null) {
                if (startsAny(e.full(), pinyin)) {
                    return MatchKind.PINYIN_FULL;
                }
                if (startsAny(e.initials(), pinyin)) {
                    return MatchKind.PINYIN_INITIALS;
                }
            }
            return null;
        }

        private static boolean startsAny(List<String> spellings, String prefix) {
            for (int i = 0; i < spellings.size(); i++) {
                if (spellings.get(i).startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
