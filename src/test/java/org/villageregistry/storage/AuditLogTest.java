package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villageregistry.storage.RegisterFixture.USER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;

class AuditLogTest {
    @TempDir
    Path home;

    @Test
    void revealsAreKeptInOrderWithWhoAndWhichRecordAndTheChainVerifies() {
        UUID wangFang = UUID.randomUUID();
        UUID liQiang = UUID.randomUUID();
        try (Register r = RegisterFixture.create(home)) {
            r.audit().append(AuditAction.ID_REVEAL, EntityType.PERSON, wangFang, null);
            r.audit().append(AuditAction.PHONE_REVEAL, EntityType.PERSON, liQiang, null);
            AuditEntry third = r.audit().append(AuditAction.ID_REVEAL, EntityType.PERSON, liQiang, null);

            assertThat(third.seq()).isEqualTo(3);
            assertThat(third.user()).isEqualTo(USER);
            assertThat(third.workstation()).isEqualTo(r.workstation().workstationId().toString());
            assertThat(third.prev()).isNotNull();
            List<AuditEntry> aboutLi = r.audit().list(AuditFilter.all().about(liQiang), 0, 10);
            assertThat(aboutLi).extracting(AuditEntry::action).containsExactly("ID_REVEAL", "PHONE_REVEAL");
            assertThat(r.audit().list(AuditFilter.all().of(AuditAction.ID_REVEAL), 0, 10))
                    .extracting(AuditEntry::entityId).containsExactly(liQiang, wangFang);
            ChainVerification ok = r.audit().verify();
            assertThat(ok.intact()).isTrue();
            assertThat(ok.checked()).isEqualTo(3);
        }
    }

    @Test
    void timeFiltersCompareMomentsNotText() {
        try (Register r = RegisterFixture.create(home)) {
            r.audit().append(AuditAction.ID_REVEAL, EntityType.PERSON, UUID.randomUUID(), null);
            Instant now = RegisterFixture.CLOCK.instant();
            assertThat(r.audit().list(AuditFilter.all().between(now, now.plusMillis(1)), 0, 10)).hasSize(1);
            assertThat(r.audit().list(AuditFilter.all().between(now.plusMillis(1), now.plusSeconds(60)), 0, 10))
                    .isEmpty();
        }
    }

    @Test
    void anEntryEditedBehindTheProgramsBackIsFound() throws Exception {
        UUID target = UUID.randomUUID();
        try (Register r = RegisterFixture.create(home)) {
            r.audit().append(AuditAction.ID_REVEAL, EntityType.PERSON, UUID.randomUUID(), null);
            r.audit().append(AuditAction.ID_REVEAL, EntityType.PERSON, target, null);
            r.audit().append(AuditAction.PHONE_REVEAL, EntityType.PERSON, target, null);
        }
        try (Connection c = RegisterFixture.rawConnection(home); var ps = c.prepareStatement(
                "UPDATE audit_log SET user_name = '别人' WHERE entity_id = ? AND action = 'ID_REVEAL'")) {
            ps.setObject(1, target);
            assertThat(ps.executeUpdate()).isEqualTo(1);
            c.commit();
        }
        try (Register r = RegisterFixture.open(home)) {
            ChainVerification broken = r.audit().verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBroken()).hasValue(2);
        }
    }

    @Test
    void aDeletedEntryBreaksTheChain() throws Exception {
        try (Register r = RegisterFixture.create(home)) {
            for (int i = 0; i < 3; i++) {
                r.audit().append(AuditAction.ID_REVEAL, EntityType.PERSON, UUID.randomUUID(), null);
            }
        }
        RegisterFixture.tamper(home, "DELETE FROM audit_log WHERE seq = 2");
        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.audit().verify().firstBroken()).hasValue(3);
        }
    }

    @Test
    void signInsAndAFailedSignInAreAudited() {
        RegisterFixture.create(home).close();
        assertThatThrownBy(() -> RegisterFixture.store().open(home, USER, "wrong-password".toCharArray()))
                .isInstanceOf(RegistryException.class);
        assertThat(Files.exists(home.resolve(SignInFailures.NAME))).isTrue();
        try (Register r = RegisterFixture.open(home)) {
            List<AuditEntry> entries = r.audit().list(AuditFilter.all(), 0, 10);
            assertThat(entries).extracting(AuditEntry::action).containsExactly("LOGIN", "LOGIN_FAILED");
            assertThat(entries.get(1).user()).isEqualTo(USER);
            assertThat(r.audit().verify().intact()).isTrue();
        }
        assertThat(Files.exists(home.resolve(SignInFailures.NAME))).isFalse();
    }
}
