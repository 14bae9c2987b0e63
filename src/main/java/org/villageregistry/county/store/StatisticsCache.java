package org.villageregistry.county.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A statistics count per village, kept in PostgreSQL for the village's generation (db/county V4): a grouped count
 * ({@code select village, group, count … group by village, …}) is read from what was kept for the villages whose
 * records did not change since, and counted again only for the others, restricted to them. The counts and the
 * generations are read in one repeatable-read snapshot, so a count is always kept with the generation of the rows
 * it counted: a bundle applied meanwhile moves the generation on and the kept count is not used again.
 */
final class StatisticsCache {
    private final CountyStore store;

    StatisticsCache(CountyStore store) {
        this.store = store;
    }

    /** Counts per village and group, for every village or only the given ones. */
    interface Counter {
        Map<String, Map<String, Long>> count(Connection c, Optional<Collection<String>> villages) throws SQLException;
    }

    /** Village → group → count for a grouped query (village first, group second, count third). */
    Map<String, Map<String, Long>> counts(String sql, Object... args) {
        return counts(key(sql, args), (c, villages) -> grouped(c, sql, args, villages));
    }

    /** Village → group → count of a counter, known by a key that names what it counts and its arguments. */
    Map<String, Map<String, Long>> counts(String key, Counter counter) {
        Counted counted = store.snapshot(c -> count(c, key, counter));
        if (!counted.fresh().isEmpty()) {
            store.write(c -> keep(c, key, counted));
        }
        return counted.all();
    }

    /**
     * Runs a grouped count, restricted to some villages by wrapping it: {@code select * from (…) q where q.village
     * = any(?)} (the first column of every count is named {@code village}; PostgreSQL pushes the condition down
     * into a grouped query).
     */
    static Map<String, Map<String, Long>> grouped(Connection c, String sql, Object[] args,
                                                   Optional<Collection<String>> villages) throws SQLException {
        boolean restrict = villages.isPresent();
        String restricted = restrict ? "select * from (" + sql + ") q where q.village = any(?)" : sql;
        Map<String, Map<String, Long>> counted = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(restricted)) {
            int i = 0;
            for (Object a : args) {
                s.setObject(++i, a instanceof LocalDate d ? Date.valueOf(d) : a);
            }
            if (restrict) {
                s.setArray(++i, c.createArrayOf("varchar", villages.get().toArray()));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counted.computeIfAbsent(r.getString(1), v -> new HashMap<>())
                            .merge(r.getString(2) == null ? "" : r.getString(2), r.getLong(3), Long::sum);
                }
            }
        }
        return counted;
    }

    /** Forgets every kept count (the benchmark measures a report counted from the rows). */
    static void clear(CountyStore store) {
        store.write(c -> {
            try (PreparedStatement s = c.prepareStatement("delete from statistics_cache")) {
                return s.executeUpdate();
            }
        });
    }

    private record Counted(Map<String, Map<String, Long>> all, Map<String, Long> fresh) {
    }

    private static Counted count(Connection c, String key, Counter counter) throws SQLException {
        Map<String, Long> generations = new TreeMap<>();
        Map<String, Map<String, Long>> all = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select g.village, g.generation, k.generation, k.counts"
                + " from village_generation g left join statistics_cache k on k.query_key = ? and k.village = g.village")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long now = r.getLong(2);
                    long kept = r.getLong(3);
                    if (!r.wasNull() && kept == now) {
                        all.put(r.getString(1), parse(r.getString(4)));
                    } else {
                        generations.put(r.getString(1), now);
                    }
                }
            }
        }
        if (generations.isEmpty()) {
            return new Counted(all, Map.of());
        }
        Map<String, Map<String, Long>> counted = counter.count(c,
                all.isEmpty() ? Optional.empty() : Optional.of(generations.keySet()));
        for (String village : generations.keySet()) {
            all.put(village, counted.getOrDefault(village, Map.of()));
        }
        return new Counted(all, generations);
    }

    private static int keep(Connection c, String key, Counted counted) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into statistics_cache (query_key, village, generation,"
                + " counts) values (?, ?, ?, ?) on conflict (query_key, village) do update set generation ="
                + " excluded.generation, counts = excluded.counts where statistics_cache.generation < excluded.generation")) {
            for (Map.Entry<String, Long> v : counted.fresh().entrySet()) {
                s.setString(1, key);
                s.setString(2, v.getKey());
                s.setLong(3, v.getValue());
                s.setString(4, format(counted.all().get(v.getKey())));
                s.addBatch();
            }
            return s.executeBatch().length;
        }
    }

    /** Groups are enum names and numbers: one {@code group\tcount} per line. */
    private static String format(Map<String, Long> groups) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(groups).forEach((g, n) -> out.append(g).append('\t').append(n).append('\n'));
        return out.toString();
    }

    private static Map<String, Long> parse(String text) {
        Map<String, Long> out = new HashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                out.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
        }
        return out;
    }

    static String key(String sql, Object... args) {
        List<String> parts = new ArrayList<>(List.of(sql));
        for (Object a : args) {
            parts.add(String.valueOf(a));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
