package org.villageregistry.service.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.service.WorkstationLabel;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;

/**
 * Makes the sample township: one township workstation ({@code <out>/township}, 410103100 青山镇 in 示范县) and
 * N village workstations ({@code <out>/village-01}…), each with a realistic register worked out from the seed.
 * Every name, code and ID number in it is fictitious. The township only knows its villages as divisions here;
 * the merged register reaches it through the villages' bundles.
 */
public final class SampleTownshipGenerator {
    /** The sample password of every sample user; sample data only, never for real registers. */
    public static final String SAMPLE_PASSWORD = "sample-password-2026";
    public static final String ADMIN = "admin";
    public static final String CLERK = "clerk";
    private static final Logger LOG = LoggerFactory.getLogger(SampleTownshipGenerator.class);

    private final RegisterStore store;

    public SampleTownshipGenerator(RegisterStore store) {
        this.store = store;
    }

    public SampleTownship generate(SampleSettings settings) {
        Path townshipHome = settings.out().resolve("township");
        List<Path> villageHomes = new ArrayList<>();
        for (int n = 1; n <= settings.villages(); n++) {
            villageHomes.add(villageHome(settings.out(), n));
        }
        refuseExisting(townshipHome, villageHomes);
        List<VillageRecords> plan = SampleTownshipPlan.make(settings);
        List<SampleTownship.Village> made = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            made.add(makeVillage(villageHomes.get(i), plan.get(i)));
        }
        makeTownship(townshipHome, plan);
        return new SampleTownship(SampleTownshipPlan.TOWNSHIP, townshipHome, made);
    }

    /**
     * One village workstation of the sample township in {@code home}, with {@code settings.personsPerVillage()}
     * people; used by the benchmark to build registers of a given size.
     */
    public SampleTownship.Village generateVillage(Path home, SampleSettings settings) {
        if (store.exists(home)) {
            throw new RegistryException("sample.error.exists", home);
        }
        SampleSettings one = new SampleSettings(settings.out(), 1, settings.personsPerVillage(), settings.seed(),
                settings.reference());
        return makeVillage(home, SampleTownshipPlan.make(one).get(0));
    }

    /**
     * A township register as it stands once every village's bundle was imported: the township's divisions and
     * all villages' records (each owned by its village) in one register in {@code home}; no village registers.
     * Used by the report benchmark to time township reports without importing 40 bundles first.
     */
    public Path generateMergedTownship(Path home, SampleSettings settings) {
        if (store.exists(home)) {
            throw new RegistryException("sample.error.exists", home);
        }
        List<VillageRecords> plan = SampleTownshipPlan.make(settings, false);
        makeTownship(home, plan);
        char[] password = SAMPLE_PASSWORD.toCharArray();
        try (Register register = store.open(home, ADMIN, password)) {
            for (VillageRecords village : plan) {
                new RegisterLoader(register).load(village);
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        return home;
    }

    /** Where the n-th village workstation of a sample lives: {@code <out>/village-01}. */
    public static Path villageHome(Path out, int n) {
        return out.resolve(String.format("village-%02d", n));
    }

    private void refuseExisting(Path township, List<Path> villages) {
        List<Path> all = new ArrayList<>(villages);
        all.add(0, township);
        for (Path home : all) {
            if (store.exists(home)) {
                throw new RegistryException("sample.error.exists", home);
            }
        }
    }

    private SampleTownship.Village makeVillage(Path home, VillageRecords village) {
        char[] password = SAMPLE_PASSWORD.toCharArray();
        try (Register register = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                village.division.code(), village.division.name()), ADMIN, password)) {
            store.addUser(register, SampleEvents.REGISTRAR, UserRole.REGISTRAR, password);
            WorkstationLabel.write(home, register.workstation());
            new RegisterLoader(register).load(village);
            LOG.info("sample village {} made with {} records", village.owner(), village.recordCount());
        } finally {
            Arrays.fill(password, '\0');
        }
        return new SampleTownship.Village(village.division, home, village.persons.size(), village.households.size(),
                village.births.size(), village.deaths.size(), village.marriages.size(), village.moves.size(),
                village.recordCount());
    }

    private void makeTownship(Path home, List<VillageRecords> villages) {
        char[] password = SAMPLE_PASSWORD.toCharArray();
        Division township = SampleTownshipPlan.TOWNSHIP;
        try (Register register = store.create(home, new WorkstationSetup(WorkstationRole.TOWNSHIP,
                township.code(), township.name()), ADMIN, password)) {
            store.addUser(register, CLERK, UserRole.TOWNSHIP_CLERK, password);
            WorkstationLabel.write(home, register.workstation());
            villages.forEach(v -> register.saveDivision(v.division));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
