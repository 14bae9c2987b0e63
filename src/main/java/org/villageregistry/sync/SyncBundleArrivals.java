package org.villageregistry.sync;

import java.time.LocalDate;
import java.time.ZoneId;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.sync.bundle.BundleFileName;

/**
 * Which villages' bundles for a period reached this township, from the bundles the sync state recorded as
 * imported. A bundle covers a period when the village wrote it after the period ended (its name carries the time
 * it was written; the import time stands in for a renamed file), so it holds every change the village made in
 * the period. A village this township enrolled or imported from, with no such bundle, is missing; a village it
 * never exchanged bundles with (data kept at the township itself) is unknown.
 */
public final class SyncBundleArrivals implements BundleArrivals {
    private final Register register;
    private final ZoneId zone;

    public SyncBundleArrivals(Register register, ZoneId zone) {
        this.register = register;
        this.zone = zone;
    }

    @Override
    public Arrival arrival(String villageCode, Period period) {
        return register.transactions().read(() -> {
            var bundles = register.sync().intake().importedBundles(villageCode);
            if (bundles.stream().anyMatch(b -> covers(b, period.to()))) {
                return Arrival.RECEIVED;
            }
            boolean exchanges = !bundles.isEmpty()
                    || register.sync().keys().enrolments().stream().anyMatch(e -> e.division().equals(villageCode));
            return exchanges ? Arrival.MISSING : Arrival.UNKNOWN;
        });
    }

    private boolean covers(ImportedBundle bundle, LocalDate lastDay) {
        LocalDate written = BundleFileName.writtenAt(bundle.fileName()).map(t -> t.toLocalDate())
                .orElseGet(() -> bundle.importedAt().atZone(zone).toLocalDate());
        return written.isAfter(lastDay);
    }
}
