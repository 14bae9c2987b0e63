package org.villageregistry.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.AuditAction;

/**
 * Failed sign-ins cannot go into the encrypted register (it stays locked), so they wait in a small file of the
 * workstation folder (time and user name only) and move into the audit log at the next successful sign-in.
 */
final class SignInFailures {
    static final String NAME = "sign-in-failures.txt";
    private static final Logger LOG = LoggerFactory.getLogger(SignInFailures.class);

    private SignInFailures() {
    }

    static void note(Path home, String user, Instant at) {
        String line = at + "\t" + user.replaceAll("[\\t\\r\\n]", " ") + "\n";
        try {
            Files.writeString(home.resolve(NAME), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Could not note a failed sign-in: {}", e.getMessage());
        }
    }

    /** Moves the noted failures into the audit log of the opened register, then forgets them. */
    static void moveInto(Path home, AuditJournal audit) {
        Path file = home.resolve(NAME);
        if (!Files.exists(file)) {
            return;
        }
        try {
            List<String[]> failures = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 2);
                if (parts.length == 2) {
                    failures.add(parts);
                }
            }
            for (String[] f : failures) {
                audit.appendAs(f[1], Instant.parse(f[0]), AuditAction.LOGIN_FAILED, null, null, null);
            }
            Files.delete(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not move failed sign-ins into the audit log: {}", e.getMessage());
        }
    }
}
