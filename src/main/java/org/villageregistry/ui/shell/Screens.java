package org.villageregistry.ui.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.ui.benefits.BenefitsScreen;
import org.villageregistry.ui.events.EventsScreen;
import org.villageregistry.ui.home.HomeScreen;
import org.villageregistry.ui.households.HouseholdsScreen;
import org.villageregistry.ui.ledger.LedgerImportScreen;
import org.villageregistry.ui.people.PeopleScreen;
import org.villageregistry.ui.quality.QualityScreen;
import org.villageregistry.ui.roster.RosterScreen;
import org.villageregistry.ui.services.ServicesScreen;
import org.villageregistry.ui.sync.ConflictsScreen;
import org.villageregistry.ui.sync.TownshipSyncScreen;
import org.villageregistry.ui.sync.VillageSyncScreen;
import org.villageregistry.ui.villages.VillagesScreen;

/**
 * The screens of the navigation, in the order shown, each with the workstation roles it belongs to. To add a
 * screen, add ONE line to {@link #ENTRIES}, e.g. {@code village(PeopleScreen::new)} or
 * {@code both(PeopleScreen::new)}; its constructor takes the {@link ScreenContext}. Settings is not listed here:
 * the shell always adds it last, because it needs the workstation folder and the store.
 */
public final class Screens {
    private static final Set<WorkstationRole> VILLAGE = EnumSet.of(WorkstationRole.VILLAGE);
    private static final Set<WorkstationRole> TOWNSHIP = EnumSet.of(WorkstationRole.TOWNSHIP);
    private static final Set<WorkstationRole> BOTH = EnumSet.allOf(WorkstationRole.class);

    private static final List<Entry> ENTRIES = List.of(
            both(HomeScreen::new),
            village(HouseholdsScreen::new),
            village(PeopleScreen::new),
            village(EventsScreen::new),
            village(RosterScreen::new),
            village(ServicesScreen::new),
            village(BenefitsScreen::new),
            village(LedgerImportScreen::new),
            both(QualityScreen::new),
            township(VillagesScreen::new),
            village(VillageSyncScreen::new),
            township(TownshipSyncScreen::new),
            township(ConflictsScreen::new),
            both(org.villageregistry.ui.reports.ReportsScreen::new));

    private Screens() {
    }

    /** Builds the screens of a workstation role, once per sign-in. */
    public static List<Screen> build(WorkstationRole role, ScreenContext context) {
        return ENTRIES.stream().filter(entry -> entry.roles().contains(role))
                .map(entry -> entry.factory().apply(context))
                .toList();
    }

    private static Entry village(Function<ScreenContext, Screen> factory) {
        return new Entry(VILLAGE, factory);
    }

    private static Entry township(Function<ScreenContext, Screen> factory) {
        return new Entry(TOWNSHIP, factory);
    }

    private static Entry both(Function<ScreenContext, Screen> factory) {
        return new Entry(BOTH, factory);
    }

    private record Entry(Set<WorkstationRole> roles, Function<ScreenContext, Screen> factory) {
    }
}
