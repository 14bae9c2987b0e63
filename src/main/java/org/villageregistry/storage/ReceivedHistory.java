package org.villageregistry.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.villageregistry.domain.repository.Change;

/**
 * The township's received history kept once, compressed (V11, docs/decisions/0017): the changes applied from a
 * bundle are written as batches of up to {@value #PER_BATCH} changes of one origin, each batch one row of deflated
 * JSON lines (a change as the bundle carries it, with its hash) beside the ids of the records it holds (V13,
 * docs/decisions/0024: no index row per record). A record's history from one village reads the ids of that village's
 * batches, inflates those that hold the record and keeps its own changes; changes received before V11 are still read
 * from their rows in {@code sync_received_change}.
 */
final class ReceivedHistory {
    static final int PER_BATCH = 256;

    private ReceivedHistory() {
    }

    /**
     * Writes the changes (in the order applied) as compressed batches, each with the ids of its records; {@code line}
     * gives a change's JSON line (UTF-8, no line break in it).
     */
    static void save(Connection c, List<Change> changes, Function<Change, byte[]> line) throws SQLException {
        long id;
        try (PreparedStatement last = c.prepareStatement("SELECT MAX(batch_id) FROM sync_received_batch");
             ResultSet rs = last.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        // ids given here, not by an identity: H2 stores the whole database (every page this transaction has dirtied)
        // each time an identity's cache of 32 values runs out, several times in a township's import
        try (PreparedStatement batch = c.prepareStatement("INSERT INTO sync_received_batch (batch_id, origin,"
                + " from_change, to_change, changes, entities) VALUES (?, ?, ?, ?, ?, ?)")) {
            int from = 0;
            while (from < changes.size()) {
                String origin = changes.get(from).origin();
                int to = from;
                while (to < changes.size() && to - from < PER_BATCH && changes.get(to).origin().equals(origin)) {
                    to++;
                }
                List<Change> part = changes.subList(from, to);
                List<byte[]> lines = new ArrayList<>(part.size());
                Set<UUID> entities = new LinkedHashSet<>();
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                for (Change ch : part) {
                    lines.add(line.apply(ch));
                    entities.add(ch.entityId());
                    first = Math.min(first, ch.changeId());
                    last = Math.max(last, ch.changeId());
                }
                batch.setLong(1, ++id);
                batch.setString(2, origin);
                batch.setLong(3, first);
                batch.setLong(4, last);
                batch.setBytes(5, pack(lines));
                batch.setObject(6, entities.toArray(UUID[]::new));
                batch.addBatch();
                from = to;
            }
            batch.executeBatch();
        }
    }

    /**
     * Every change of one record received from one village, in change order: from that village's batches that hold
     * the record (only those are inflated), and from older rows of {@code sync_received_change} not in a batch.
     */
    static List<Change> of(Connection c, UUID entityId, String origin, Function<String, Change> parse)
            throws SQLException {
        List<Long> holding = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, entities FROM sync_received_batch"
                + " WHERE origin = ? ORDER BY batch_id")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (holds(rs.getArray(2), entityId)) {
                        holding.add(rs.getLong(1));
                    }
                }
            }
        }
        Map<String, Change> byKey = new TreeMap<>();
        String id = entityId.toString();
        try (PreparedStatement ps = c.prepareStatement("SELECT changes FROM sync_received_batch WHERE batch_id = ?")) {
            for (long batchId : holding) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (String line : unpack(rs.getBytes(1))) {
                            if (!line.contains(id)) {
                                continue; // another record's change: not parsed
                            }
                            Change ch = parse.apply(line);
                            if (ch.entityId().equals(entityId) && ch.origin().equals(origin)) {
                                byKey.put(key(ch), ch);
                            }
                        }
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT change_json FROM sync_received_change"
                + " WHERE entity_id = ? AND origin = ?")) {
            ps.setObject(1, entityId);
            ps.setString(2, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Change ch = parse.apply(rs.getString(1));
                    byKey.putIfAbsent(key(ch), ch);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean holds(Array entities, UUID entityId) throws SQLException {
        try {
            for (Object e : (Object[]) entities.getArray()) {
                if (entityId.equals(e)) {
                    return true;
                }
            }
            return false;
        } finally {
            entities.free();
        }
    }

    /** Orders by change id (as the rows of sync_received_change were read), then origin. */
    private static String key(Change c) {
        return String.format("%020d/%s", c.changeId(), c.origin());
    }

    static byte[] pack(List<byte[]> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater, 8192)) {
            for (byte[] line : lines) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end(); // its native memory now, not when a collection finds it
        }
        return bytes.toByteArray();
    }

    static List<String> unpack(byte[] packed) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
