package org.villageregistry.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterKeys;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.repository.SignInStep;
import org.villageregistry.domain.repository.SignInTimes;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.domain.workstation.WorkstationUser;

/**
 * Makes and opens the encrypted register of a workstation folder: {@code register.mv.db} (H2, AES) and
 * {@code keys.json} (the database key wrapped per user with Argon2id + AES-GCM).
 */
public final class H2RegisterStore implements RegisterStore, RegisterKeys {
    static final String MIGRATIONS = "classpath:db/migration";
    /** Folders opened in this program; H2's file lock only stops other programs. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private final Clock clock;
    private final List<String> migrationLocations;
    private final KeyFile.Argon2Parameters argon2;
    private final RegisterCompaction.Criterion compaction;

    public H2RegisterStore() {
        this(Clock.systemUTC());
    }

    public H2RegisterStore(Clock clock) {
        this(clock, List.of(MIGRATIONS), KeyFile.Argon2Parameters.DEFAULT);
    }

    H2RegisterStore(Clock clock, List<String> migrationLocations, KeyFile.Argon2Parameters argon2) {
        this(clock, migrationLocations, argon2, RegisterCompaction.Criterion.DEFAULT);
    }

    H2RegisterStore(Clock clock, List<String> migrationLocations, KeyFile.Argon2Parameters argon2,
                    RegisterCompaction.Criterion compaction) {
        this.clock = clock;
        this.migrationLocations = List.copyOf(migrationLocations);
        this.argon2 = argon2;
        this.compaction = compaction;
    }

    /** The same store whose registers compact when they close by {@code criterion} (for tests). */
    H2RegisterStore compacting(RegisterCompaction.Criterion criterion) {
        return new H2RegisterStore(clock, migrationLocations, argon2, criterion);
    }

    @Override
    public boolean exists(Path home) {
        RegisterBackups.finishInterruptedRestore(home);
        return Files.exists(home.resolve(KeyFile.NAME)) && Files.exists(RegisterDatabase.file(home));
    }

    @Override
    public Register create(Path home, WorkstationSetup setup, String adminUser, char[] password) {
        requireName(adminUser);
        if (Files.exists(home.resolve(KeyFile.NAME)) || Files.exists(RegisterDatabase.file(home))) {
            throw new RegistryException("storage.error.alreadyExists", home.toString());
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw StorageFailure.explain(e, home);
        }
        Path folder = claim(home);
        DatabaseKey key = DatabaseKey.random();
        try {
            RegisterDatabase db = new RegisterDatabase(home, key, migrationLocations, clock);
            Connection c = db.open(false);
            try {
                c.setAutoCommit(false);
                H2Register.initialise(c, new WorkstationInfo(UUID.randomUUID(), setup.role(), setup.division(),
                        setup.divisionName(), clock.instant().truncatedTo(ChronoUnit.SECONDS)));
                new KeyFile(KeyFile.FORMAT, List.of(
                        key.wrapFor(adminUser, UserRole.ADMINISTRATOR.code(), password, argon2))).write(home);
                H2Register register = new H2Register(home, key, c, new SignedInUser(adminUser,
                        UserRole.ADMINISTRATOR), clock, () -> OPEN.remove(folder));
                register.compactWhenClosing(compaction);
                return register;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            OPEN.remove(folder);
            removeHalfMade(home);
            throw StorageFailure.explain(e, home);
        }
    }

    @Override
    public Register open(Path home, String user, char[] password) {
        return open(home, user, password, step -> { });
    }

    @Override
    public Register open(Path home, String user, char[] password, Consumer<SignInStep> steps) {
        long started = System.nanoTime();
        steps.accept(SignInStep.CHECKING_PASSWORD);
        RegisterBackups.finishInterruptedRestore(home);
        KeyFile keys = KeyFile.read(home).orElseThrow(() -> Files.exists(RegisterDatabase.file(home))
                ? new RegistryException("storage.error.notOurs", home.toString())
                : new RegistryException("storage.error.noRegister", home.toString()));
        if (!Files.exists(RegisterDatabase.file(home))) {
            throw new RegistryException("storage.error.noRegister", home.toString());
        }
        KeyFile.UserKey entry;
        DatabaseKey key;
        java.time.Instant now = clock.instant();
        try {
            entry = keys.user(user).orElseThrow(() -> new RegistryException("storage.error.wrongPassword"));
            java.util.Optional<java.time.Instant> locked = SignInLock.lockedUntil(entry, now);
            if (locked.isPresent()) {
                throw new RegistryException("storage.error.locked", user,
                        java.time.Duration.between(now, locked.get()).toSeconds() + 1);
            }
            try {
                key = DatabaseKey.unwrap(entry, password);
            } catch (RegistryException wrong) {
                KeyFile.UserKey failed = SignInLock.failed(entry, now);
                keys.with(failed).write(home);
                if (failed.lockedUntil() != null) {
                    throw new RegistryException("storage.error.nowLocked", user, failed.failures(),
                            java.time.Duration.between(now, java.time.Instant.parse(failed.lockedUntil()))
                                    .toMinutes());
                }
                throw new RegistryException("storage.error.wrongPasswordTries", SignInLock.FREE_TRIES
                        - failed.failures());
            }
        } catch (RegistryException refused) {
            SignInFailures.note(home, user, now);
            throw refused;
        }
        if (entry.failures() > 0) {
            keys.with(SignInLock.cleared(entry)).write(home);
        }
        Path folder = claim(home);
        try {
            RegisterDatabase db = new RegisterDatabase(home, key, migrationLocations, clock);
            double passwordMs = (System.nanoTime() - started) / 1e6;
            steps.accept(SignInStep.OPENING_DATABASE);
            Connection c = db.open(true, () -> steps.accept(SignInStep.MIGRATING));
            long opened = System.nanoTime();
            try {
                // the file is ours now (H2's lock): a copy that a compaction cut short is no one's any more
                RegisterCompaction.removeLeftOver(home);
                H2Register register = new H2Register(home, key, c, new SignedInUser(user, role(entry)), clock,
                        () -> OPEN.remove(folder));
                register.compactWhenClosing(compaction);
                SignInFailures.moveInto(home, register.audit());
                register.audit().append(AuditAction.LOGIN, null, null, null);
                register.timed(new SignInTimes(passwordMs, db.connectMillis(), db.schemaMillis(), db.flywayRan(),
                        (System.nanoTime() - opened) / 1e6));
                return register;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            OPEN.remove(folder);
            throw StorageFailure.explain(e, home);
        }
    }

    @Override
    public void addUser(Register open, String user, UserRole role, char[] password) {
        requireName(user);
        H2Register register = administered(open);
        KeyFile keys = keyFile(register);
        if (keys.user(user).isPresent()) {
            throw new RegistryException("storage.error.userExists", user);
        }
        keys.with(register.key().wrapFor(user, role.code(), password, argon2)).write(register.home());
    }

    @Override
    public List<WorkstationUser> users(Register open) {
        H2Register register = administered(open);
        KeyFile keys = keyFile(register);
        return keys.users().stream().map(u -> new WorkstationUser(u.name(), role(u))).toList();
    }

    @Override
    public void changePassword(Register open, char[] newPassword) {
        H2Register register = ours(open);
        KeyFile keys = keyFile(register);
        KeyFile.UserKey entry = keys.user(register.user().name())
                .orElseThrow(() -> new RegistryException("storage.error.keyFileDamaged"));
        keys.with(register.key().wrapFor(entry.name(), entry.role(), newPassword, argon2)).write(register.home());
    }

    @Override
    public void checkPassword(Register open, char[] password) {
        H2Register register = ours(open);
        String user = register.user().name();
        KeyFile keys = keyFile(register);
        KeyFile.UserKey entry = keys.user(user)
                .orElseThrow(() -> new RegistryException("storage.error.keyFileDamaged"));
        // a wrong current password counts toward the sign-in lock, as at the login window: someone at an unlocked
        // workstation gets no more guesses here than there
        java.time.Instant now = clock.instant();
        java.util.Optional<java.time.Instant> locked = SignInLock.lockedUntil(entry, now);
        if (locked.isPresent()) {
            throw new RegistryException("storage.error.locked", user,
                    java.time.Duration.between(now, locked.get()).toSeconds() + 1);
        }
        try {
            DatabaseKey.unwrap(entry, password);
        } catch (RegistryException wrong) {
            KeyFile.UserKey failed = SignInLock.failed(entry, now);
            keys.with(failed).write(register.home());
            register.transactions().write(() ->
                    register.audit().append(AuditAction.LOGIN_FAILED, null, null, null));
            if (failed.lockedUntil() != null) {
                throw new RegistryException("storage.error.currentPasswordLocked", failed.failures(),
                        java.time.Duration.between(now, java.time.Instant.parse(failed.lockedUntil())).toMinutes());
            }
            throw new RegistryException("storage.error.currentPasswordWrong",
                    SignInLock.FREE_TRIES - failed.failures());
        }
        if (entry.failures() > 0) {
            keys.with(SignInLock.cleared(entry)).write(register.home());
        }
    }

    @Override
    public String newRecoveryKey(Register open) {
        H2Register register = administered(open);
        KeyFile keys = keyFile(register);
        String code = RecoveryCode.generate();
        char[] secret = RecoveryCode.normalise(code);
        try {
            keys.withRecovery(register.key().wrapFor(KeyFile.RECOVERY, "recovery", secret, argon2))
                    .write(register.home());
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
        return code;
    }

    @Override
    public boolean hasRecoveryKey(Path home) {
        return KeyFile.read(home).map(k -> k.recovery() != null).orElse(false);
    }

    @Override
    public void recover(Path home, String recoveryKey, String user, char[] newPassword) {
        requireName(user);
        KeyFile keys = KeyFile.read(home).orElseThrow(() -> new RegistryException("storage.error.noRegister",
                home.toString()));
        DatabaseKey key = unwrapRecovery(keys, recoveryKey);
        String role = keys.user(user).map(KeyFile.UserKey::role).orElse(UserRole.ADMINISTRATOR.code());
        keys.with(key.wrapFor(user, role, newPassword, argon2)).write(home);
    }

    static DatabaseKey unwrapRecovery(KeyFile keys, String recoveryKey) {
        if (keys.recovery() == null) {
            throw new RegistryException("storage.error.noRecoveryKey");
        }
        char[] secret = RecoveryCode.normalise(recoveryKey);
        try {
            return DatabaseKey.unwrap(keys.recovery(), secret);
        } catch (RegistryException wrong) {
            throw new RegistryException("storage.error.wrongRecoveryKey");
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    @Override
    public Path backup(Register open, Path folder) {
        return new RegisterBackups(clock, migrationLocations).backup(ours(open), folder);
    }

    @Override
    public Path restore(Path home, Path backup, String user, char[] secret) {
        Path folder = claim(home);
        try {
            return new RegisterBackups(clock, migrationLocations).restore(home, backup, user, secret);
        } finally {
            OPEN.remove(folder);
        }
    }

    private static H2Register ours(Register open) {
        if (!(open instanceof H2Register register)) {
            throw new IllegalArgumentException("not a register of this store");
        }
        return register;
    }

    /** The register, signed in to by an administrator: only they manage users and the recovery key. */
    private static H2Register administered(Register open) {
        H2Register register = ours(open);
        if (register.user().role() != UserRole.ADMINISTRATOR) {
            throw new RegistryException("storage.error.adminOnly");
        }
        return register;
    }

    private static KeyFile keyFile(H2Register register) {
        return KeyFile.read(register.home()).orElseThrow(() -> new RegistryException("storage.error.keyFileDamaged"));
    }

    static UserRole role(KeyFile.UserKey entry) {
        for (UserRole r : UserRole.values()) {
            if (r.code().equals(entry.role())) {
                return r;
            }
        }
        throw new RegistryException("storage.error.keyFileDamaged");
    }

    private static Path claim(Path home) {
        Path folder = home.toAbsolutePath().normalize();
        if (!OPEN.add(folder)) {
            throw new RegistryException("storage.error.inUse", home.toString());
        }
        return folder;
    }

    private static void requireName(String user) {
        if (user == null || user.isBlank()) {
            throw new RegistryException("storage.error.userName");
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the failure that made us close is the one to report
        }
    }

    private static void removeHalfMade(Path home) {
        for (String name : List.of(KeyFile.NAME, RegisterDatabase.FILE)) {
            try {
                Files.deleteIfExists(home.resolve(name));
            } catch (IOException ignored) {
                // best effort; the original failure is reported
            }
        }
    }
}
