package org.villageregistry.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The goals table of `vreg bench`: every goal listed, judged only when measured at its own size. */
class GoalSheetTest {
    @Test
    void everyGoalIsListedWithItsLimitAndWhatWasMeasured() {
        GoalSheet goals = new GoalSheet();
        goals.measured(Goal.SIZE_VILLAGE, 3.2, "2,078 persons");
        goals.measured(Goal.IMPORT_RATIO, 0.9, "9,000 ms ÷ floor 10,000 ms");
        goals.measuredSmaller(Goal.SEARCH_COUNTY, 25, "at 2,078 persons");
        goals.measured(Goal.IMPORT_CPU, 4_000, "40 × 1,500 persons");

        String table = goals.markdown();

        for (Goal goal : Goal.values()) {
            assertThat(table).contains(goal.title());
        }
        assertThat(table).contains("load average");
        assertThat(goals.verdict(Goal.SIZE_VILLAGE)).isEqualTo("PASS");
        assertThat(goals.verdict(Goal.IMPORT_RATIO)).isEqualTo("MISS");
        assertThat(goals.verdict(Goal.SEARCH_COUNTY)).as("measured at a smaller scale").isEqualTo("—");
        assertThat(goals.verdict(Goal.IMPORT_CPU)).as("no limit of its own").isEqualTo("—");
        assertThat(goals.verdict(Goal.SIGN_IN_TOWNSHIP)).isEqualTo("not measured");
        assertThat(table).contains("| ≤ 4.00 MB | 3.20 MB | PASS | 2,078 persons |")
                .contains("| ≤ 0.50 × | 0.90 × | MISS |");
    }

    @Test
    void aFigureAtTheGoalsSizeReplacesOneAtASmallerScaleButNotTheOtherWayRound() {
        GoalSheet goals = new GoalSheet();
        goals.measuredSmaller(Goal.SIGN_IN_TOWNSHIP, 900, "60,000 from the generator");
        goals.measured(Goal.SIGN_IN_TOWNSHIP, 1_900, "40 × 1,500");
        goals.measuredSmaller(Goal.SIGN_IN_TOWNSHIP, 100, "later, smaller");

        assertThat(goals.figure(Goal.SIGN_IN_TOWNSHIP).orElseThrow().note()).isEqualTo("40 × 1,500");
        assertThat(goals.verdict(Goal.SIGN_IN_TOWNSHIP)).isEqualTo("PASS");
    }

    @Test
    void aYearOfDailyBackupsKeepsAtMostThreeTimesTheRegister() {
        long register = 40_000_000;

        assertThat(BackupBench.timesRegister(register)).isLessThanOrEqualTo(3.0).isGreaterThanOrEqualTo(1.0);
        assertThat(BackupBench.note(register)).contains("backups kept");
    }
}
