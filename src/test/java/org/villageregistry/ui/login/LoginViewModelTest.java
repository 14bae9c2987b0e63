package org.villageregistry.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.SignInStep;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.FakeRegisterStore;

class LoginViewModelTest {
    private final Path liushu = Path.of("build-test", "liushu").toAbsolutePath();
    private final FakeRegisterStore store = new FakeRegisterStore()
            .withRegisterIn(liushu)
            .withUser("wangxy", UserRole.REGISTRAR, "correct horse 7");
    private final List<Register> opened = new ArrayList<>();

    private LoginViewModel loginAt(Path home) {
        return new LoginViewModel(home, List.of(), store, new SameThreadTaskExecutor(), opened::add);
    }

    @Test
    void theRightPasswordOpensTheRegisterForThatUser() {
        LoginViewModel login = loginAt(liushu);
        login.userNameProperty().set("wangxy");

        login.signIn("correct horse 7".toCharArray());

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).user().name()).isEqualTo("wangxy");
        assertThat(login.errorProperty().get()).isEmpty();
        assertThat(login.busyProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordIsExplainedInChineseAndTheUserNameStays() {
        LoginViewModel login = loginAt(liushu);
        login.userNameProperty().set("wangxy");

        login.signIn("correct horse 8".toCharArray());

        assertThat(opened).isEmpty();
        assertThat(login.errorProperty().get())
                .isEqualTo(new RegistryException(FakeRegisterStore.WRONG_PASSWORD_KEY).getMessage(Messages.CHINESE))
                .contains("密码不对");
        assertThat(login.userNameProperty().get()).isEqualTo("wangxy");
    }

    @Test
    void anEmptyUserNameIsRefusedBeforeThePasswordIsEvenTried() {
        LoginViewModel login = loginAt(liushu);
        login.userNameProperty().set("   ");

        login.signIn("correct horse 7".toCharArray());

        assertThat(store.attempts()).isZero();
        assertThat(login.errorProperty().get()).isEqualTo("请输入用户名");
        assertThat(login.fieldToType()).as("the cursor goes to the field the message names")
                .isEqualTo(LoginViewModel.Field.USER_NAME);
    }

    @Test
    void anEmptyPasswordIsRefusedBeforeTheStoreIsAsked() {
        LoginViewModel login = loginAt(liushu);
        login.userNameProperty().set("wangxy");

        login.signIn(new char[0]);

        assertThat(store.attempts()).isZero();
        assertThat(login.errorProperty().get()).isEqualTo("请输入密码");
        assertThat(login.fieldToType()).isEqualTo(LoginViewModel.Field.PASSWORD);
    }

    @Test
    void thePasswordIsWipedFromMemoryAfterAWrongAttempt() {
        LoginViewModel login = loginAt(liushu);
        login.userNameProperty().set("wangxy");
        char[] typed = "correct horse 8".toCharArray();

        login.signIn(typed);

        assertThat(store.passwordsReceived()).containsExactly(typed);
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void thePasswordIsWipedFromMemoryAfterSigningIn() {
        LoginViewModel login = loginAt(liushu);
        login.userNameProperty().set("wangxy");
        char[] typed = "correct horse 7".toCharArray();

        login.signIn(typed);

        assertThat(opened).hasSize(1);
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void thePasswordIsWipedEvenWhenTheUserNameWasMissing() {
        LoginViewModel login = loginAt(liushu);
        char[] typed = "correct horse 7".toCharArray();

        login.signIn(typed);

        assertThat(typed).containsOnly('\0');
    }

    @Test
    void whileThePasswordIsCheckedTheWindowShowsProgressAndRefusesASecondAttempt() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        LoginViewModel login = new LoginViewModel(liushu, List.of(), store, executor, opened::add);
        login.userNameProperty().set("wangxy");

        login.signIn("correct horse 7".toCharArray());
        assertThat(login.busyProperty().get()).isTrue();
        assertThat(login.progressMessageProperty().get()).contains("密码");
        login.signIn("correct horse 7".toCharArray());
        assertThat(login.errorProperty().get()).isEqualTo("正在打开台账，请稍候");

        executor.runPending();
        assertThat(login.busyProperty().get()).isFalse();
        assertThat(login.progressMessageProperty().get()).isEmpty();
        assertThat(opened).hasSize(1);
    }

    @Test
    void whileTheRegisterOpensTheWindowNamesEachStepInTurn() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        LoginViewModel login = new LoginViewModel(liushu, List.of(), store, executor, opened::add);
        List<String> shown = new ArrayList<>();
        login.progressMessageProperty().addListener((observable, before, now) -> shown.add(now));
        login.userNameProperty().set("wangxy");

        login.signIn("correct horse 7".toCharArray());
        assertThat(login.signInSteps()).containsExactly(SignInStep.CHECKING_PASSWORD);
        executor.runPending();

        assertThat(shown).containsExactly("正在核对密码……", "正在打开加密的台账……", "正在载入首页……", "");
        assertThat(login.signInSteps()).isEmpty();
        assertThat(opened).hasSize(1);
    }

    @Test
    void aRegisterOfAnOlderProgramShowsItsMigrationAsAStepOfItsOwn() {
        store.needingMigration();
        LoginViewModel login = loginAt(liushu);
        List<List<SignInStep>> seen = new ArrayList<>();
        login.signInSteps().addListener((javafx.collections.ListChangeListener<SignInStep>) change ->
                seen.add(List.copyOf(change.getList())));
        login.userNameProperty().set("wangxy");

        login.signIn("correct horse 7".toCharArray());

        assertThat(seen).contains(List.of(SignInStep.CHECKING_PASSWORD, SignInStep.OPENING_DATABASE,
                SignInStep.MIGRATING, SignInStep.LOADING_HOME));
        assertThat(opened).hasSize(1);
    }

    @Test
    void aRefusedPasswordEndsTheStepsAtTheFirst() {
        LoginViewModel login = loginAt(liushu);
        List<String> shown = new ArrayList<>();
        login.progressMessageProperty().addListener((observable, before, now) -> shown.add(now));
        login.userNameProperty().set("wangxy");

        login.signIn("wrong".toCharArray());

        assertThat(shown).containsExactly("正在核对密码……", "");
        assertThat(login.errorProperty().get()).contains("密码不对");
    }

    @Test
    void aFolderWithoutRegisterSaysSoAndOffersOnlyTheSampleFoldersThatHoldOne() {
        Path empty = Path.of("build-test", "empty").toAbsolutePath();
        Path township = Path.of("sample-data", "township").toAbsolutePath();
        Path notARegister = Path.of("sample-data", "README-pictures").toAbsolutePath();
        store.withRegisterIn(township);

        LoginViewModel login = new LoginViewModel(empty, List.of(township, notARegister), store,
                new SameThreadTaskExecutor(), opened::add);

        assertThat(login.registerFoundProperty().get()).isFalse();
        assertThat(login.missingRegisterMessageProperty().get()).contains(empty.toString()).contains("还没有台账");
        assertThat(login.howToCreateRegister()).contains("命令行").contains("示例乡镇");
        assertThat(login.createCommand()).startsWith("vreg init --home \"" + empty + "\" --role village");
        assertThat(login.sampleWorkstations()).containsExactly(township);
        assertThat(new LoginViewModel(empty, List.of(), store, new SameThreadTaskExecutor(), opened::add)
                .howToCreateRegister()).as("installed: no sample to offer").contains("命令行").doesNotContain("示例");

        login.userNameProperty().set("wangxy");
        login.signIn("correct horse 7".toCharArray());
        assertThat(store.attempts()).isZero();
        assertThat(login.errorProperty().get()).contains("还没有台账");
    }

    @Test
    void choosingTheSampleTownshipSwitchesTheFolderAndLetsTheUserSignIn() {
        Path empty = Path.of("build-test", "empty").toAbsolutePath();
        Path township = Path.of("sample-data", "township").toAbsolutePath();
        store.withRegisterIn(township);
        LoginViewModel login = new LoginViewModel(empty, List.of(township), store,
                new SameThreadTaskExecutor(), opened::add);

        login.useWorkstationFolder(township);
        login.userNameProperty().set("wangxy");
        login.signIn("correct horse 7".toCharArray());

        assertThat(login.homeProperty().get()).isEqualTo(township);
        assertThat(login.registerFoundProperty().get()).isTrue();
        assertThat(login.missingRegisterMessageProperty().get()).isEmpty();
        assertThat(opened).hasSize(1);
    }

    @Test
    void escapeForgetsTheUserNameAndTheMessage() {
        LoginViewModel login = loginAt(liushu);
        login.userNameProperty().set("wangxy");
        login.signIn("wrong".toCharArray());

        login.clear();

        assertThat(login.userNameProperty().get()).isEmpty();
        assertThat(login.errorProperty().get()).isEmpty();
    }
}
