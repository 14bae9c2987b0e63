package org.villageregistry.report;

import java.util.List;

/** Persons in the register on a day by five-year age group (0–4 … 85+) and sex. */
public record AgePyramid(List<String> groups, List<Long> male, List<Long> female) {
    public AgePyramid {
        groups = List.copyOf(groups);
        male = List.copyOf(male);
        female = List.copyOf(female);
    }

    public long total() {
        return male.stream().mapToLong(Long::longValue).sum() + female.stream().mapToLong(Long::longValue).sum();
    }
}
