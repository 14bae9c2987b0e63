package org.villageregistry.service.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.Json;
import org.villageregistry.service.RowsTotal;
import org.villageregistry.service.signoff.SignedFigures.Difference;

/**
 * A locked month compares every count its signed figures hold, not a chosen few: a late first birth, a benefit
 * paid, a move of a kind the month had none of, a residence status no longer held, each is reported with a name.
 */
class ComparedCountsTest {
    ObjectNode signed;
    ObjectNode now;

    @BeforeEach
    void aMonthWithNothingInIt() {
        Messages.setLocale(Messages.CHINESE);
        signed = Json.mapper().valueToTree(RowsTotal.of("410103100001", "柳树村", Period.parse("2026-10"), List.of()));
        now = signed.deepCopy();
    }

    @Test
    void everyChangedCountIsReportedWithItsName() {
        ((ObjectNode) now.get("births")).put("first", 1);
        ((ObjectNode) now.at("/benefits/CHILDCARE_SUBSIDY/paid")).put("fen", 50000);
        ((ObjectNode) now.get("moves")).put("FLOAT_OUT", 2);
        ((ObjectNode) signed.get("populationAtEnd")).put("AWAY", 3);
        ((ObjectNode) now.at("/serviceCoverage/healthChecks")).put("whole", 4);
        ((ObjectNode) now.at("/dataQuality")).put("invalidIds", 1);

        List<Difference> differences = ComparedCounts.differences(signed, now);

        assertThat(differences).extracting(Difference::figure, Difference::signed, Difference::now).containsExactly(
                tuple("births.first", 0L, 1L),
                tuple("moves.FLOAT_OUT", 0L, 2L),
                tuple("serviceCoverage.healthChecks.whole", 0L, 4L),
                tuple("benefits.CHILDCARE_SUBSIDY.paid.fen", 0L, 50000L),
                tuple("dataQuality.invalidIds", 0L, 1L),
                tuple("populationAtEnd.AWAY", 3L, 0L));
        assertThat(differences).extracting(Difference::label).containsExactly("一孩出生", "迁移（流出）",
                "妇女健康检查：应查", "发放金额（育儿补贴，单位：分）", "身份证号错误", "期末人口（户籍在村但流出）");
    }

    @Test
    void figuresTheSignedMonthDoesNotHoldOrThatOnlyRepeatOthersAreNotCompared() {
        ObjectNode list = now.putObject("underReporting").put("part", 1).put("whole", 5).put("smallNumbers", true);
        assertThat(list).isNotNull();
        ((ObjectNode) now.get("dataQuality")).put("notAcknowledged", 12).put("unresolvedConflicts", 2);
        ((ObjectNode) now.get("balance")).put("end", 7);
        ((ObjectNode) now.get("sexRatioAtBirth")).put("maleBirths", 1);
        signed.remove("serviceCoverage");
        ((ObjectNode) now.at("/serviceCoverage/followUps")).put("part", 1).put("whole", 1);

        assertThat(ComparedCounts.differences(signed, now)).isEmpty();
    }

    @Test
    void theSignedCanonicalTextOfAMonthComparesEqualToTheSameMonthComputedNow() {
        ((ObjectNode) now.get("populationAtStart")).put("RESIDENT", 3);
        ((ObjectNode) now.get("populationAtEnd")).put("RESIDENT", 4);
        now.put("populationStart", 3).put("populationEnd", 4).put("averagePopulation", 3.5);
        ((ObjectNode) now.get("births")).put("total", 1).put("male", 1).put("first", 1);
        DivisionStatistics month = SignedFigures.read(now.toString());

        assertThat(SignedFigures.differences(SignedFigures.canonical(month), month)).isEmpty();
        assertThat(SignedFigures.differences(month, month)).isEmpty();
    }

    @Test
    void aCountAddedToTheStatisticsLaterIsStillReportedUnderAGenericName() {
        signed.put("stillbirths", 0);
        now.put("stillbirths", 1);
        assertThat(ComparedCounts.differences(signed, now)).extracting(Difference::label)
                .containsExactly("其他统计项（stillbirths）");
    }

    @Test
    void everyCountOfTheStatisticsHasAChineseAndAnEnglishName() {
        ObjectNode full = signed.deepCopy();
        for (String map : List.of("populationAtStart", "populationAtEnd")) {
            for (ResidenceStatus s : ResidenceStatus.values()) {
                ((ObjectNode) full.get(map)).put(s.name(), 1);
            }
        }
        for (MarriageKind k : MarriageKind.values()) {
            ((ObjectNode) full.get("marriages")).put(k.name(), 1);
        }
        for (MoveKind k : MoveKind.values()) {
            ((ObjectNode) full.get("moves")).put(k.name(), 1);
        }
        full.putObject("underReporting").put("part", 1).put("whole", 2).put("smallNumbers", true);
        Map<String, Long> leaves = ComparedCounts.leaves(full);
        assertThat(leaves).containsKeys("populationStart", "births.total", "deaths", "women15to49",
                "benefits." + ProgrammeKind.ONLY_CHILD_PARENT.name() + ".persons", "dataQuality.completeness.part");
        for (var locale : List.of(Messages.CHINESE, Messages.ENGLISH)) {
            Messages.setLocale(locale);
            for (String path : leaves.keySet()) {
                assertThat(FigureLabels.of(path)).as(path).doesNotContain(path).doesNotStartWith("signoff.");
            }
        }
        Messages.setLocale(Messages.CHINESE);
    }
}
