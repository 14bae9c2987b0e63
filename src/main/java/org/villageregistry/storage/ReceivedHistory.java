package org.villageregistry.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * JSON lines (a change as the bundle carries it, with its hash), and one small index row per record and batch. A
 * record's history reads its batches, inflates them and keeps its own changes; changes received before V11 are
 * still read from their rows in {@code sync_received_change}.
 */
final class ReceivedHistory {
    static final int PER_BATCH = 256;

    private ReceivedHistory() {
    }

    /** Writes the changes (in the order applied) as compressed batches with their index rows. */
    static void save(Connection c, List<Change> changes, Function<Change, String> json) throws SQLException {
        try (PreparedStatement batch = c.prepareStatement("INSERT INTO sync_received_batch (origin, from_change,"
                + " to_change, changes) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             // a plain INSERT: the batch is new and its records distinct, so no (record, batch) row is there yet
             PreparedStatement index = c.prepareStatement("INSERT INTO sync_received_entity (entity_id, batch_id)"
                     + " VALUES (?, ?)")) {
            int from = 0;
            while (from < changes.size()) {
                String origin = changes.get(from).origin();
                int to = from;
                while (to < changes.size() && to - from < PER_BATCH && changes.get(to).origin().equals(origin)) {
                    to++;
                }
                List<Change> part = changes.subList(from, to);
                List<String> lines = new ArrayList<>(part.size());
                Set<UUID> entities = new LinkedHashSet<>();
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                for (Change ch : part) {
                    lines.add(json.apply(ch));
                    entities.add(ch.entityId());
                    first = Math.min(first, ch.changeId());
                    last = Math.max(last, ch.changeId());
                }
                batch.setString(1, origin);
                batch.setLong(2, first);
                batch.setLong(3, last);
                batch.setBytes(4, pack(lines));
                batch.executeUpdate();
                long id;
                try (ResultSet keys = batch.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (UUID entity : entities) {
                    index.setObject(1, entity);
                    index.setLong(2, id);
                    index.addBatch();
                }
                index.executeBatch();
                from = to;
            }
        }
    }

    /** Every received change of one record, in change order: the batches', and older rows' not in a batch. */
    static List<Change> of(Connection c, UUID entityId, Function<String, Change> parse) throws SQLException {
        Map<String, Change> byKey = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT b.changes FROM sync_received_entity e"
                + " JOIN sync_received_batch b ON b.batch_id = e.batch_id WHERE e.entity_id = ? ORDER BY b.batch_id")) {
            ps.setObject(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (String line : unpack(rs.getBytes(1))) {
                        Change ch = parse.apply(line);
                        if (ch.entityId().equals(entityId)) {
                            byKey.put(key(ch), ch);
                        }
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT change_json FROM sync_received_change"
                + " WHERE entity_id = ?")) {
            ps.setObject(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Change ch = parse.apply(rs.getString(1));
                    byKey.putIfAbsent(key(ch), ch);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Orders by change id (as the rows of sync_received_change were read), then origin. */
    private static String key(Change c) {
        return String.format("%020d/%s", c.changeId(), c.origin());
    }

    static byte[] pack(List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), 8192)) {
            for (String line : lines) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
