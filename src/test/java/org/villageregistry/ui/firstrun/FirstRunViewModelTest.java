package org.villageregistry.ui.firstrun;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.firstrun.FirstRunViewModel.Step;

class FirstRunViewModelTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 20).atTime(9, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path home;
    final List<Register> entered = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();
    FirstRunViewModel wizard;

    @AfterEach
    void close() {
        entered.forEach(Register::close);
    }

    private FirstRunViewModel wizard() {
        wizard = new FirstRunViewModel(home, TestSessions.program(new H2RegisterStore(CLOCK), CLOCK), new SameThreadTaskExecutor(), CLOCK,
                s -> entered.add(s.register()), () -> cancelled.add("login"));
        return wizard;
    }

    @Test
    void aTownshipCodeForAVillageWorkstationIsRefusedWithTheLengthToUse() {
        wizard();
        wizard.divisionCodeProperty().set("410103100");
        wizard.divisionNameProperty().set("柳树村");

        assertThat(wizard.next()).isFalse();
        assertThat(wizard.errorProperty().get()).contains("12");
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.IDENTITY);

        wizard.roleProperty().set(WorkstationRole.TOWNSHIP);
        assertThat(wizard.next()).isTrue();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.ADMINISTRATOR);
    }

    @Test
    void aCodeWithLettersAndAMissingNameAreRefused() {
        wizard();
        wizard.divisionCodeProperty().set("41010310000A");
        wizard.divisionNameProperty().set("柳树村");
        assertThat(wizard.identityProblem()).isPresent();

        wizard.divisionCodeProperty().set("410103100001");
        wizard.divisionNameProperty().set("  ");
        assertThat(wizard.identityProblem()).isPresent();

        wizard.divisionNameProperty().set("柳树村");
        assertThat(wizard.identityProblem()).isEmpty();
    }

    @Test
    void aWeakOrMistypedPasswordOrNoAcknowledgementIsRefused() {
        onAdministratorPage();

        assertThat(wizard.administratorProblem("abc123".toCharArray(), "abc123".toCharArray())).get()
                .asString().contains("8");
        assertThat(wizard.administratorProblem("abcdefgh".toCharArray(), "abcdefgh".toCharArray())).get()
                .asString().contains("字母和数字");
        assertThat(wizard.administratorProblem("liushu2026".toCharArray(), "liushu2025".toCharArray())).get()
                .asString().contains("不一致");
        assertThat(wizard.administratorProblem("liushu2026".toCharArray(), "liushu2026".toCharArray())).get()
                .asString().contains("我已了解");
        wizard.understoodProperty().set(true);
        assertThat(wizard.administratorProblem("liushu2026".toCharArray(), "liushu2026".toCharArray())).isEmpty();
    }

    @Test
    void makingTheWorkstationSavesTheSetUpSheetAndEntersAsAdministrator() throws Exception {
        onAdministratorPage();
        wizard.understoodProperty().set(true);
        char[] password = "liushu2026".toCharArray();

        assertThat(wizard.create(password, "liushu2026".toCharArray())).isTrue();

        assertThat(password).containsOnly('\0');
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.DONE);
        Path sheet = Path.of(wizard.sheetProperty().get());
        assertThat(Files.readString(sheet)).contains("柳树村（410103100001）").contains("管理员用户名：王会计")
                .contains("2026-11-20").contains("无法恢复").doesNotContain("liushu2026");
        assertThat(wizard.summary()).contains("工作站编号");

        wizard.enter();
        assertThat(entered).hasSize(1);
        assertThat(entered.get(0).user().name()).isEqualTo("王会计");
        assertThat(entered.get(0).user().role()).isEqualTo(UserRole.ADMINISTRATOR);
        assertThat(new H2RegisterStore(CLOCK).exists(home)).isTrue();
    }

    @Test
    void theLastPageShowsTheRecoveryKeyOnceAndItIsNotSavedOnTheLaptop() throws Exception {
        onAdministratorPage();
        wizard.understoodProperty().set(true);
        assertThat(wizard.create("liushu2026".toCharArray(), "liushu2026".toCharArray())).isTrue();

        String code = wizard.recoveryKeyProperty().get();
        assertThat(code).matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
        assertThat(wizard.summary()).contains(code).contains("谁也读不出来");
        try (var files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(f.toString()).doesNotContain(code).doesNotContain(code.replace("-", ""));
            }
        }
        wizard.enter();
        entered.get(0).close();
        H2RegisterStore store = new H2RegisterStore(CLOCK);
        store.recover(home, code, "王会计", "xinmima-2027".toCharArray());
        store.open(home, "王会计", "xinmima-2027".toCharArray()).close();
    }

    @Test
    void escapeGoesBackAPageThenToTheLoginWindow() {
        onAdministratorPage();

        wizard.cancel();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.IDENTITY);
        assertThat(wizard.divisionNameProperty().get()).isEqualTo("柳树村");
        wizard.cancel();
        assertThat(cancelled).containsExactly("login");
    }

    private void onAdministratorPage() {
        wizard();
        wizard.divisionCodeProperty().set("410103100001");
        wizard.divisionNameProperty().set("柳树村");
        wizard.administratorProperty().set("王会计");
        assertThat(wizard.next()).isTrue();
    }

    @Test
    void theNewWorkstationHasItsSigningAndEncryptionKeysFromSetUpAsWithVregInit() {
        onAdministratorPage();
        wizard.understoodProperty().set(true);

        assertThat(wizard.create("liushu2026".toCharArray(), "liushu2026".toCharArray())).isTrue();
        wizard.enter();

        Register made = entered.get(0);
        assertThat(made.sync().keys().workstationKeys()).as("keys made at set-up, before any sync use").isPresent();
        var fingerprints = org.villageregistry.sync.SyncModule.services(made, CLOCK).identity().fingerprints();
        assertThat(fingerprints.signing()).isNotEqualTo(fingerprints.encryption()).hasSize(43);
    }
}
