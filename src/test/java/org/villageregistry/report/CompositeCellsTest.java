package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.villageregistry.report.ReportTable.Column;

/** The page's combined figures ("3 / 2", "2 / ¥400.00") apart for a spreadsheet, only where they split whole. */
class CompositeCellsTest {
    @Test
    void aRowOfCombinedFiguresBecomesOneRowPerPart() {
        ReportTable t = ReportTable.of("主要指标", List.of(Column.text("指标", 3), Column.number("本月", 2),
                Column.number("本年度累计", 2)), List.of(
                List.of("期初人口", "312", "310"),
                List.of("出生（男 / 女）", "3 / 2", "10 / 9"),
                List.of("一孩 / 二孩 / 三孩及以上", "2 / 2 / 1", "8 / 9 / 2"),
                List.of("育儿补贴（人数 / 发放金额）", "2 / ¥7,200.00", "—"),
                List.of("妇女健康检查（已查/应查）", "— (0/0)", "50.0% (1/2)*"),
                List.of("说明（甲 / 乙）", "见附表", "1 / 2")));

        ReportTable split = CompositeCells.split(t);

        assertThat(split.rows()).containsExactly(
                List.of("期初人口", "312", "310"),
                List.of("出生（男）", "3", "10"), List.of("出生（女）", "2", "9"),
                List.of("一孩", "2", "8"), List.of("二孩", "2", "9"), List.of("三孩及以上", "1", "2"),
                List.of("育儿补贴（人数）", "2", "—"), List.of("育儿补贴（发放金额）", "¥7,200.00", "—"),
                List.of("妇女健康检查（已查/应查）", "— (0/0)", "50.0% (1/2)*"),
                List.of("说明（甲 / 乙）", "见附表", "1 / 2"));
    }

    @Test
    void aColumnOfCombinedFiguresBecomesOneColumnPerPartWithItsTotal() {
        ReportTable t = new ReportTable("各村", List.of(Column.text("村", 2), Column.number("出生（男 / 女）", 2),
                Column.number("期末人口", 1)), List.of(List.of("柳树村", "3 / 2", "312"), List.of("杨庄村", "1 / 0", "98")),
                Optional.of(List.of("合计", "4 / 2", "410")), Optional.empty());

        ReportTable split = CompositeCells.split(t);

        assertThat(split.headerTexts()).containsExactly("村", "出生（男）", "出生（女）", "期末人口");
        assertThat(split.rows()).containsExactly(List.of("柳树村", "3", "2", "312"), List.of("杨庄村", "1", "0", "98"));
        assertThat(split.totalRow()).contains(List.of("合计", "4", "2", "410"));
    }

    @Test
    void aDifferenceWithItsPlusSignIsANumber() {
        Column difference = Column.number("差额", 1);
        assertThat(TypedCell.of(difference, "+1").isNumber()).isTrue();
        assertThat(TypedCell.of(difference, "+1").number()).isEqualByComparingTo("1");
        assertThat(TypedCell.of(difference, "-1").number()).isEqualByComparingTo("-1");
        assertThat(TypedCell.of(difference, "+").isNumber()).isFalse();
    }

    @Test
    void aColumnWithOneCellThatDoesNotSplitStaysAsPrinted() {
        ReportTable t = ReportTable.of("各村", List.of(Column.text("村", 2), Column.number("出生（男 / 女）", 2)),
                List.of(List.of("柳树村", "3 / 2"), List.of("杨庄村", "未报")));
        assertThat(CompositeCells.split(t)).isSameAs(t);
    }
}
