package org.villageregistry.service.signoff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every count a month's signed statistics hold, compared with the same month computed now: each integer leaf of
 * the JSON tree of {@link org.villageregistry.service.DivisionStatistics}, by its path ("births.total",
 * "moves.HUKOU_IN", "serviceCoverage.healthChecks.part" …). A figure the signed statistics do not hold (a JSON
 * null such as a village's 出生漏报率, or a member an older program did not write) is not compared; a key of the
 * maps that list only what occurred (persons by residence status, marriages and moves by kind) counts 0 where it
 * is missing on one side.
 * Left out, see docs/decisions/0019: what only repeats counts compared elsewhere or derives from them (the average
 * population, the balance, the rates, the sex ratio, the order shares, the births under registration timeliness)
 * and the two figures of the workstation's synchronisation when computed, not of the month (unresolved conflicts,
 * records not yet acknowledged).
 */
final class ComparedCounts {
    /** Subtrees whose integers repeat counts compared under another path, or are computed from them. */
    static final Set<String> REPEATING = Set.of("averagePopulation", "balance", "birthRate", "deathRate",
            "naturalGrowthRate", "sexRatioAtBirth", "orderShares", "registrationTimeliness.whole");
    /** Figures of the workstation's synchronisation state when the statistics were computed. */
    static final Set<String> NOT_OF_THE_MONTH = Set.of("dataQuality.unresolvedConflicts",
            "dataQuality.notAcknowledged");

    /** Maps that hold a key only where its count is not 0. */
    static final Set<String> SPARSE = Set.of("populationAtStart", "populationAtEnd", "marriages", "moves");

    private ComparedCounts() {
    }

    /** The counts that differ, in the order of the statistics' members (those only signed last). */
    static List<SignedFigures.Difference> differences(JsonNode signed, JsonNode now) {
        Map<String, Long> before = leaves(signed);
        Map<String, Long> after = leaves(now);
        List<String> paths = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(paths::add);
        List<SignedFigures.Difference> out = new ArrayList<>();
        for (String path : paths) {
            if (!holds(signed, path)) {
                continue;
            }
            if (!holds(now, path)) {
                continue;
            }
            long was = before.getOrDefault(path, 0L);
            long value = after.getOrDefault(path, 0L);
            if (was != value) {
                out.add(new SignedFigures.Difference(path, was, value));
            }
        }
        return out;
    }

    /** Every compared integer leaf of a statistics tree by its dotted path. */
    static Map<String, Long> leaves(JsonNode tree) {
        Map<String, Long> out = new LinkedHashMap<>();
        walk(tree, "", out);
        return out;
    }

    private static void walk(JsonNode node, String path, Map<String, Long> out) {
        if (REPEATING.contains(path) || NOT_OF_THE_MONTH.contains(path)) {
            return;
        }
        if (node.isIntegralNumber()) {
            out.put(path, node.asLong());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                walk(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey(), out);
            }
        }
    }

    /** Whether the tree holds the figure: an integer there, or a sparse map without that key (then 0). */
    private static boolean holds(JsonNode tree, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? tree : tree.at("/" + path.substring(0, dot).replace('.', '/'));
        JsonNode leaf = parent.path(path.substring(dot + 1));
        return leaf.isIntegralNumber() || leaf.isMissingNode() && SPARSE.contains(path.substring(0, Math.max(dot, 0)))
                && parent.isObject();
    }
}
