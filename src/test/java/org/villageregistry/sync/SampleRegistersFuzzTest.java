package org.villageregistry.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.ClearRefusal;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.ImportService.Outcome;
import org.villageregistry.service.sync.SyncServices;

/**
 * What the fuzz tests over the sample registers share: Chinese messages, the one shared township and village
 * ({@link SampleRegisters#shared()}), a USB stick folder to put the fuzzer's files on, and the rule that a refused
 * file leaves the register as it was.
 */
public abstract class SampleRegistersFuzzTest {
    @TempDir
    protected static Path temp;
    protected static SampleRegisters sample;
    protected static Path stick;

    @BeforeAll
    static void openTheSampleRegisters() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        sample = SampleRegisters.shared();
        stick = Files.createDirectories(temp.resolve("usb"));
    }

    /**
     * Puts the content on the emptied stick as the named file and imports it: it is imported, or refused with a
     * Chinese sentence and the register's rows are as they were.
     *
     * @param what what the file is, for the failure, e.g. "receipt"
     */
    protected static void importOrRefuse(SyncServices sync, Register register, String fileName, byte[] content,
            String what) throws IOException {
        SampleRegisters.empty(stick);
        Path file = Files.write(stick.resolve(fileName), content);
        String before = SampleRegisters.rowCounts(register);
        Outcome outcome = sync.imports().importOne(file);
        if (outcome.status() != ImportService.Status.IMPORTED) {
            ClearRefusal.requireChinese(outcome.message());
            requireUnchanged(register, before, "a refused " + what + " changed the register");
        }
    }

    /** Fails when the register's row counts are no longer {@code before}. */
    protected static void requireUnchanged(Register register, String before, String failure) {
        String after = SampleRegisters.rowCounts(register);
        if (!after.equals(before)) {
            throw new AssertionError(failure + ": " + before + " -> " + after);
        }
    }
}
