package org.villageregistry.county.store;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.CharBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.villageregistry.domain.text.RegistryException;

/** The county's users (analysts and administrators): Argon2id password hashes, kept in PostgreSQL. */
public final class CountyUsers {
    /** Argon2id with 19 MiB, two passes (OWASP's first choice for password storage). */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** What the county's users may do. */
    public enum Role { ANALYST, ADMINISTRATOR }

    private final CountyStore store;

    public CountyUsers(CountyStore store) {
        this.store = store;
    }

    /** Adds a user; the password is wiped. */
    public void add(String name, Role role, char[] password, Instant now) {
        if (name == null || name.isBlank()) {
            throw new RegistryException("county.user.nameMissing");
        }
        String hash;
        try {
            hash = Password.hash(CharBuffer.wrap(password)).addRandomSalt(16).with(ARGON2).getResult();
        } finally {
            Arrays.fill(password, '\0');
        }
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

    /** The user's role when the password is right; empty otherwise. The password is wiped. */
    public Optional<Role> check(String name, char[] password) {
        try {
            Optional<String[]> row = store.read(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "select password_hash, role from county_user where name = ?")) {
                    s.setString(1, name);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? Optional.of(new String[] {r.getString(1), r.getString(2)})
                                : Optional.empty();
                    }
                }
            });
            if (row.isEmpty()) {
                return Optional.empty();
            }
            boolean ok = Password.check(CharBuffer.wrap(password), row.get()[0]).with(ARGON2);
            return ok ? Optional.of(Role.valueOf(row.get()[1])) : Optional.empty();
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
