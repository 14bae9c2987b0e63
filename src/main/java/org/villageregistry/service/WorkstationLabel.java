package org.villageregistry.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.files.DurableFile;

/**
 * What a workstation folder is, readable before sign-in: its role and division (青山镇 410103100), so the start
 * window can name a workstation by its division instead of its folder. Division names and codes are public (they
 * are on every bundle's name and enrolment file); nothing about people is in it. Written when a workstation is
 * made, and at a sign-in into a folder made before this file existed.
 */
public record WorkstationLabel(String role, String division, String divisionName) {
    static final String NAME = "workstation.json";
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationLabel.class);

    public boolean isTownship() {
        return WorkstationRole.TOWNSHIP.code().equals(role);
    }

    public static Optional<WorkstationLabel> read(Path home) {
        Path file = home.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            WorkstationLabel label = Json.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8),
                    WorkstationLabel.class);
            return label.divisionName() == null || label.divisionName().isBlank() ? Optional.empty()
                    : Optional.of(label);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unreadable {} in a workstation folder: {}", NAME, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Writes the label of a workstation just made (over any label a removed register left behind). */
    public static void write(Path home, WorkstationInfo workstation) {
        WorkstationLabel label = new WorkstationLabel(workstation.role().code(), workstation.division().value(),
                workstation.divisionName());
        try {
            DurableFile.replace(home, NAME, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(label));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write {}: {}", NAME, e.toString());
        }
    }

    /** At sign-in: writes the label of a folder made before labels existed; a failure never stops a sign-in. */
    public static void remember(Path home, WorkstationInfo workstation) {
        if (!Files.exists(home.resolve(NAME))) {
            write(home, workstation);
        }
    }
}
