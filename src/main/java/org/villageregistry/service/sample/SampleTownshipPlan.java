package org.villageregistry.service.sample;

import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionCode;

/**
 * Works out the whole sample township in memory, without a database: each village's households and people
 * on the set-up day, then the transfers between villages, then each village's window of events, services
 * and benefits. Everything comes from one seed, in a fixed order, so the same settings give the same records.
 */
final class SampleTownshipPlan {
    static final Division TOWNSHIP = new Division(DivisionCode.of("410103100"), "青山镇");
    static final String COUNTY_NAME = "示范县";

    private SampleTownshipPlan() {
    }

    static List<VillageRecords> make(SampleSettings settings) {
        return make(settings, true);
    }

    /**
     * Without transfers no person belongs to two villages' records, so all villages can be loaded into one
     * register (the report benchmark's merged township); with them, a moved person is saved by both villages.
     */
    static List<VillageRecords> make(SampleSettings settings, boolean transfers) {
        SampleRandom root = new SampleRandom(settings.seed());
        SampleCalendar calendar = new SampleCalendar(settings.reference());
        SampleIdNumbers ids = new SampleIdNumbers(root.fork());
        List<VillageRecords> villages = new ArrayList<>();
        List<SampleNames> names = new ArrayList<>();
        for (int n = 1; n <= settings.villages(); n++) {
            VillageRecords village = new VillageRecords(village(n));
            SampleRandom random = root.fork();
            SampleNames villageNames = new SampleNames(random);
            new VillagePopulation(village, random, villageNames, ids, calendar).populate(settings.personsPerVillage());
            villages.add(village);
            names.add(villageNames);
        }
        SampleRandom transferRandom = root.fork();
        if (transfers) {
            new TownshipTransfers(transferRandom, calendar).between(villages);
        }
        for (int i = 0; i < villages.size(); i++) {
            VillageRecords village = villages.get(i);
            SampleRandom random = root.fork();
            VillageMoves moves = new VillageMoves(village, random, names.get(i), ids, calendar);
            VillageVitalEvents vital = new VillageVitalEvents(village, random, names.get(i), ids, calendar);
            moves.marriages();
            vital.births();
            moves.moves();
            vital.deaths();
            new VillageHealthServices(village, random, calendar).services();
            new VillageBenefits(village, random, calendar).benefits();
        }
        for (VillageRecords village : villages) {
            new VillageBirthRegistrations(village, root.fork(), calendar).registrations();
        }
        return villages;
    }

    /** The n-th village (1-based) of the sample township, e.g. 410103100001 柳树村. */
    static Division village(int n) {
        return new Division(DivisionCode.of(TOWNSHIP.code().value() + String.format("%03d", n)),
                SampleNames.villageName(n));
    }
}
