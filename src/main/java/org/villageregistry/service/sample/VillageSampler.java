package org.villageregistry.service.sample;

/**
 * What the parts that make one village's sample records share: the village's records so far, the seeded chance,
 * the village's names, the ID numbers and the sample's dates.
 */
abstract class VillageSampler {
    final VillageRecords village;
    final SampleRandom random;
    final SampleNames names;
    final SampleIdNumbers ids;
    final SampleCalendar calendar;

    VillageSampler(VillageRecords village, SampleRandom random, SampleNames names, SampleIdNumbers ids,
                   SampleCalendar calendar) {
        this.village = village;
        this.random = random;
        this.names = names;
        this.ids = ids;
        this.calendar = calendar;
    }
}
