package org.villageregistry.ui.firstrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationInfo;

/**
 * The set-up sheet printed after a new workstation is made: division, role, workstation id, date and the
 * administrator's name, with the warning that the register cannot be opened without a password. It holds no
 * secret. Saved as plain UTF-8 text in the workstation folder (the report module's PDF is not on main yet).
 */
public final class SetupSheet {
    public static final String FILE = "setup-sheet.txt";

    private SetupSheet() {
    }

    public static List<String> lines(WorkstationInfo info, String administrator, LocalDate on) {
        return List.of(
                Messages.get("firstrun.sheet.title"),
                "",
                Messages.get("firstrun.sheet.division", info.divisionName(), info.division().value()),
                Messages.get("firstrun.sheet.role", info.role().label()),
                Messages.get("firstrun.sheet.id", info.workstationId().toString()),
                Messages.get("firstrun.sheet.date", on.toString()),
                Messages.get("firstrun.sheet.admin", administrator),
                "",
                Messages.get("firstrun.warning"),
                Messages.get("firstrun.sheet.keep"));
    }

    /** Writes the sheet into the workstation folder and returns its path. */
    public static Path save(Path home, WorkstationInfo info, String administrator, LocalDate on) {
        Path file = home.resolve(FILE);
        try {
            Files.write(file, lines(info, administrator, on), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
