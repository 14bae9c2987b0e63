package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.text.RegistryException;

/**
 * {@code vreg reconcile import FILE.csv}: a hospital or police list of births loaded at the township, so each
 * village's receipt can name the births it has not recorded. Columns (UTF-8, header line first):
 * {@code village,source,childName,sex,bornOn,motherName,motherIdNumber}. A bad line refuses the whole file.
 */
public final class ReconcileService {
    private static final String HEADER = "village,source,childName,sex,bornOn,motherName,motherIdNumber";
    private final SyncIdentity identity;

    public ReconcileService(SyncIdentity identity) {
        this.identity = identity;
    }

    public int importCsv(Path file) {
        Permissions.require(identity.register(), Permission.TOWNSHIP_SYNC);
        String name = file.getFileName().toString();
        List<KnownBirth> births = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
                throw new RegistryException("sync.service.csvHeader", name, HEADER);
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    births.add(parse(line, name, number));
                }
            }
        } catch (IOException e) {
            throw new RegistryException(e, "sync.readFailed", name);
        }
        identity.register().transactions().write(() -> births.forEach(identity.register().sync().feedback()::addKnownBirth));
        return births.size();
    }

    private KnownBirth parse(String line, String name, int number) {
        String[] f = line.split(",", -1);
        try {
            if (f.length != 7 || f[4].isBlank() || f[5].isBlank()) {
                throw new IllegalArgumentException("columns");
            }
            DivisionCode village = DivisionCode.of(f[0]);
            if (!identity.register().workstation().division().contains(village)) {
                throw new IllegalArgumentException("village");
            }
            return new KnownBirth(0, village.value(), f[1].strip(), f[2].strip(), f[3].strip(),
                    LocalDate.parse(f[4].strip()), f[5].strip(), f[6].strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | DateTimeParseException | RegistryException e) {
            throw new RegistryException(e, "sync.service.csvLine", name, number);
        }
    }
}
