package org.villageregistry.app;

import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;

/**
 * Who sees which screen: the navigation follows the workstation's role and the signed-in user's. An auditor sees
 * the audit log and nothing that edits; an administrator sees the audit log beside the register; registrars and
 * clerks do not see it. (Some screens build their controls when constructed: the toolkit is started.)
 */
@ExtendWith(ApplicationExtension.class)
class ScreensByRoleTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-10T07:00:00Z"), ZoneOffset.UTC);
    /** The screens where records are added, changed or voided, or data is imported and exported. */
    static final List<String> EDITING = List.of("screen.households", "screen.people", "screen.events",
            "screen.roster", "screen.services", "screen.benefits", "screen.ledger", "screen.sync",
            "screen.conflicts", "screen.villages", "screen.quality", "screen.home");

    @TempDir
    Path home;
    Register register;

    @BeforeEach
    void villageWorkstation() {
        register = TestStores.quick(CLOCK).create(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), "admin", "liushu-2026".toCharArray());
    }

    @AfterEach
    void close() {
        register.close();
    }

    private List<String> navigation(WorkstationRole workstation, UserRole user) {
        ScreenContext context = new ScreenContext(TestSessions.of(register, CLOCK), new SameThreadTaskExecutor(),
                new NowhereNavigator());
        return Screens.build(workstation, user, context).stream().map(Screen::titleKey).toList();
    }

    @Test
    void anAuditorSeesTheAuditLogAndNothingThatEdits() {
        for (WorkstationRole workstation : WorkstationRole.values()) {
            assertThat(navigation(workstation, UserRole.AUDITOR)).as(workstation.name())
                    .containsExactly("screen.audit")
                    .doesNotContainAnyElementsOf(EDITING)
                    .doesNotContain("screen.reports");
        }
    }

    @Test
    void anAdministratorSeesTheAuditLogBesideTheRegister() {
        assertThat(navigation(WorkstationRole.VILLAGE, UserRole.ADMINISTRATOR))
                .startsWith("screen.home", "screen.households", "screen.people")
                .endsWith("screen.reports", "screen.audit");
        assertThat(navigation(WorkstationRole.TOWNSHIP, UserRole.ADMINISTRATOR))
                .contains("screen.villages", "screen.conflicts", "screen.audit");
    }

    @Test
    void registrarsAndClerksKeepTheirScreensWithoutTheAuditLog() {
        List<String> registrar = navigation(WorkstationRole.VILLAGE, UserRole.REGISTRAR);
        assertThat(registrar).contains("screen.people", "screen.events", "screen.reports")
                .doesNotContain("screen.audit");
        assertThat(registrar).hasSize(navigation(WorkstationRole.VILLAGE, UserRole.ADMINISTRATOR).size() - 1);
        assertThat(navigation(WorkstationRole.TOWNSHIP, UserRole.TOWNSHIP_CLERK))
                .contains("screen.villages", "screen.conflicts", "screen.roster", "screen.reports")
                .doesNotContain("screen.audit", "screen.people", "screen.benefits");
    }
}
