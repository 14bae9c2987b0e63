package org.villageregistry.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.AuditService;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.ledger.LedgerExportService;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;
import org.villageregistry.sync.SyncModule;

/** The services themselves refuse what a role may not do, whichever screen or command calls them. */
class RolesInTheServicesTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 20).atTime(10, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path home;

    H2RegisterStore store = TestStores.quick(CLOCK);
    Register register;

    @BeforeEach
    void villageWithOneUserPerRole() {
        Messages.setLocale(Messages.CHINESE);
        try (Register admin = new WorkstationService(store).init(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), "admin", "secret-1".toCharArray())) {
            AccountService accounts = new AccountService(store);
            accounts.addUser(admin, "li", UserRole.REGISTRAR, "dengji-2026".toCharArray());
            accounts.addUser(admin, "wang", UserRole.TOWNSHIP_CLERK, "zhuangan-2026".toCharArray());
            accounts.addUser(admin, "zhao", UserRole.AUDITOR, "shenji-2026".toCharArray());
        }
    }

    @AfterEach
    void close() {
        if (register != null) {
            register.close();
        }
    }

    private Register as(String user, String password) {
        register = store.open(home, user, password.toCharArray());
        return register;
    }

    private static Person zhangWei() {
        LocalDate born = LocalDate.of(1985, 6, 1);
        return Person.builder().name("张伟").sex(Sex.MALE).birthDate(born)
                .idNumber(IdNumber.compose("410103", born, 13)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED).build();
    }

    @Test
    void theAuditorReadsTheAuditLogButRecordsExportsAndRevealsNothing() {
        Register r = as("zhao", "shenji-2026");

        assertThatThrownBy(() -> new PersonService(r, CLOCK).register(zhangWei()))
                .isInstanceOf(RegistryException.class).hasMessageContaining("审计员")
                .hasMessageContaining("不能登记或修改台账");
        assertThatThrownBy(() -> new LedgerExportService(r, null).export(home.resolve("台账.xlsx")))
                .hasMessageContaining("不能导出本村的变更");
        assertThatThrownBy(() -> SyncModule.services(r, CLOCK).export().export(home.resolve("out"), false,
                null)).hasMessageContaining("审计员");
        assertThat(new AuditService(r).entries(AuditFilter.all(), 0, 100)).isNotEmpty();
        assertThat(r.persons().count()).isZero();
    }

    @Test
    void theRegistrarRecordsPeopleButManagesNoUsersKeysOrBackups() {
        Register r = as("li", "dengji-2026");

        assertThat(new PersonService(r, CLOCK).register(zhangWei()).name()).isEqualTo("张伟");
        assertThatThrownBy(() -> new AccountService(store).addUser(r, "sun", UserRole.ADMINISTRATOR,
                "sunsun-2026".toCharArray())).hasMessageContaining("登记员").hasMessageContaining("不能管理用户");
        assertThatThrownBy(() -> new BackupService(store).backup(r, home.resolve("usb")))
                .hasMessageContaining("不能备份和恢复");
        assertThatThrownBy(() -> new AuditService(r).entries(AuditFilter.all(), 0, 10))
                .hasMessageContaining("不能查看和导出审计日志");
        assertThatThrownBy(() -> SyncModule.services(r, CLOCK).enrolment().export(home.resolve("keys")))
                .hasMessageContaining("不能管理工作站之间的密钥");
    }

    @Test
    void theTownshipClerkMovesDataButDoesNotEditTheRegister() {
        Register r = as("wang", "zhuangan-2026");

        assertThatThrownBy(() -> new PersonService(r, CLOCK).register(zhangWei()))
                .hasMessageContaining("乡镇专干").hasMessageContaining("可以：导入数据包");
        assertThatThrownBy(() -> new AccountService(store).users(r)).hasMessageContaining("不能管理用户");
        assertThat(Permissions.allows(UserRole.TOWNSHIP_CLERK, Permission.TOWNSHIP_SYNC)).isTrue();
        assertThat(r.persons().count()).isZero();
    }

    @Test
    void theAdministratorMayDoEverythingAndEveryRoleMayChangeItsOwnPassword() {
        for (UserRole role : UserRole.values()) {
            assertThat(Permissions.allows(UserRole.ADMINISTRATOR, Permission.values()[role.ordinal()])).isTrue();
        }
        assertThat(Permissions.of(UserRole.ADMINISTRATOR)).containsExactlyInAnyOrder(Permission.values());
        Register r = as("zhao", "shenji-2026");
        new AccountService(store).changePassword(r, "shenji-2027".toCharArray());
        r.close();
        assertThat(List.of(as("zhao", "shenji-2027").user().role())).containsExactly(UserRole.AUDITOR);
    }
}
