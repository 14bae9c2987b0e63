package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** H2's page cache follows the heap limit (docs/decisions/0021-launcher-memory.md). */
class H2CacheSizeTest {
    @Test
    void aThirtySecondOfTheHeapBetween8And64Megabytes() {
        assertThat(RegisterDatabase.cacheKb(512L << 20)).isEqualTo(16L << 10);
        assertThat(RegisterDatabase.cacheKb(6L << 30)).isEqualTo(64L << 10);
        assertThat(RegisterDatabase.cacheKb(128L << 20)).isEqualTo(8L << 10);
    }
}
