package org.villageregistry.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.repository.PersonHit.MatchKind;

/**
 * Persons in memory with their name, pinyin, initials, ID number and household number, so a search over a
 * township's tens of thousands of persons answers while the registrar types. Updated after each commit.
 */
final class PersonSearchIndex {
    private record Entry(Person person, String idNumber, NamePinyin.Spellings spellings) {
    }

    private final Map<UUID, Entry> persons = new ConcurrentHashMap<>();
    private final Map<UUID, String> householdNumbers = new ConcurrentHashMap<>();

    void put(Person person) {
        if (person.isVoided()) {
            persons.remove(person.id());
            return;
        }
        String id = person.idNumber() == null ? null : person.idNumber().strip().toUpperCase(Locale.ROOT);
        persons.put(person.id(), new Entry(person, id, NamePinyin.of(person.name())));
    }

    void put(Household household) {
        if (household.isVoided()) {
            householdNumbers.remove(household.id());
        } else {
            householdNumbers.put(household.id(), household.number());
        }
    }

    List<PersonHit> search(String query, int limit) {
        Query q = Query.of(query);
        if (q == null || limit <= 0) {
            return List.of();
        }
        List<PersonHit> hits = new ArrayList<>();
        for (Entry e : persons.values()) {
            String household = e.person().householdId() == null ? null : householdNumbers.get(e.person().householdId());
            MatchKind kind = q.match(e, household);
            if (kind != null) {
                hits.add(new PersonHit(e.person(), household, kind));
            }
        }
        hits.sort(Comparator.comparing(PersonHit::match)
                .thenComparing(h -> h.person().name())
                .thenComparing(h -> h.person().id()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** A typed query in the forms it can take: ID digits, Chinese characters, pinyin letters. */
    private record Query(String text, String upper, boolean idLike, String pinyin, String household) {
        static Query of(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String text = raw.strip();
            String compact = text.replaceAll("[\\s'’·]", "");
            String upper = compact.toUpperCase(Locale.ROOT);
            boolean idLike = upper.matches("[0-9]+X?");
            String pinyin = compact.matches("[A-Za-z]+") ? compact.toLowerCase(Locale.ROOT) : null;
            String household = compact.matches("\\d{1,3}") ? "%04d".formatted(Integer.parseInt(compact)) : compact;
            return new Query(text, upper, idLike, pinyin, household);
        }

        MatchKind match(Entry e, String householdNumber) {
            String id = e.idNumber();
            String name = e.person().name();
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
                if (e.spellings().full().stream().anyMatch(s -> s.startsWith(pinyin))) {
                    return MatchKind.PINYIN_FULL;
                }
                if (e.spellings().initials().stream().anyMatch(s -> s.startsWith(pinyin))) {
                    return MatchKind.PINYIN_INITIALS;
                }
            }
            return null;
        }
    }
}
