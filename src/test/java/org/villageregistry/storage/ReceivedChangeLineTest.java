package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.service.change.ChangeHash;

/**
 * A received change kept as a line of the received history reads back as the same change with the same hash,
 * whether its state is written as it came (one JSON object) or through its tree (anything else), and a state
 * written as it came reads back exactly as the tree-written line of before.
 */
class ReceivedChangeLineTest {
    private static Change change(String state, String prev) {
        Change c = new Change(7, "410103100001", EntityType.PERSON, UUID.randomUUID(), 1, 2, "upsert", state,
                "王秀英", Instant.parse("2026-11-30T08:15:00Z"), prev, null);
        return new Change(7, c.origin(), c.entityType(), c.entityId(), 1, 2, "upsert", state, c.author(), c.at(),
                prev, ChangeHash.of(c));
    }

    @Test
    void statesOfEveryShapeReadBackAsTheSameChange() {
        for (String state : new String[] {"{\"name\":\"王秀英\",\"n\":1.50,\"a\":[1,{\"b\":null}],\"q\":\"\\\"\"}",
                "{ \"spaced\" : true }", "{}", "{\"x\":1} trailing", "{broken", "not json", "\"text\"", "123"}) {
            for (String prev : new String[] {null, "AAAA"}) {
                Change c = change(state, prev);
                String line = JdbcBundleIntake.changeJson(c);
                Change back = JdbcBundleIntake.change(line);
                String before = ChangeHash.withoutHash(c).put("hash", c.hash()).toString();
                assertThat(back).as(state).isEqualTo(JdbcBundleIntake.change(before));
                assertThat(ChangeHash.of(back)).as(state).isEqualTo(c.hash());
            }
        }
    }

    @Test
    void textThatNeedsEscapingReadsBackAsItWas() {
        String author = "王\"秀\\英\n\t\u0001/";
        Change c = new Change(7, "410103100001", EntityType.PERSON, UUID.randomUUID(), 1, 2, "upsert",
                "{\"name\":\"x\"}", author, Instant.parse("2026-11-30T08:15:00Z"), "A\"B", null);
        Change hashed = new Change(7, c.origin(), c.entityType(), c.entityId(), 1, 2, "upsert", c.stateJson(), author,
                c.at(), c.prev(), ChangeHash.of(c));
        String line = JdbcBundleIntake.changeJson(hashed);
        assertThat(line).doesNotContain("\n").doesNotContain("\u0001");
        Change back = JdbcBundleIntake.change(line);
        assertThat(back).isEqualTo(hashed);
        assertThat(ChangeHash.of(back)).isEqualTo(hashed.hash());
    }
}
