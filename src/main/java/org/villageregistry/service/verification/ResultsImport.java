package org.villageregistry.service.verification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.service.files.DurableFile;
import org.villageregistry.service.files.WriteFailure;

/**
 * Enters the lines of a results file in one transaction through the service's own methods for one entry (the same
 * checks, findings and audit lines as typed in), so the first line that fails undoes every line before it.
 */
final class ResultsImport {
    private final VerificationService service;
    private final Register register;

    ResultsImport(VerificationService service, Register register) {
        this.service = service;
        this.register = register;
    }

    VerificationService.Imported enter(long id, List<ResultsFile.Row> rows) {
        return register.transactions().write(() -> {
            int[] counts = new int[3];
            for (ResultsFile.Row row : rows) {
                try {
                    counts[enter(id, row)]++;
                } catch (RegistryException e) {
                    throw ResultsFile.line(e, row.line(), row.text());
                }
            }
            return new VerificationService.Imported(counts[0], counts[1], counts[2]);
        });
    }

    /** Enters one line; which count it adds to (persons, found, newborns). */
    private int enter(long id, ResultsFile.Row row) {
        return switch (row.kind()) {
            case PERSON -> {
                service.recordPerson(id, row.number(), row.outcome(), row.corrections());
                yield 0;
            }
            case MISSING_PERSON, UNRECORDED_BIRTH -> {
                service.recordFound(id, row.number(), row.kind() == ResultsFile.Kind.MISSING_PERSON
                                ? FoundPerson.Kind.MISSING_PERSON : FoundPerson.Kind.UNRECORDED_BIRTH, row.name(),
                        row.sex(), row.born(), row.married());
                yield 1;
            }
            case NEWBORN -> {
                service.recordNewborn(id, row.number(), row.found());
                yield 2;
            }
        };
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RegistryException(e, "verification.file.missing", file.toString());
        } catch (IOException e) {
            throw new RegistryException(e, "verification.file.unreadable", file.toString());
        }
    }

    static void writeTemplate(Path file) {
        Path target = file.toAbsolutePath();
        WriteFailure.requireFolder(target);
        try {
            DurableFile.replace(target.getParent(), target.getFileName().toString(), ResultsFile.template());
        } catch (IOException e) {
            throw WriteFailure.explain(e, target);
        }
    }
}
