package org.villageregistry.storage;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.cli.CliContext;
import org.villageregistry.cli.Vreg;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.WorkstationService;

/**
 * Someone edits the database behind the program's back (plain SQL on the decrypted file, as a user with the
 * password and an H2 console could): {@code vreg audit verify} names the first broken link of each chain.
 */
class TamperedHistoryTest {
    @TempDir
    Path home;

    H2RegisterStore store = TestStores.quick(RegisterFixture.CLOCK);
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void villageWithThreePeopleAndSomeSignIns() {
        Messages.setLocale(Messages.CHINESE);
        try (Register r = new WorkstationService(store).init(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), "admin", "liushu-2026".toCharArray())) {
            PersonService persons = new PersonService(r, RegisterFixture.CLOCK);
            for (int i = 0; i < 3; i++) {
                LocalDate born = LocalDate.of(1980 + i, 3, 1);
                persons.register(Person.builder().name("村民" + "甲乙丙".charAt(i)).sex(Sex.MALE).birthDate(born)
                        .idNumber(IdNumber.compose("410103", born, 11)).ethnicity(Ethnicity.HAN)
                        .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED).build());
            }
        }
        for (int i = 0; i < 3; i++) {
            store.open(home, "admin", "liushu-2026".toCharArray()).close();
        }
    }

    private void behindTheProgramsBack(String sql) {
        try (Register r = store.open(home, "admin", "liushu-2026".toCharArray())) {
            JdbcTransactions tx = (JdbcTransactions) r.transactions();
            tx.write(() -> {
                try (Statement s = tx.connection().createStatement()) {
                    assertThat(s.executeUpdate(sql)).isEqualTo(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
    }

    private int verify() {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("VREG_PASSWORD", "liushu-2026"),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                RegisterFixture.CLOCK, home, question -> Optional.empty());
        return Vreg.run(new String[] {"audit", "verify"}, TestSessions.program(store, context.clock()), context);
    }

    @Test
    void anUntouchedRegisterPassesBothChains() {
        assertThat(verify()).as(err::toString).isZero();
        assertThat(out.toString()).contains("变更链完整").contains("审计日志完整");
    }

    @Test
    void aRewrittenChangeIsFoundAtItsLink() {
        behindTheProgramsBack("UPDATE change_log SET state = REPLACE(state, '村民乙', '村民丁') WHERE change_id = 2");

        assertThat(verify()).isEqualTo(1);
        assertThat(err.toString()).contains("变更链在第 2 条处断开");
        assertThat(out.toString()).contains("审计日志完整");
    }

    @Test
    void aDeletedSignInIsFoundInTheAuditLog() {
        behindTheProgramsBack("DELETE FROM audit_log WHERE seq = 2");

        assertThat(verify()).isEqualTo(1);
        assertThat(err.toString()).contains("审计日志在第 3 条处断开");
        assertThat(out.toString()).contains("变更链完整");
    }

    @Test
    void aForgedSignInUserIsFoundInTheAuditLog() {
        behindTheProgramsBack("UPDATE audit_log SET user_name = 'li' WHERE seq = 3");

        assertThat(verify()).isEqualTo(1);
        assertThat(err.toString()).contains("审计日志在第 3 条处断开");
    }
}
