package org.villageregistry.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;

/** A village workstation of 柳树村 for storage tests, with cheap Argon2 so tests stay quick. */
final class RegisterFixture {
    static final String VILLAGE = "410103100001";
    static final String USER = "李会计";
    static final char[] PASSWORD = "liushu-2026".toCharArray();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:15:00Z"), ZoneOffset.UTC);
    static final KeyFile.Argon2Parameters QUICK = new KeyFile.Argon2Parameters(1024, 1, 1);

    private RegisterFixture() {
    }

    static H2RegisterStore store() {
        return new H2RegisterStore(CLOCK, List.of(H2RegisterStore.MIGRATIONS), QUICK);
    }

    static WorkstationSetup village() {
        return new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of(VILLAGE), "柳树村");
    }

    static Register create(Path home) {
        return store().create(home, village(), USER, PASSWORD.clone());
    }

    static Register open(Path home) {
        return store().open(home, USER, PASSWORD.clone());
    }

    /** The register's database opened directly, past the store, in one transaction: for tests that tamper with it. */
    static Connection rawConnection(Path home) {
        KeyFile.UserKey entry = KeyFile.read(home).orElseThrow().user(USER).orElseThrow();
        DatabaseKey key = DatabaseKey.unwrap(entry, PASSWORD.clone());
        Connection c = new RegisterDatabase(home, key, List.of(H2RegisterStore.MIGRATIONS), CLOCK).connect(true);
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    /** Runs one statement on the register's database past the store, as someone tampering with the file would. */
    static void tamper(Path home, String sql) throws SQLException {
        try (Connection c = rawConnection(home); var ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
            c.commit();
        }
    }

    static Person.Builder person(String name, Sex sex, LocalDate born) {
        return Person.builder().owner(VILLAGE).name(name).sex(sex).birthDate(born).hukouType(HukouType.AGRICULTURAL)
                .maritalStatus(MaritalStatus.UNMARRIED).enteredOn(born);
    }

    static Household household(String number) {
        return new Household(java.util.UUID.randomUUID(), 0, VILLAGE, number, "一组", "一组" + number + "号", null,
                HukouType.AGRICULTURAL, LocalDate.of(2000, 1, 1), null, null);
    }

    /** A valid 18-digit ID number (GB 11643 check digit) for an address, birth date and 3-digit order. */
    static String idNumber(String address, LocalDate born, int order) {
        String body = address + born.toString().replace("-", "") + "%03d".formatted(order);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** The ids a query of the register's own connection answers (its first column), as the register's reads see it. */
    static List<java.util.UUID> ids(Register r, String sql, Object... params) {
        JdbcTransactions tx = (JdbcTransactions) r.transactions();
        return tx.read(() -> {
            List<java.util.UUID> out = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement ps = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, java.util.UUID.class));
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            return out;
        });
    }
}
