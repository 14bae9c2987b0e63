package org.villageregistry.service.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import org.villageregistry.domain.text.RegistryException;

/**
 * What to make: where, how many villages of how many people, from which seed, around which reference day.
 * The reference day is fixed (not today) so the same seed gives the same township on any day.
 */
public record SampleSettings(Path out, int villages, int personsPerVillage, long seed, LocalDate reference) {
    public static final int DEFAULT_VILLAGES = 3;
    public static final int DEFAULT_PERSONS = 800;
    public static final long DEFAULT_SEED = 20261122L;
    public static final LocalDate DEFAULT_REFERENCE = LocalDate.of(2026, 11, 1);
    /** Village numbers are three digits after the township's code. */
    public static final int MAX_VILLAGES = 999;

    public SampleSettings {
        if (villages < 1 || villages > MAX_VILLAGES) {
            throw new RegistryException("sample.error.villages", villages, MAX_VILLAGES);
        }
        if (personsPerVillage < 20 || personsPerVillage > 2_000_000) {
            throw new RegistryException("sample.error.persons", personsPerVillage);
        }
    }

    public static SampleSettings defaults(Path out) {
        return new SampleSettings(out, DEFAULT_VILLAGES, DEFAULT_PERSONS, DEFAULT_SEED, DEFAULT_REFERENCE);
    }
}
