package org.villageregistry.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room the heap keeps free after a collection, by the size of the register opened (decision 0048). The
 * launchers keep it small (at most 30 % free, at least 10 %), so a township workstation's memory stays near what it
 * uses. A county-sized register (from {@link #LARGE} persons) lives near the top of the 512 MB heap with it: opened
 * in the desktop, 300,000 persons made 76 full collections (24 s of pauses) in two minutes of use. For such a
 * register the free room is widened to 40–70 %, as the JVM's own defaults (28 full collections, 9 s), at the price of
 * a larger resident size that such a machine has. Both are manageable options of HotSpot; where the JVM does not
 * offer them (another VM, no {@code jdk.management}), nothing changes.
 */
final class HeapRoom {
    static final long LARGE = 150_000;
    static final String MIN = "MinHeapFreeRatio";
    static final String MAX = "MaxHeapFreeRatio";
    private static final Logger LOG = LoggerFactory.getLogger(HeapRoom.class);

    private HeapRoom() {
    }

    /** Widens the heap's free room when the register holds {@code persons} ≥ {@link #LARGE}; true when it did. */
    static boolean forRegisterOf(long persons) {
        if (persons < LARGE) {
            return false;
        }
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null || Integer.parseInt(vm.getVMOption(MIN).getValue()) >= 40) {
                return false;
            }
            vm.setVMOption(MAX, "70"); // the larger first: the smaller may not exceed it
            vm.setVMOption(MIN, "40");
            LOG.info("A register of {} persons: the heap keeps 40-70 % free after a collection", persons);
            return true;
        } catch (LinkageError | RuntimeException e) {
            LOG.info("The heap's free room stays as the launcher set it: {}", e.toString());
            return false;
        }
    }
}
