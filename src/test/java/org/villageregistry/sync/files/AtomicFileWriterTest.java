package org.villageregistry.sync.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;

/**
 * Tests run as root, for whom a read-only folder is still writable, and no tiny tmpfs can be mounted here;
 * so a pulled-out stick is simulated by a folder that is gone, or a file where the folder should be, and a
 * stick that lies by a read-back check that fails.
 */
class AtomicFileWriterTest {
    private static final byte[] CONTENT = "{\"bundle\":\"柳树村\"}".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path root;

    @Test
    void aWrittenFileIsCompleteAndNoPartFileIsLeft() throws Exception {
        Path written = AtomicFileWriter.write(root, "a.vrb.json", CONTENT, p -> { });
        assertThat(Files.readAllBytes(written)).isEqualTo(CONTENT);
        try (var listing = Files.list(root)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("a.vrb.json");
        }
    }

    @Test
    void aStickThatWasPulledOutGivesAClearMessageAndNoFile() throws Exception {
        Path stick = Files.createDirectory(root.resolve("usb"));
        Files.delete(stick);
        assertThatThrownBy(() -> AtomicFileWriter.write(stick, "a.vrb.json", CONTENT, p -> { }))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.WRITE_FOLDER_MISSING))
                .hasMessageContaining("a.vrb.json").hasMessageContaining("插好 U 盘");
        assertThat(Files.exists(stick.resolve("a.vrb.json"))).isFalse();
    }

    @Test
    void aFileWhereTheFolderShouldBeGivesAClearMessageAndNoFile() throws Exception {
        Path notAFolder = Files.writeString(root.resolve("usb"), "x");
        assertThatThrownBy(() -> AtomicFileWriter.write(notAFolder, "a.vrb.json", CONTENT, p -> { }))
                .isInstanceOf(SyncException.class).hasMessageContaining("a.vrb.json");
        try (var listing = Files.list(root)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("usb");
        }
    }

    @Test
    void aFileThatFailsTheReadBackCheckIsRemovedFromUnderItsFinalName() throws Exception {
        assertThatThrownBy(() -> AtomicFileWriter.write(root, "a.vrb.json", CONTENT, p -> {
            throw new SyncException(SyncProblem.READ_BACK_FAILED, p.getFileName().toString());
        })).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.problem()).isEqualTo(SyncProblem.READ_BACK_FAILED));
        try (var listing = Files.list(root)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void anOldPartFileFromACrashIsReplacedAndAnOlderBundleUnderTheSameNameIsOverwrittenWhole() throws Exception {
        Files.writeString(root.resolve(".a.vrb.json.part"), "half a bund");
        Files.writeString(root.resolve("a.vrb.json"), "an older, longer bundle of the same sequence");
        AtomicFileWriter.write(root, "a.vrb.json", CONTENT, p -> { });
        assertThat(Files.readAllBytes(root.resolve("a.vrb.json"))).isEqualTo(CONTENT);
        assertThat(Files.exists(root.resolve(".a.vrb.json.part"))).isFalse();
    }
}
