package org.villageregistry.service.sample;

import java.nio.file.Path;
import java.util.List;
import org.villageregistry.domain.division.Division;

/** What {@code vreg sample} made: the township workstation and each village workstation with its counts. */
public record SampleTownship(Division township, Path townshipHome, List<Village> villages) {
    public SampleTownship {
        villages = List.copyOf(villages);
    }

    public long persons() {
        return villages.stream().mapToLong(Village::persons).sum();
    }

    /** One village workstation: where it is and what its register holds. */
    public record Village(Division division, Path home, int persons, int households, int births, int deaths,
                          int marriages, int moves, int records) {
    }
}
