package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.service.Json;

/**
 * {@code vreg stats} at 柳树村 with November's one girl and no boy: the text and the JSON both carry service coverage,
 * benefits per programme, under-reporting and data quality; every rate with its counts and the small-numbers mark.
 */
class StatsMonitoringCommandTest extends VillageAtTheTerminal {
    private void novemberWithOneGirl() {
        initVillage();
        ok("household", "add", "--name", "王建国", "--sex", "男", "--birth", "1990-03-01",
                "--id", IdNumber.compose("410103", LocalDate.of(1990, 3, 1), 11), "--hukou", "农业", "--marital", "初婚",
                "--first-marriage", "2018-05-01", "--household-hukou", "农业", "--created", "2026-01-01",
                "--member", "配偶,李秀英,女,1992-07-15," + IdNumber.compose("410103", LocalDate.of(1992, 7, 15), 22)
                        + ",初婚");
        ok("birth", "record", "--mother", "李秀英", "--father", "王建国", "--born", "2026-11-05T07:00",
                "--child", "王小红,女,3100");
    }

    @Test
    void theTextShowsEveryIndicatorAndTheSexRatioOfOneGirlAsADashWithTheNote() {
        novemberWithOneGirl();

        ok("stats", "--period", "2026-11");

        String text = out.toString();
        assertThat(text).contains("出生性别比").contains("— (0/1)*（出生数少于 50，仅供参考）")
                .doesNotContain("0.0 (0/1)");
        assertThat(text).contains("30 天内登记的出生 %").contains("100.0% (1/1)*");
        assertThat(text).contains("妇女健康检查 %（已查/应查）", "孕期至少随访一次 %", "产后 7 天内访视 %",
                "流出已婚育龄妇女健康检查 %", "— (0/0)");
        assertThat(text).contains("育儿补贴（人数 / 发放金额）", "农村部分计划生育家庭奖励扶助（人数 / 发放金额）", "0 / ¥0.00");
        assertThat(text).contains("出生漏报率 %", "个人信息完整率 %", "100.0% (3/3)*", "身份证号错误", "疑似重复",
                "未处理的冲突", "未经乡镇回执确认的记录");
        assertThat(text).contains("出生数少于 50 例的出生性别比、分母少于 20 的比率").contains("无从计算");
    }

    @Test
    void theJsonCarriesTheCountsOfEveryNewFigure() throws Exception {
        novemberWithOneGirl();

        ok("stats", "--period", "2026-11", "--format", "json");

        JsonNode total = Json.mapper().readTree(out.toString()).get("total");
        assertThat(total.path("sexRatioAtBirth").path("ratio").isNull()).isTrue();
        assertThat(total.path("sexRatioAtBirth").path("smallNumbers").asBoolean()).isTrue();
        JsonNode services = total.path("serviceCoverage");
        for (String figure : new String[] {"healthChecks", "followUps", "postnatalVisits", "awayHealthChecks",
                "awayFollowUps", "awayPostnatalVisits"}) {
            assertThat(services.path(figure).has("part")).as(figure).isTrue();
            assertThat(services.path(figure).has("whole")).as(figure).isTrue();
        }
        assertThat(services.path("postnatalVisits").path("whole").asLong()).as("李秀英's delivery").isEqualTo(1);
        assertThat(services.path("postnatalVisits").path("part").asLong()).isZero();
        assertThat(services.path("postnatalVisits").path("smallNumbers").asBoolean()).as("1 delivery").isTrue();
        assertThat(services.path("healthChecks").path("smallNumbers").asBoolean()).as("none due: no rate").isFalse();
        assertThat(total.path("benefits").path("CHILDCARE_SUBSIDY").path("persons").asLong()).isZero();
        assertThat(total.path("benefits").path("ONLY_CHILD_PARENT").path("paid").path("fen").asLong()).isZero();
        assertThat(total.path("underReporting").isNull()).as("no list at a village").isTrue();
        JsonNode quality = total.path("dataQuality");
        assertThat(quality.path("completeness").path("whole").asLong()).isEqualTo(3);
        assertThat(quality.path("invalidIds").asLong()).isZero();
        assertThat(quality.path("unresolvedConflicts").isNull()).isTrue();
        assertThat(quality.path("notAcknowledged").asLong()).as("nothing sent yet").isPositive();
    }
}
