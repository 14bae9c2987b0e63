package org.villageregistry.ui.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.FakeRegisterStore;

class WorkstationViewModelTest {
    private final Path home = Path.of("build-test", "dongguan");
    private final FakeRegisterStore store = new FakeRegisterStore()
            .withRegisterIn(home, new WorkstationInfo(UUID.randomUUID(), WorkstationRole.TOWNSHIP,
                    DivisionCode.of("410103100"), "东关镇", Instant.parse("2025-03-01T08:00:00Z")))
            .withUser("zhaolei", UserRole.TOWNSHIP_CLERK, "s3cret-pass");

    @Test
    void theSignedInScreenNamesTheWorkstationAndTheUser() {
        Register register = store.open(home, "zhaolei", "s3cret-pass".toCharArray());

        WorkstationViewModel screen = new WorkstationViewModel(register, new SameThreadTaskExecutor(), () -> { });

        assertThat(screen.division()).isEqualTo("东关镇（410103100）");
        assertThat(screen.workstationRole()).isEqualTo("乡镇工作站");
        assertThat(screen.user()).isEqualTo("zhaolei（乡镇专干）");
    }

    @Test
    void lockingClosesTheRegisterAndReturnsToTheLoginWindow() {
        Register register = store.open(home, "zhaolei", "s3cret-pass".toCharArray());
        AtomicInteger loginShown = new AtomicInteger();
        WorkstationViewModel screen = new WorkstationViewModel(register, new SameThreadTaskExecutor(),
                loginShown::incrementAndGet);

        screen.lock();

        assertThat(store.lastRegisterClosed()).isTrue();
        assertThat(loginShown).hasValue(1);
        assertThat(screen.lockingProperty().get()).isFalse();
    }
}
