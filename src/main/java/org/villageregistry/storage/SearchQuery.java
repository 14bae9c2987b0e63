package org.villageregistry.storage;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.villageregistry.domain.repository.PersonHit.MatchKind;

/**
 * A typed query in the forms it can take (ID digits, Chinese characters, pinyin letters, a household number), and
 * how one indexed person matches it. The one definition of a match: {@link SearchPostings} only narrows down which
 * persons are asked.
 *
 * @param text the query as typed, without surrounding blanks
 * @param upper the query without separators, upper case (an ID number or its last digits)
 * @param idLike whether it looks like (part of) an ID number
 * @param prefix the typed pinyin as it starts a variant in {@link PersonSearchIndex.Entry#full()} or
 *     {@link PersonSearchIndex.Entry#initials()} (a space, then lower case letters), or null
 * @param household the household number it may be (1–3 digits are read as a four-digit number)
 */
record SearchQuery(String text, String upper, boolean idLike, String prefix, String household) {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’·]");
    private static final Pattern ID_LIKE = Pattern.compile("[0-9]+X?");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

    static SearchQuery of(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        String compact = SEPARATORS.matcher(text).replaceAll("");
        String upper = compact.toUpperCase(Locale.ROOT);
        boolean idLike = ID_LIKE.matcher(upper).matches();
        String prefix = LETTERS.matcher(compact).matches() ? " " + compact.toLowerCase(Locale.ROOT) : null;
        String household = SHORT_NUMBER.matcher(compact).matches()
                ? "%04d".formatted(Integer.parseInt(compact)) : compact;
        return new SearchQuery(text, upper, idLike, prefix, household);
    }

    /** Whether a name containing the typed text matches as {@link MatchKind#NAME}. */
    boolean byNamePart() {
        return prefix == null && !idLike;
    }

    /** Whether the last digits of an ID number may match ({@link MatchKind#ID_SUFFIX}). */
    boolean byIdSuffix() {
        return idLike && upper.length() >= 4 && upper.length() <= 6;
    }

    /** How the person matches, if at all; {@code numbered} are the households whose number was typed. */
    MatchKind match(PersonSearchIndex.Entry e, Set<UUID> numbered) {
        String id = e.idNumber();
        String name = e.name();
        if (idLike && id != null && id.equals(upper)) {
            return MatchKind.ID_EXACT;
        }
        if (name != null && name.equals(text)) {
            return MatchKind.NAME_EXACT;
        }
        if (name != null && byNamePart() && name.contains(text)) {
            return MatchKind.NAME;
        }
        if (byIdSuffix() && id != null && id.endsWith(upper)) {
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
