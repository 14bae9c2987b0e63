package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.change.ChangeHash;

/**
 * The received history keeps a change's own bytes from its bundle where the import gives them (members in the
 * bundle's order and spacing, other members beside), and reads back the same changes as when it writes them itself.
 */
class ReceivedHistoryAsReceivedTest {
    private static final String WILLOW = "410103100001";

    @TempDir
    Path home;

    @Test
    void aChangeKeptAsItsBundleCarriedItReadsBackTheSame() {
        UUID wang = UUID.randomUUID();
        UUID li = UUID.randomUUID();
        Change first = change(1, wang, 1, "{\"id\":\"" + wang + "\",\"name\":\"王小明\",\"note\":\"含\\\"引号\\\"与\\\\n\"}");
        Change second = change(2, li, 1, "{\"id\":\"" + li + "\",\"name\":\"李四\"}");
        Change third = change(3, wang, 2, "{\"id\":\"" + wang + "\",\"name\":\"王晓明\"}");
        Map<Change, byte[]> asReceived = new IdentityHashMap<>();
        // as another writer may order and space them, with a member this program does not know
        asReceived.put(first, ("{ \"hash\" : \"" + first.hash() + "\", \"state\" : " + first.stateJson()
                + ", \"changeId\":1,\"origin\":\"" + WILLOW + "\",\"entityType\":\"person\",\"entityId\":\"" + wang
                + "\",\"baseVersion\":0,\"version\":1,\"op\":\"upsert\",\"author\":\"王秀英\",\"at\":\""
                + first.at() + "\",\"prev\":null,\"comment\":\"x\" }").getBytes(StandardCharsets.UTF_8));
        asReceived.put(third, (ChangeHash.withoutHash(third).put("hash", third.hash()).toString())
                .getBytes(StandardCharsets.UTF_8));

        try (Register r = RegisterFixture.create(home)) {
            r.transactions().write(() -> {
                r.sync().intake().saveReceivedChanges(List.of(first, second, third), asReceived::get);
                return null;
            });
            assertThat(r.sync().intake().receivedHistory(wang, WILLOW)).containsExactly(first, third);
            assertThat(r.sync().intake().receivedHistory(li, WILLOW)).containsExactly(second);
            assertThat(r.sync().intake().receivedHistory(wang, "410103100002")).isEmpty();
        }
    }

    private static Change change(long id, UUID entity, long version, String state) {
        Change c = new Change(id, WILLOW, EntityType.PERSON, entity, version - 1, version, "upsert", state, "王秀英",
                Instant.parse("2026-11-30T08:15:00Z"), null, null);
        return new Change(id, WILLOW, EntityType.PERSON, entity, version - 1, version, "upsert", state, "王秀英",
                Instant.parse("2026-11-30T08:15:00Z"), null, ChangeHash.of(c));
    }
}
