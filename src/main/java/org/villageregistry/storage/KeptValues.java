package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One instance of each equal id, date and text that the persons' facts and the search index keep in memory for
 * the register. Each row read from the table came with instances of its own: a person's id in the facts and again
 * in the search index, a household's id in each of its members, the mother's id in each of her children, a birth
 * date shared by hundreds, a name or its pinyin shared by many. At 300,000 persons that was 1.8 million UUIDs and 1.1
 * million dates, about a fifth of the desktop's heap (docs/decisions/0046). Kept for the life of the register (a
 * person voided since leaves its few values behind); every use happens under the register's one transaction lock.
 */
final class KeptValues {
    private final Map<UUID, UUID> ids = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    UUID id(UUID id) {
        return id == null ? null : ids.computeIfAbsent(id, Function.identity());
    }

    LocalDate date(LocalDate date) {
        return date == null ? null : dates.computeIfAbsent(date, Function.identity());
    }

    /** A name, or its pinyin spellings: many persons share them. */
    String text(String text) {
        return text == null ? null : texts.computeIfAbsent(text, Function.identity());
    }

    /** How many distinct values are kept (for a test). */
    int size() {
        return ids.size() + dates.size() + texts.size();
    }
}
