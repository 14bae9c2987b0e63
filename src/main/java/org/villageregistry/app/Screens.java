package org.villageregistry.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import org.villageregistry.ui.audit.AuditScreen;
import org.villageregistry.ui.benefits.BenefitsScreen;
import org.villageregistry.ui.events.EventsScreen;
import org.villageregistry.ui.home.HomeScreen;
import org.villageregistry.ui.households.HouseholdsScreen;
import org.villageregistry.ui.ledger.LedgerImportScreen;
import org.villageregistry.ui.people.PeopleScreen;
import org.villageregistry.ui.quality.QualityScreen;
import org.villageregistry.ui.reports.ReportsScreen;
import org.villageregistry.ui.roster.RosterScreen;
import org.villageregistry.ui.services.ServicesScreen;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;
import org.villageregistry.ui.sync.ConflictsScreen;
import org.villageregistry.ui.sync.TownshipSyncScreen;
import org.villageregistry.ui.sync.VillageSyncScreen;
import org.villageregistry.ui.verification.VerificationScreen;
import org.villageregistry.ui.villages.VillagesScreen;

/**
 * The screens of the navigation, in the order shown, each with the workstation roles it belongs to and the
 * permissions of which the signed-in user needs one to see it. To add a screen, add ONE line to {@link #ENTRIES},
 * e.g. {@code village(PeopleScreen::new)} or {@code both(PeopleScreen::new)}; its constructor takes the
 * {@link ScreenContext}. A screen is for the users who work on the register (registrars, clerks, administrators)
 * unless the line says otherwise with {@code .forUsersWho(...)}: an auditor, who only reads the audit log, sees
 * the Audit screen and nothing that edits. Settings is not listed here: the shell always adds it last, because it
 * needs the workstation folder and the store. The list lives beside the composition root, above the screens: the
 * shell ({@code ui.shell}) is the frame and knows no screen by name.
 */
final class Screens {
    private static final Set<WorkstationRole> VILLAGE = EnumSet.of(WorkstationRole.VILLAGE);
    private static final Set<WorkstationRole> TOWNSHIP = EnumSet.of(WorkstationRole.TOWNSHIP);
    private static final Set<WorkstationRole> BOTH = EnumSet.allOf(WorkstationRole.class);
    /** Who works on the register: keeps it, or moves its data between village, township and county. */
    private static final Set<Permission> WORKS_ON_REGISTER =
            EnumSet.of(Permission.EDIT_REGISTER, Permission.EXPORT_REGISTER, Permission.TOWNSHIP_SYNC);

    private static final List<Entry> ENTRIES = List.of(
            both(HomeScreen::new),
            township(VillagesScreen::new),
            village(HouseholdsScreen::new),
            village(PeopleScreen::new),
            village(EventsScreen::new),
            both(RosterScreen::new),
            village(ServicesScreen::new),
            village(BenefitsScreen::new),
            village(LedgerImportScreen::new),
            both(QualityScreen::new),
            village(VillageSyncScreen::new),
            township(TownshipSyncScreen::new),
            township(ConflictsScreen::new),
            township(VerificationScreen::new),
            both(ReportsScreen::new).forUsersWho(Permission.PRINT_REPORTS),
            both(AuditScreen::new).forUsersWho(Permission.READ_AUDIT));

    private Screens() {
    }

    /** Builds the screens of a workstation role that the signed-in user's role may use, once per sign-in. */
    static List<Screen> build(WorkstationRole role, UserRole user, ScreenContext context) {
        return ENTRIES.stream().filter(entry -> entry.shownTo(role, user))
                .map(entry -> entry.factory().apply(context))
                .toList();
    }

    private static Entry village(Function<ScreenContext, Screen> factory) {
        return new Entry(VILLAGE, WORKS_ON_REGISTER, factory);
    }

    private static Entry township(Function<ScreenContext, Screen> factory) {
        return new Entry(TOWNSHIP, WORKS_ON_REGISTER, factory);
    }

    private static Entry both(Function<ScreenContext, Screen> factory) {
        return new Entry(BOTH, WORKS_ON_REGISTER, factory);
    }

    private record Entry(Set<WorkstationRole> roles, Set<Permission> anyOf, Function<ScreenContext, Screen> factory) {
        /** The same screen for the users who have at least one of these permissions. */
        Entry forUsersWho(Permission first, Permission... more) {
            return new Entry(roles, EnumSet.of(first, more), factory);
        }

        boolean shownTo(WorkstationRole workstation, UserRole user) {
            return roles.contains(workstation) && anyOf.stream().anyMatch(p -> Permissions.allows(user, p));
        }
    }
}
