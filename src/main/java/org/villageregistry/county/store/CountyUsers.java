package org.villageregistry.county.store;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.CharBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.PasswordStrength;
import org.villageregistry.domain.workstation.SignInLockout;

/**
 * The county's users (analysts and administrators): Argon2id password hashes kept in PostgreSQL, with the
 * workstations' lockout after failed passwords.
 */
public final class CountyUsers {
    /** Argon2id with 19 MiB, two passes (OWASP's first choice for password storage). */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** What the county's users may do. */
    public enum Role { ANALYST, ADMINISTRATOR }

    private final CountyStore store;

    public CountyUsers(CountyStore store) {
        this.store = store;
    }

    /** Adds a user; the password (at least 8 characters, letters and digits, as a workstation's) is wiped. */
    public void add(String name, Role role, char[] password, Instant now) {
        if (name == null || name.isBlank()) {
            Arrays.fill(password, '\0');
            throw new RegistryException("county.user.nameMissing");
        }
        String hash = hashOfStrong(password);
        boolean added = store.write(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into county_user (name, role, password_hash,"
                    + " created_at) values (?,?,?,?) on conflict do nothing")) {
                s.setString(1, name.strip());
                s.setString(2, role.name());
                s.setString(3, hash);
                s.setTimestamp(4, Timestamp.from(now));
                return s.executeUpdate() == 1;
            }
        });
        if (!added) {
            throw new RegistryException("county.user.exists", name);
        }
    }

    /** The Argon2id hash of a password strong enough ({@link PasswordStrength}); refused otherwise. Wiped. */
    private static String hashOfStrong(char[] password) {
        try {
            Optional<String> weak = PasswordStrength.refusal(password);
            if (weak.isPresent()) {
                throw new RegistryException("county.user.weakPassword", weak.get());
            }
            return Password.hash(CharBuffer.wrap(password)).addRandomSalt(16).with(ARGON2).getResult();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** One user as an administrator lists them: no hash. */
    public record UserLine(String name, Role role, Instant createdAt, int failures, Optional<Instant> lockedUntil) {
    }

    /** Every user, by name. */
    public List<UserLine> list() {
        return store.read(c -> {
            List<UserLine> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select name, role, created_at, failures, locked_until"
                    + " from county_user order by name"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp locked = r.getTimestamp(5);
                    users.add(new UserLine(r.getString(1), Role.valueOf(r.getString(2)),
                            r.getTimestamp(3).toInstant(), r.getInt(4),
                            Optional.ofNullable(locked).map(Timestamp::toInstant)));
                }
            }
            return users;
        });
    }

    /** The user's role now; empty for a name that is not (or no longer) a user. */
    public Optional<Role> role(String name) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("select role from county_user where name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(Role.valueOf(r.getString(1))) : Optional.<Role>empty();
                }
            }
        });
    }

    /**
     * Gives a user a new password (a forgotten one, or at an administrator's request) and lifts a lock; the
     * password is wiped.
     */
    public void setPassword(String name, char[] password) {
        String hash = hashOfStrong(password);
        boolean changed = store.write(c -> {
            try (PreparedStatement s = c.prepareStatement("update county_user set password_hash = ?, failures = 0,"
                    + " locked_until = null where name = ?")) {
                s.setString(1, hash);
                s.setString(2, name == null ? "" : name.strip());
                return s.executeUpdate() == 1;
            }
        });
        if (!changed) {
            throw new RegistryException("county.user.unknown", String.valueOf(name));
        }
    }

    /**
     * Removes a user (an analyst who left): they can no longer sign in, and a page they have open signs them out
     * at its next request. The last administrator is kept: someone must be able to add users.
     */
    public void remove(String name) {
        String who = name == null ? "" : name.strip();
        store.write(c -> {
            try (PreparedStatement s = c.prepareStatement("select role from county_user where name = ? for update")) {
                s.setString(1, who);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new RegistryException("county.user.unknown", who);
                    }
                    if (Role.valueOf(r.getString(1)) == Role.ADMINISTRATOR) {
                        try (PreparedStatement count = c.prepareStatement("select count(*) from county_user where"
                                + " role = 'ADMINISTRATOR' and name <> ?")) {
                            count.setString(1, who);
                            try (ResultSet n = count.executeQuery()) {
                                n.next();
                                if (n.getInt(1) == 0) {
                                    throw new RegistryException("county.user.lastAdministrator", who);
                                }
                            }
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("delete from county_user where name = ?")) {
                s.setString(1, who);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** What came of a sign-in. */
    public sealed interface SignIn {
        /** The password was right. */
        record SignedIn(String name, Role role) implements SignIn {
        }

        /** Wrong name or password; {@code triesLeft} before the lock (unknown for an unknown name). */
        record Refused(OptionalInt triesLeft) implements SignIn {
        }

        /** Locked out until {@code until} (by this failure, or by earlier ones). */
        record Locked(String name, Instant until, boolean byThisTry) implements SignIn {
        }
    }

    /**
     * Checks the password with the workstations' lockout ({@link SignInLockout}): failures in a row are counted on
     * the user's row (locked while the hash is checked, so tries at once are counted one by one), a locked user is
     * refused without a check, a right password clears the count. The password is wiped.
     */
    public SignIn signIn(String name, char[] password, Instant now) {
        try {
            return store.write(c -> {
                try (PreparedStatement s = c.prepareStatement("select password_hash, role, failures, locked_until"
                        + " from county_user where name = ? for update")) {
                    s.setString(1, name);
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            return new SignIn.Refused(OptionalInt.empty());
                        }
                        Timestamp locked = r.getTimestamp(4);
                        if (locked != null && locked.toInstant().isAfter(now)) {
                            return new SignIn.Locked(name, locked.toInstant(), false);
                        }
                        if (Password.check(CharBuffer.wrap(password), r.getString(1)).with(ARGON2)) {
                            failures(c, name, 0, null);
                            return new SignIn.SignedIn(name, Role.valueOf(r.getString(2)));
                        }
                        int failures = r.getInt(3) + 1;
                        Optional<Instant> until = SignInLockout.lockAfter(failures).map(now::plus);
                        failures(c, name, failures, until.orElse(null));
                        return until.<SignIn>map(u -> new SignIn.Locked(name, u, true))
                                .orElseGet(() -> new SignIn.Refused(OptionalInt.of(SignInLockout.FREE_TRIES - failures)));
                    }
                }
            });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void failures(Connection c, String name, int failures, Instant lockedUntil) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update county_user set failures = ?, locked_until = ? where name = ?")) {
            s.setInt(1, failures);
            s.setTimestamp(2, lockedUntil == null ? null : Timestamp.from(lockedUntil));
            s.setString(3, name);
            s.executeUpdate();
        }
    }

    /** The user's role when the password is right (counted as a sign-in, with its lockout); empty otherwise. */
    public Optional<Role> check(String name, char[] password, Instant now) {
        return signIn(name, password, now) instanceof SignIn.SignedIn in ? Optional.of(in.role()) : Optional.empty();
    }
}
