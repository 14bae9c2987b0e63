package org.villageregistry.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationInfo;

/**
 * The recovery-key sheet printed at set-up: the workstation, the code in large type and its QR code, and what to do
 * with it. Meant to be written to a USB stick or straight to the printer, not kept on the laptop.
 */
public final class RecoverySheet {
    private RecoverySheet() {
    }

    /** Writes the sheet as a one-page PDF (atomically: a half-written sheet never lies under its name). */
    public static Path write(Path file, WorkstationInfo info, String recoveryKey, LocalDate on) {
        return ReportFonts.made(faces -> write(file, info, recoveryKey, on, faces));
    }

    private static Path write(Path file, WorkstationInfo info, String recoveryKey, LocalDate on,
            ReportFonts.Faces faces) {
        Path part = file.resolveSibling("." + file.getFileName() + ".part");
        try (PDDocument doc = new PDDocument()) {
            try (PdfPages pages = new PdfPages(doc, false, faces)) {
                pages.text(Messages.get("report.recovery.title"), pages.left(), pages.y() - 18, pages.fonts.bold,
                        18f);
                pages.down(34);
                for (String line : List.of(
                        Messages.get("firstrun.sheet.division", info.divisionName(), info.division().value()),
                        Messages.get("firstrun.sheet.id", info.workstationId().toString()),
                        Messages.get("firstrun.sheet.date", on.toString()))) {
                    pages.text(line, pages.left(), pages.y() - 12, pages.fonts.regular, 11f);
                    pages.down(18);
                }
                pages.down(10);
                pages.text(recoveryKey, pages.left(), pages.y() - 20, pages.fonts.bold, 20f);
                pages.down(36);
                new QrDrawer(pages).draw(new ReportDocument.QrCode(Optional.of(recoveryKey),
                        List.of(Messages.get("report.recovery.use"), Messages.get("report.recovery.keep"))));
                for (String line : pages.wrap(Messages.get("cli.init.recoveryWarning"), pages.fonts.regular, 10f,
                        pages.width())) {
                    pages.text(line, pages.left(), pages.y() - 12, pages.fonts.regular, 10f);
                    pages.down(15);
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            doc.save(part.toFile());
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new RegistryException(e, "report.recovery.failed", file.toString(), e.getMessage());
        }
    }
}
