package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;

/**
 * Writes stored together (docs/decisions/0028): each commits and is seen at once, but the file is written when the
 * run ends, not at each commit; outside such a run every commit reaches the file before it returns, as before.
 */
class StoredTogetherTest {
    @TempDir
    Path home;

    @Test
    void writesInsideReachTheFileOnlyWhenTheRunEnds() throws IOException {
        try (Register r = RegisterFixture.create(home)) {
            byte[] before = file();
            r.transactions().storedTogether(() -> {
                for (int i = 0; i < 20; i++) {
                    save(r, "王芳" + "一二三四五六七八九十".charAt(i % 10), i);
                }
                assertThat(r.persons().count()).as("committed and seen inside").isEqualTo(20);
                try {
                    assertThat(Arrays.equals(file(), before)).as("nothing stored yet").isTrue();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                return null;
            });
            assertThat(Arrays.equals(file(), before)).as("stored when the run ended").isFalse();

            // afterwards a commit reaches the file at once again
            byte[] after = file();
            save(r, "李娜", 30);
            assertThat(Arrays.equals(file(), after)).as("WRITE_DELAY back to 0").isFalse();
        }
        try (Register again = RegisterFixture.open(home)) {
            assertThat(again.persons().count()).isEqualTo(21);
        }
    }

    @Test
    void aFailureInsideStillStoresTheWritesCommittedBeforeIt() throws IOException {
        try (Register r = RegisterFixture.create(home)) {
            byte[] before = file();
            assertThatThrownBy(() -> r.transactions().storedTogether(() -> {
                save(r, "张伟", 1);
                save(r, "张敏", 2);
                throw new IllegalStateException("the third bundle is damaged");
            })).hasMessageContaining("third bundle");
            assertThat(Arrays.equals(file(), before)).isFalse();
            byte[] after = file();
            save(r, "张静", 3);
            assertThat(Arrays.equals(file(), after)).as("WRITE_DELAY back to 0").isFalse();
        }
        try (Register again = RegisterFixture.open(home)) {
            assertThat(again.persons().count()).isEqualTo(3);
        }
    }

    @Test
    void nestedRunsStoreWhenTheOutermostEnds() throws IOException {
        try (Register r = RegisterFixture.create(home)) {
            byte[] before = file();
            r.transactions().storedTogether(() -> {
                r.transactions().storedTogether(() -> save(r, "赵磊", 1));
                save(r, "赵洋", 2);
                try {
                    assertThat(Arrays.equals(file(), before)).as("the inner run's end stores nothing").isTrue();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                return null;
            });
            assertThat(Arrays.equals(file(), before)).isFalse();
        }
    }

    private static Object save(Register r, String name, int day) {
        return r.transactions().write(() -> r.persons().save(RegisterFixture.person(name,
                Sex.FEMALE, LocalDate.of(1990, 1, 1).plusDays(day)).build()));
    }

    private byte[] file() throws IOException {
        return Files.readAllBytes(home.resolve("register.mv.db"));
    }
}
