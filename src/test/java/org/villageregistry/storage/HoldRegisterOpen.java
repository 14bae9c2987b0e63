package org.villageregistry.storage;

import java.nio.file.Path;
import org.villageregistry.domain.repository.Register;

/** Another program that opens a register and holds it until its input closes (for the file-lock test). */
public final class HoldRegisterOpen {
    private HoldRegisterOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Register r = RegisterFixture.open(Path.of(args[0]))) {
            System.out.print("open\n");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the register open until the test closes our input
            }
        }
    }
}
