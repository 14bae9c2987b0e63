package org.villageregistry.service;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.nio.file.Path;
import java.util.Arrays;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.PasswordStrength;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;

/** Sets up a workstation folder once and opens it afterwards. */
public final class WorkstationService {
    private final RegisterStore store;

    public WorkstationService(RegisterStore store) {
        this.store = store;
    }

    /**
     * Makes a new workstation: a village workstation needs a 12-digit village code, a township one a 9-digit
     * township code. The first user is its administrator. The password array is wiped afterwards.
     */
    public Register init(Path home, WorkstationSetup setup, String adminUser, char[] password) {
        try {
            DivisionLevel expected = setup.role() == WorkstationRole.VILLAGE
                    ? DivisionLevel.VILLAGE : DivisionLevel.TOWNSHIP;
            if (setup.division().level() != expected) {
                throw new RegistryException("service.workstation.levelMismatch", setup.role().label(),
                        setup.division().value(), expected == DivisionLevel.VILLAGE ? 12 : 9);
            }
            if (setup.divisionName() == null || setup.divisionName().isBlank()) {
                throw new RegistryException("service.workstation.nameMissing");
            }
            requireUser(adminUser);
            requirePassword(password);
            Register register = store.create(home, setup, adminUser.strip(), password);
            boolean named = register.divisions().stream().anyMatch(d -> d.code().equals(setup.division()));
            if (!named) {
                register.transactions().write(() ->
                        register.saveDivision(new Division(setup.division(), setup.divisionName().strip())));
            }
            WorkstationLabel.write(home, register.workstation());
            return register;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Opens an existing workstation as a user; the password array is wiped afterwards. */
    public Register open(Path home, String user, char[] password) {
        try {
            requireUser(user);
            return store.open(home, user.strip(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Names a village of this township, so statistics can show it per village. */
    public void nameVillage(Register register, Division village) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (village.code().level() != DivisionLevel.VILLAGE
                || !register.workstation().division().contains(village.code())) {
            throw new RegistryException("service.workstation.villageOutside", village.code().value(),
                    register.workstation().division().value());
        }
        register.transactions().write(() -> register.saveDivision(village));
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new RegistryException("service.workstation.userMissing");
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new RegistryException("service.workstation.passwordMissing");
        }
        PasswordStrength.refusal(password).ifPresent(why -> {
            throw new RegistryException("access.password.weak", why);
        });
    }
}
