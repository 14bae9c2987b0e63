package org.villageregistry.ui;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.SignInStep;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.domain.workstation.WorkstationUser;

/**
 * A register store in memory for UI tests: knows which folders hold a register and which user has which
 * password, and remembers every sign-in attempt so tests can see what the UI asked for.
 */
public final class FakeRegisterStore implements RegisterStore {
    public static final String WRONG_PASSWORD_KEY = "storage.error.wrongPassword";

    private final Set<Path> registers = new HashSet<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, UserRole> roles = new HashMap<>();
    private final List<char[]> passwordsReceived = new ArrayList<>();
    private final List<AtomicBoolean> closed = new ArrayList<>();
    private boolean migrates;
    private WorkstationInfo workstation = new WorkstationInfo(UUID.randomUUID(), WorkstationRole.VILLAGE,
            DivisionCode.of("410103100001"), "柳树村", Instant.parse("2025-01-01T00:00:00Z"));

    public FakeRegisterStore withRegisterIn(Path home, WorkstationInfo info) {
        registers.add(home.toAbsolutePath().normalize());
        workstation = info;
        return this;
    }

    public FakeRegisterStore withRegisterIn(Path home) {
        registers.add(home.toAbsolutePath().normalize());
        return this;
    }

    /** The register was made by an older program: opening it migrates it first. */
    public FakeRegisterStore needingMigration() {
        migrates = true;
        return this;
    }

    public FakeRegisterStore withUser(String name, UserRole role, String password) {
        passwords.put(name, password);
        roles.put(name, role);
        return this;
    }

    /** The very arrays the UI handed over, so a test can check they were wiped afterwards. */
    public List<char[]> passwordsReceived() {
        return passwordsReceived;
    }

    public int attempts() {
        return passwordsReceived.size();
    }

    public boolean lastRegisterClosed() {
        return closed.get(closed.size() - 1).get();
    }

    @Override
    public boolean exists(Path home) {
        return registers.contains(home.toAbsolutePath().normalize());
    }

    @Override
    public Register create(Path home, WorkstationSetup setup, String adminUser, char[] password) {
        throw new UnsupportedOperationException("the login window never creates a register");
    }

    @Override
    public Register open(Path home, String user, char[] password) {
        passwordsReceived.add(password);
        String expected = passwords.get(user);
        if (!exists(home) || expected == null || !Arrays.equals(expected.toCharArray(), password)) {
            throw new RegistryException(WRONG_PASSWORD_KEY);
        }
        return register(new SignedInUser(user, roles.get(user)));
    }

    @Override
    public Register open(Path home, String user, char[] password, Consumer<SignInStep> steps) {
        steps.accept(SignInStep.CHECKING_PASSWORD);
        Register register = open(home, user, password);
        steps.accept(SignInStep.OPENING_DATABASE);
        if (migrates) {
            steps.accept(SignInStep.MIGRATING);
        }
        return register;
    }

    @Override
    public void addUser(Register open, String user, UserRole role, char[] password) {
        throw new UnsupportedOperationException("the login window never adds users");
    }

    @Override
    public List<WorkstationUser> users(Register open) {
        return roles.entrySet().stream().map(e -> new WorkstationUser(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(WorkstationUser::name)).toList();
    }

    private Register register(SignedInUser user) {
        AtomicBoolean isClosed = new AtomicBoolean();
        closed.add(isClosed);
        WorkstationInfo info = workstation;
        return (Register) Proxy.newProxyInstance(Register.class.getClassLoader(), new Class<?>[] {Register.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "workstation" -> info;
                    case "user" -> user;
                    case "close" -> {
                        isClosed.set(true);
                        yield null;
                    }
                    case "toString" -> "register of " + info.divisionName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
