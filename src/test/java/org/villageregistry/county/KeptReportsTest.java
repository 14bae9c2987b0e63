package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.domain.indicator.Period;

/** The served county gives a report again only while no bundle and no enrolment changed its data. */
class KeptReportsTest extends CountyIntakeFixture {
    @Test
    void aReportIsGivenAgainUntilABundleChangesTheCountysData() {
        townshipHoldsABundle("王秀英", "李娜");
        uploadAll();
        CountyStatistics.Kept reports = new CountyStatistics.Kept(home, new CountyStore(database));
        Period year = Period.parse("2026");
        CountyStatistics.Report first = reports.report(year);
        assertThat(reports.report(year)).as("nothing arrived: the same report").isSameAs(first);

        townshipHoldsABundle("刘洋");
        uploadAll();
        CountyStatistics.Report later = reports.report(year);
        assertThat(later).isNotSameAs(first);
        assertThat(later.total().populationEnd()).isEqualTo(first.total().populationEnd() + 1);
        assertThat(later).isEqualTo(CountyStatistics.compute(home, new CountyStore(database), year));
    }
}
