package org.villageregistry.service.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;

/**
 * What the tests of ledgers over a register share: Chinese messages, a new register of 柳树村 ({@link
 * LedgerRegister}) in a temporary folder for each test, its ledger import, and ledgers read with the columns the
 * import guesses.
 */
abstract class LedgerRegisterTest {
    @TempDir
    Path temp;
    Register register;
    LedgerImportService ledgers;

    @BeforeEach
    void openRegister() {
        Messages.setLocale(Messages.CHINESE);
        register = LedgerRegister.open(temp.resolve("柳树村"));
        ledgers = LedgerRegister.importer(register);
    }

    @AfterEach
    void close() {
        register.close();
    }

    /** Imports the ledger file with the guessed columns. */
    LedgerImportSummary importFile(Path file) {
        LedgerSheet sheet = ledgers.readSheet(file);
        return ledgers.importRows(sheet, sheet.guessedMapping());
    }

    /** Checks the ledger file with the guessed columns, saving nothing. */
    LedgerValidation validate(Path file) {
        LedgerSheet sheet = ledgers.readSheet(file);
        return ledgers.validate(sheet, sheet.guessedMapping());
    }

    /** The text as a UTF-8 CSV file of that name in the test's folder. */
    Path csv(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
