package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Deriving a key from a password keeps no Argon2 block memory afterwards: password4j caches each function with its
 * 19 MiB of blocks for the life of the process, which was a third of the live heap of a township's import.
 */
class DatabaseKeyMemoryTest {
    @Test
    void noArgon2FunctionIsKeptAfterASignIn() {
        KeyFile.Argon2Parameters small = new KeyFile.Argon2Parameters(64, 1, 1);
        DatabaseKey key = DatabaseKey.random();
        KeyFile.UserKey wrapped = key.wrapFor("admin", "ADMIN", "pass-word-1".toCharArray(), small);
        DatabaseKey again = DatabaseKey.unwrap(wrapped, "pass-word-1".toCharArray());

        assertThat(again.filePassword()).isEqualTo(key.filePassword());
        assertThat(DatabaseKey.keptArgon2Functions()).isZero();
    }
}
