package org.villageregistry.sync.bundle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.villageregistry.domain.repository.Change;

/** The change ids a bundle holds, first to last, and how many changes of each entity type (wire name). */
public record ChangeRange(long from, long to, Map<String, Integer> countByEntityType) {
    public ChangeRange {
        countByEntityType = Map.copyOf(countByEntityType);
    }

    public static ChangeRange of(List<Change> changes) {
        Map<String, Integer> counts = new TreeMap<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Change c : changes) {
            counts.merge(c.entityType().wireName(), 1, Integer::sum);
            from = Math.min(from, c.changeId());
            to = Math.max(to, c.changeId());
        }
        return new ChangeRange(from, to, counts);
    }

    public int total() {
        return countByEntityType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
