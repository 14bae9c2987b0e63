package org.villageregistry.domain.quality;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The duplicate suspects of {@link QualityCounts} kept as persons are added and taken away, by village: each further
 * holder of one ID number, and each group of persons with one name and birth date. {@link QualityCounts} counts
 * with it too, so a register that keeps one beside its persons counts as a fresh count does.
 */
public final class DuplicateTally {
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byNameBirth = new HashMap<>();
    private final Map<String, Long> byOwner = new HashMap<>();

    public void add(PersonQuality q) {
        change(q, 1);
    }

    public void remove(PersonQuality q) {
        change(q, -1);
    }

    /** The suspects of the villages whose codes pass. */
    public long duplicates(Predicate<String> owners) {
        long sum = 0;
        for (Map.Entry<String, Long> e : byOwner.entrySet()) {
            if (owners.test(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private void change(PersonQuality q, int by) {
        long suspects = 0;
        if (q.idKey() != null) {
            int before = count(byId, q.idKey(), by);
            suspects += Math.max(before + by - 1, 0) - Math.max(before - 1, 0);
        }
        if (q.nameBirthKey() != null) {
            int before = count(byNameBirth, q.nameBirthKey(), by);
            suspects += (before + by > 1 ? 1 : 0) - (before > 1 ? 1 : 0);
        }
        if (suspects != 0) {
            byOwner.merge(q.person().owner(), suspects, Long::sum);
        }
    }

    /** Changes a key's count, and gives the count before. */
    private static int count(Map<String, Integer> counts, String key, int by) {
        Integer before = counts.get(key);
        int now = (before == null ? 0 : before) + by;
        if (now <= 0) {
            counts.remove(key);
        } else {
            counts.put(key, now);
        }
        return before == null ? 0 : before;
    }
}
