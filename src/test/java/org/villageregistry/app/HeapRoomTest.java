package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county-sized register widens the heap's free room; a township's keeps the launcher's. */
class HeapRoomTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private String min;
    private String max;

    @BeforeEach
    void asTheLauncherStartsIt() {
        min = vm.getVMOption(HeapRoom.MIN).getValue();
        max = vm.getVMOption(HeapRoom.MAX).getValue();
        vm.setVMOption(HeapRoom.MIN, "10");
        vm.setVMOption(HeapRoom.MAX, "30");
    }

    @AfterEach
    void asTheTestsRun() {
        vm.setVMOption(HeapRoom.MAX, "100");
        vm.setVMOption(HeapRoom.MIN, min);
        vm.setVMOption(HeapRoom.MAX, max);
    }

    @Test
    void aTownshipOf60000PersonsKeepsTheLaunchersRoom() {
        assertThat(HeapRoom.forRegisterOf(60_000)).isFalse();

        assertThat(vm.getVMOption(HeapRoom.MIN).getValue()).isEqualTo("10");
        assertThat(vm.getVMOption(HeapRoom.MAX).getValue()).isEqualTo("30");
    }

    @Test
    void aRegisterOf300000PersonsKeeps40To70PercentFree() {
        assertThat(HeapRoom.forRegisterOf(300_000)).isTrue();

        assertThat(vm.getVMOption(HeapRoom.MIN).getValue()).isEqualTo("40");
        assertThat(vm.getVMOption(HeapRoom.MAX).getValue()).isEqualTo("70");
        assertThat(HeapRoom.forRegisterOf(300_000)).as("already so").isFalse();
    }
}
