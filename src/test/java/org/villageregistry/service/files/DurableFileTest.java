package org.villageregistry.service.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFileTest {
    @TempDir
    Path home;

    @Test
    void aRewrittenKeyFileIsTheNewOneWholeAndNoPartFileIsLeft() throws Exception {
        Files.writeString(home.resolve("keys.json"), "{\"users\":[\"admin\",\"an older, longer list\"]}");
        Files.writeString(home.resolve(".keys.json.part"), "{\"us"); // left by a killed program
        DurableFile.replace(home, "keys.json", "{\"users\":[\"admin\"]}".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(home.resolve("keys.json"))).isEqualTo("{\"users\":[\"admin\"]}");
        try (var listing = Files.list(home)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("keys.json");
        }
    }

    @Test
    void aFailedReplaceKeepsTheOldFileAndRemovesItsPart() throws Exception {
        Path target = Files.createDirectories(home.resolve("keys.json").resolve("in-the-way"));
        assertThatThrownBy(() -> DurableFile.replace(home, "keys.json", new byte[] {1, 2, 3}))
                .isInstanceOf(IOException.class);
        assertThat(target).isDirectory();
        assertThat(home.resolve(".keys.json.part")).doesNotExist();
    }
}
