package org.villageregistry.ui.settings;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.domain.workstation.WorkstationUser;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;

class SettingsViewModelTest {
    @TempDir
    Path home;
    final H2RegisterStore store = new H2RegisterStore();
    final List<DesktopSettings> applied = new ArrayList<>();
    Register register;
    SettingsViewModel settings;

    @BeforeEach
    void open() {
        register = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"),
                "柳树村"), "admin", "liushu2026".toCharArray());
        settings = new SettingsViewModel(TestSessions.of(store, register, Clock.systemDefaultZone(), home), home, DesktopSettings.load(home),
                new SameThreadTaskExecutor(), applied::add);
    }

    @AfterEach
    void close() {
        if (register != null) {
            register.close();
        }
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void theNameOnDocumentsIsSavedWithTheSettingsAndABadOneIsRefusedWithWhatWasTyped() {
        settings.displayNameProperty().set("王1");
        assertThat(settings.saveSettings()).isFalse();
        assertThat(settings.settingsErrorProperty().get()).as("shown as an error").contains("“王1”");
        assertThat(settings.settingsMessageProperty().get()).isEmpty();
        assertThat(register.profiles().displayName("admin")).isEmpty();
        assertThat(settings.displayNameProperty().get()).as("what was typed stays").isEqualTo("王1");

        settings.displayNameProperty().set(" 王秀英 ");
        assertThat(settings.saveSettings()).isTrue();
        assertThat(register.profiles().displayName("admin")).hasValue("王秀英");
        assertThat(settings.settingsErrorProperty().get()).isEmpty();
        assertThat(settings.settingsMessageProperty().get())
                .isEqualTo("已保存设置：语言 中文；10 分钟无操作后锁定；报表打印用姓名“王秀英”");
    }

    @Test
    void theSignedInUserChangesTheirPasswordOnlyWithTheCurrentOneAndTheNewOneTwice() {
        assertThat(settings.changePassword("wrong-2026".toCharArray(), "xinmima-2027".toCharArray(),
                "xinmima-2027".toCharArray())).isTrue();
        assertThat(settings.passwordErrorProperty().get()).startsWith("现在的密码不对，密码没有改；请重新输入。再错 4 次");
        char[] current = "liushu2026".toCharArray();
        assertThat(settings.changePassword(current, "xinmima-2027".toCharArray(), "xinmima-2028".toCharArray()))
                .isFalse();
        assertThat(settings.passwordErrorProperty().get()).isEqualTo(Messages.get("rule.password.mismatch"));
        assertThat(current).containsOnly('\0');

        assertThat(settings.changePassword("liushu2026".toCharArray(), "xinmima-2027".toCharArray(),
                "xinmima-2027".toCharArray())).isTrue();

        assertThat(settings.passwordErrorProperty().get()).isEmpty();
        assertThat(settings.passwordMessageProperty().get()).contains("密码已修改");
        register.close();
        assertThatThrownBy(() -> store.open(home, "admin", "liushu2026".toCharArray()))
                .hasMessageContaining("密码不对");
        register = store.open(home, "admin", "xinmima-2027".toCharArray());
    }

    @Test
    void wrongCurrentPasswordsCountTowardTheSignInLockAsAtTheLoginWindow() {
        for (int i = 1; i <= 4; i++) {
            settings.changePassword(("guess-" + i + "-2026").toCharArray(), "xinmima-2027".toCharArray(),
                    "xinmima-2027".toCharArray());
            assertThat(settings.passwordErrorProperty().get()).contains("再错 " + (5 - i) + " 次");
        }
        settings.changePassword("guess-5-2026".toCharArray(), "xinmima-2027".toCharArray(),
                "xinmima-2027".toCharArray());
        assertThat(settings.passwordErrorProperty().get()).contains("已连续 5 次输错密码，账户锁定 1 分钟");

        settings.changePassword("liushu2026".toCharArray(), "xinmima-2027".toCharArray(), "xinmima-2027".toCharArray());
        assertThat(settings.passwordErrorProperty().get()).contains("已被锁定");
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.LOGIN_FAILED), 0, 10)).hasSize(5);
        register.close();
        assertThatThrownBy(() -> store.open(home, "admin", "liushu2026".toCharArray()))
                .as("the lock holds at the login window too").hasMessageContaining("已被锁定");
        register = null;
    }

    @Test
    void theAdministratorAddsARegistrarWhoThenAppearsInTheList() {
        settings.loadUsers();
        assertThat(settings.users()).containsExactly(new WorkstationUser("admin", UserRole.ADMINISTRATOR));

        assertThat(settings.roles()).as("a village's roles").containsExactly(UserRole.ADMINISTRATOR,
                UserRole.REGISTRAR, UserRole.AUDITOR);
        assertThat(settings.newUserRoleProperty().get()).isEqualTo(UserRole.REGISTRAR);
        settings.newUserNameProperty().set("王秀英");
        char[] password = "xiuying88".toCharArray();
        assertThat(settings.addUser(password, "xiuying88".toCharArray())).isTrue();

        assertThat(password).containsOnly('\0');
        assertThat(settings.users()).contains(new WorkstationUser("王秀英", UserRole.REGISTRAR));
        assertThat(settings.userMessageProperty().get()).contains("王秀英");
        register.close();
        register = store.open(home, "王秀英", "xiuying88".toCharArray());
        assertThat(register.user().role()).isEqualTo(UserRole.REGISTRAR);
    }

    @Test
    void aWeakPasswordOrATakenNameAddsNobody() {
        settings.loadUsers();
        settings.newUserNameProperty().set("王秀英");
        assertThat(settings.addUser("short1".toCharArray(), "short1".toCharArray())).isFalse();
        assertThat(settings.userErrorProperty().get()).contains("8");

        settings.newUserNameProperty().set("admin");
        assertThat(settings.addUser("xiuying88".toCharArray(), "xiuying88".toCharArray())).isFalse();
        assertThat(settings.userErrorProperty().get()).contains("admin");
        assertThat(store.users(register)).hasSize(1);
    }

    @Test
    void languageAndIdleLockAreSavedBesideTheRegisterAndHandedToTheWindow() {
        settings.languageProperty().set(Messages.ENGLISH);
        settings.idleLockMinutesProperty().set(5);

        assertThat(settings.saveSettings()).isTrue();

        assertThat(applied).containsExactly(new DesktopSettings(Messages.ENGLISH, 5));
        assertThat(DesktopSettings.load(home)).isEqualTo(new DesktopSettings(Messages.ENGLISH, 5));
        assertThat(settings.settingsMessageProperty().get()).isEqualTo("Settings saved: language English; locks"
                + " after 5 minutes without input; documents print the login \"admin\" (no name on documents given)");
    }

    @Test
    void savingTheSettingsKeepsTheFolderTheDialogsRememberedSinceTheScreenOpened(@TempDir Path usb) throws Exception {
        Path before = Files.createDirectories(usb.resolve("before"));
        Path since = Files.createDirectories(usb.resolve("since"));
        new LastFolder(home).remember(before);
        SettingsViewModel opened = new SettingsViewModel(TestSessions.of(store, register, Clock.systemDefaultZone(),
                home), home, DesktopSettings.load(home), new SameThreadTaskExecutor(), applied::add);
        new LastFolder(home).remember(since.resolve("410103100001_000003.vrb.json"));

        opened.idleLockMinutesProperty().set(20);
        assertThat(opened.saveSettings()).isTrue();

        assertThat(new LastFolder(home).get()).contains(since.toAbsolutePath());
        assertThat(DesktopSettings.load(home).idleLockMinutes()).isEqualTo(20);
    }

    @Test
    void anIdleLockOfZeroMinutesIsRefused() {
        settings.idleLockMinutesProperty().set(0);

        assertThat(settings.saveSettings()).isFalse();

        assertThat(applied).isEmpty();
        assertThat(settings.settingsErrorProperty().get()).contains("1").contains("240");
        assertThat(settings.settingsMessageProperty().get()).isEmpty();
        assertThat(DesktopSettings.load(home)).isEqualTo(DesktopSettings.defaults());
    }

    @Test
    void theWorkstationFactsNameDivisionIdAndFolder() {
        assertThat(settings.facts()).extracting(SettingsViewModel.Fact::value)
                .contains("柳树村（410103100001）", register.workstation().workstationId().toString(), home.toString());
    }

    @Test
    void theAdministratorBacksUpOntoAStickAndIsToldTheFile(@TempDir Path stick) throws Exception {
        assertThat(settings.mayBackUp()).isTrue();

        assertThat(settings.backUp(stick)).isTrue();

        Path written;
        try (var files = Files.list(stick)) {
            written = files.collect(onlyOne());
        }
        assertThat(written.getFileName().toString()).endsWith(".vrbak");
        assertThat(Files.size(written)).isPositive();
        assertThat(settings.backupMessageProperty().get()).contains(written.getFileName().toString())
                .contains(stick.toString());
        assertThat(settings.backupErrorProperty().get()).isEmpty();
        assertThat(settings.backingUpProperty().get()).isFalse();
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.BACKUP_MADE), 0, 10)).hasSize(1);
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAClearMessageAndNoBackup(@TempDir Path stick) throws Exception {
        Path notAFolder = Files.writeString(stick.resolve("readme.txt"), "not a folder");

        settings.backUp(notAFolder.resolve("backups"));

        assertThat(settings.backupErrorProperty().get())
                .startsWith("备份没有写到 " + notAFolder.resolve("backups") + "：")
                .contains("文件夹 " + notAFolder.resolve("backups") + " 不存在（U 盘可能已拔出，或文件夹已被删除）")
                .contains("台账没有改动");
        assertThat(settings.backupMessageProperty().get()).isEmpty();
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.BACKUP_MADE), 0, 10)).isEmpty();
        assertThat(settings.backUp(stick)).isTrue();
        assertThat(settings.backupErrorProperty().get()).isEmpty();
    }

    @Test
    void aRegistrarIsNotOfferedTheBackupAndTheServiceRefusesIt(@TempDir Path stick) throws Exception {
        new AccountService(store).addUser(register, "王秀英", UserRole.REGISTRAR, "xiuying88".toCharArray());
        register.close();
        register = store.open(home, "王秀英", "xiuying88".toCharArray());
        SettingsViewModel registrars = new SettingsViewModel(TestSessions.of(store, register, Clock.systemDefaultZone(), home), home, DesktopSettings.load(home),
                new SameThreadTaskExecutor(), applied::add);

        assertThat(registrars.mayBackUp()).isFalse();
        registrars.backUp(stick);

        assertThat(registrars.backupErrorProperty().get()).contains("登记员").contains("备份和恢复");
        try (var files = Files.list(stick)) {
            assertThat(files).isEmpty();
        }
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}
