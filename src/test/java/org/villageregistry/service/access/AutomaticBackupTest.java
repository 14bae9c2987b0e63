package org.villageregistry.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.TestClock;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/** The backup taken each time the desktop closes is kept by the schedule (one a day here) and each is audited. */
class AutomaticBackupTest {
    @TempDir
    Path home;

    @Test
    void twelveExitsOnOneDayLeaveTheNewestBackupOnly() throws Exception {
        H2RegisterStore store = TestStores.quick(new TestClock(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC,
                Duration.ofSeconds(1)));
        new WorkstationService(store).init(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), "admin", "secret-1".toCharArray()).close();
        BackupService backups = new BackupService(store);
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            try (Register r = store.open(home, "admin", "secret-1".toCharArray())) {
                made.add(backups.automatic(r, home));
            }
        }

        try (Stream<Path> kept = Files.list(home.resolve("backups").resolve("auto"))) {
            assertThat(kept.sorted().toList()).containsExactly(made.get(11));
        }
        try (Register r = store.open(home, "admin", "secret-1".toCharArray())) {
            assertThat(r.audit().list(AuditFilter.all().of(AuditAction.BACKUP_MADE), 0, 100)).hasSize(12);
        }
        BackupService.Usage usage = backups.automaticUsage(home);
        assertThat(usage.count()).isOne();
        assertThat(usage.bytes()).isEqualTo(Files.size(made.get(11)));
    }
}
