package org.villageregistry.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.BundleIntake;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;
import org.villageregistry.service.change.ChangeHash;

/**
 * The township's intake of village bundles: each origin's progress, the bundles imported, and every change received.
 * Kept in the sync tables (V2__sync.sql).
 */
final class JdbcBundleIntake implements BundleIntake {
    private static final String BUNDLE_COLUMNS = "bundle_id, origin, sequence, from_change, to_change, chain_head,"
            + " kind, file_name, applied, quarantined, imported_at";

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    private final JdbcTransactions tx;

    JdbcBundleIntake(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public OriginProgress progress(String origin) {
        return tx.read(() -> {
            Set<UUID> bundles = new HashSet<>(Sql.list(tx.connection(),
                    "SELECT bundle_id FROM sync_imported_bundle WHERE origin = ?",
                    rs -> rs.getObject(1, UUID.class), origin));
            return Sql.list(tx.connection(), "SELECT last_change_id, last_hash, last_sequence FROM sync_origin"
                            + " WHERE division = ?", rs -> new OriginProgress(origin, rs.getLong(1),
                            Optional.ofNullable(rs.getString(2)), rs.getLong(3), bundles), origin)
                    .stream().findFirst()
                    .orElse(new OriginProgress(origin, 0, Optional.empty(), 0, bundles));
        });
    }

    @Override
    public void recordImport(ImportedBundle b, long lastChangeId, String lastHash) {
        tx.write(() -> {
            Sql.update(tx.connection(), "INSERT INTO sync_imported_bundle (" + BUNDLE_COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.bundleId(), b.origin(), b.sequence(), b.fromChange(),
                    b.toChange(), b.chainHead(), b.kind(), b.fileName(), b.applied(), b.quarantined(),
                    b.importedAt().toString());
            // a bundle taken in late for what it carries besides changes (a month submitted) keeps the latest number
            Sql.update(tx.connection(), "MERGE INTO sync_origin (division, last_change_id, last_hash, last_sequence)"
                    + " KEY (division) VALUES (?, ?, ?, GREATEST(?, COALESCE((SELECT last_sequence FROM sync_origin"
                    + " WHERE division = ?), 0)))", b.origin(), lastChangeId, lastHash, b.sequence(), b.origin());
        });
    }

    @Override
    public List<ImportedBundle> importedBundles(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + BUNDLE_COLUMNS
                + " FROM sync_imported_bundle WHERE origin = ? ORDER BY to_change", JdbcBundleIntake::bundle, origin));
    }

    @Override
    public List<ImportedBundle> unacknowledgedBundles(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + BUNDLE_COLUMNS + " FROM sync_imported_bundle"
                + " WHERE origin = ? AND receipt_id IS NULL ORDER BY to_change", JdbcBundleIntake::bundle, origin));
    }

    @Override
    public void markAcknowledged(List<UUID> bundleIds, UUID receiptId) {
        tx.write(() -> bundleIds.forEach(id -> Sql.update(tx.connection(),
                "UPDATE sync_imported_bundle SET receipt_id = ? WHERE bundle_id = ?", receiptId, id)));
    }

    @Override
    public void saveReceivedChange(Change c) {
        saveReceivedChanges(List.of(c));
    }

    /** Kept once, compressed: batches of deflated JSON lines with their records' ids ({@link ReceivedHistory}). */
    @Override
    public void saveReceivedChanges(List<Change> changes) {
        saveReceivedChanges(changes, c -> null);
    }

    /** Each change's line is its bundle's own bytes where given, else the change written again ({@link #changeJson}). */
    @Override
    public void saveReceivedChanges(List<Change> changes, Function<Change, byte[]> asReceived) {
        if (changes.isEmpty()) {
            return;
        }
        tx.write(() -> {
            try {
                ReceivedHistory.save(tx.connection(), changes, c -> {
                    byte[] line = asReceived.apply(c);
                    return line != null ? line : changeJson(c).getBytes(StandardCharsets.UTF_8);
                });
            } catch (SQLException e) {
                throw StorageFailure.explain(e, null);
            }
            return null;
        });
    }

    @Override
    public List<Change> receivedHistory(UUID entityId, String origin) {
        return tx.read(() -> {
            try {
                return ReceivedHistory.of(tx.connection(), entityId, origin, JdbcBundleIntake::change);
            } catch (SQLException e) {
                throw StorageFailure.explain(e, null);
            }
        });
    }

    private static ImportedBundle bundle(ResultSet rs) throws SQLException {
        return new ImportedBundle(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                Instant.parse(rs.getString(11)));
    }


    /**
     * A change as one JSON line, with its hash: the fields of {@link ChangeHash#withoutHash} in its order. A state
     * that is one JSON object (every change a bundle carries) is written as it is, without building its tree and
     * writing it again (a tenth of a township's import); reading the line parses it the same either way.
     */
    static String changeJson(Change c) {
        String state = c.stateJson();
        if (!isOneJsonObject(state)) {
            return ChangeHash.withoutHash(c).put("hash", c.hash()).toString();
        }
        StringBuilder out = new StringBuilder(state.length() + 400);
        out.append("{\"changeId\":").append(c.changeId());
        field(out, "origin", c.origin());
        field(out, "entityType", c.entityType().wireName());
        field(out, "entityId", c.entityId().toString());
        out.append(",\"baseVersion\":").append(c.baseVersion());
        out.append(",\"version\":").append(c.version());
        field(out, "op", c.op());
        out.append(",\"state\":").append(state);
        field(out, "author", c.author());
        field(out, "at", c.at().toString());
        field(out, "prev", c.prev());
        field(out, "hash", c.hash());
        return out.append('}').toString();
    }

    /** {@code ,"name":"value"} (or null) as Jackson's generator writes it: quotes, backslashes and controls escaped. */
    private static void field(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":");
        if (value == null) {
            out.append("null");
        } else {
            out.append('"').append(QUOTE.quoteAsString(value)).append('"');
        }
    }

    /** Whether the text is exactly one well-formed JSON object, nothing after it (checked without a tree). */
    private static boolean isOneJsonObject(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != '{') {
            return false;
        }
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }


    static Change change(String json) {
        return ChangeHash.read(json);
    }
}
