package org.villageregistry.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.service.Finding;
import org.villageregistry.service.QualityCheckService;

/** Households as ledgers mark them, and rows refused with every reason at once. */
class LedgerHouseholdsTest extends LedgerRegisterTest {
    private LedgerValidation validate(String name, String text) throws Exception {
        return validate(csv(name, text));
    }

    private LedgerImportSummary importCsv(String name, String text) throws Exception {
        return importFile(csv(name, text));
    }

    private static String id(int year, int month, int day, int order) {
        return IdNumber.compose("410103", LocalDate.of(year, month, day), order);
    }

    private Map<String, List<String>> householdsByHead() {
        return register.transactions().read(() -> {
            List<Person> all = register.persons().page(0, 100);
            Map<java.util.UUID, String> heads = all.stream().filter(p -> p.relation() == RelationToHead.HEAD)
                    .collect(Collectors.toMap(Person::householdId, p -> p.name() + "@" + p.birthDate()));
            return all.stream().collect(Collectors.groupingBy(p -> heads.get(p.householdId()),
                    Collectors.mapping(Person::name, Collectors.toList())));
        });
    }

    @Test
    void threeHouseholdsHeadedByMenOfTheSameNameStayThree() throws Exception {
        String text = "组,户主姓名,姓名,与户主关系,性别,出生日期,民族,户口性质\n"
                + "一组,王建国,王建国,户主,男,1960-01-01,汉族,农业\n"
                + "1组,王建国,李秀英,配偶,女,1962-02-02,汉族,农业\n"
                + "第一组,王建国,王建国,户主,男,1970-03-03,汉族,农业\n"
                + "一组,王建国,张桂芳,配偶,女,1971-04-04,汉族,农业\n"
                + "一组,王建国,王建国,户主,男,1980-05-05,汉族,农业\n"
                + "一组,王建国,赵丽,配偶,女,1982-06-06,汉族,农业\n";

        LedgerImportSummary summary = importCsv("王建国.csv", text);

        assertThat(summary.skipped()).isZero();
        assertThat(summary.householdsCreated()).isEqualTo(3);
        assertThat(householdsByHead()).containsOnly(
                Map.entry("王建国@1960-01-01", List.of("王建国", "李秀英")),
                Map.entry("王建国@1970-03-03", List.of("王建国", "张桂芳")),
                Map.entry("王建国@1980-05-05", List.of("王建国", "赵丽")));
        List<Household> households = register.transactions().read(() -> register.households().page(0, 10));
        assertThat(households).extracting(Household::group).containsOnly("一组");
    }

    @Test
    void aBlankHeadNameMeansTheSameAsAboveAndARowNamingAnotherHeadJoinsThatHousehold() throws Exception {
        String text = "户主姓名,姓名,与户主关系,性别,出生日期,民族,户口性质,门牌\n"
                + "刘德华,刘德华,户主,男,1955-01-01,汉族,农业,3号\n"
                + ",陈美玲,妻,女,1957-02-02,汉族,农业,\n"
                + ",刘洋,长子,男,1980-03-03,汉族,农业,\n"
                + "孙立,孙立,户主,男,1966-04-04,汉族,农业,8号\n"
                + ",孙小红,女儿,女,1990-05-05,汉族,农业,\n"
                + "刘德华,王静,儿媳,女,1982-06-06,汉族,农业,3号\n";

        LedgerImportSummary summary = importCsv("同上.csv", text);

        assertThat(summary.skipped()).isZero();
        assertThat(householdsByHead()).containsOnly(
                Map.entry("刘德华@1955-01-01", List.of("刘德华", "陈美玲", "刘洋", "王静")),
                Map.entry("孙立@1966-04-04", List.of("孙立", "孙小红")));
    }

    @Test
    void withoutHouseholdNumbersEachHeadRowStartsAHousehold() throws Exception {
        String text = "姓名,与户主关系,性别,出生日期,民族,户口性质\n"
                + "周强,户主,男,1970-01-01,汉族,农业\n周敏,长女,女,1995-02-02,汉族,农业\n"
                + "吴刚,户主,男,1972-03-03,汉族,农业\n吴小军,子,男,1998-04-04,汉族,农业\n";

        LedgerImportSummary summary = importCsv("户主行.csv", text);

        assertThat(summary.householdsCreated()).isEqualTo(2);
        assertThat(householdsByHead()).containsOnly(Map.entry("周强@1970-01-01", List.of("周强", "周敏")),
                Map.entry("吴刚@1972-03-03", List.of("吴刚", "吴小军")));
        assertThat(importCsv("户主行.csv", text).unchanged()).isEqualTo(4);
    }

    @Test
    void withoutARelationColumnTheRowNamedIn户主姓名IsTheHead() throws Exception {
        String text = "户主姓名,姓名,性别,出生日期,民族,户口性质\n"
                + "张三,李四,女,1971-01-01,汉族,农业\n张三,张三,男,1970-01-01,汉族,农业\n,张小三,男,1999-01-01,汉族,农业\n";

        LedgerValidation validation = validate("无关系列.csv", text);

        assertThat(validation.rows().get(0).reason()).contains("“张三”").contains("找不到这位户主");
        assertThat(validation.rows().get(1).person().orElseThrow().relation()).isEqualTo(RelationToHead.HEAD);
        assertThat(validation.rows().get(2).isValid()).isTrue();
        assertThat(validation.rows().get(2).householdNumber()).isEqualTo("第 3 行起的一户");
    }

    @Test
    void aHouseholdWithTwoSpousesOrTwoHeadsIsRefusedWholeWithTheReason() throws Exception {
        String text = "户号,姓名,与户主关系,性别,出生日期,民族,户口性质\n"
                + "0001,王建国,户主,男,1960-01-01,汉族,农业\n0001,李秀英,配偶,女,1962-02-02,汉族,农业\n"
                + "0001,张桂芳,配偶,女,1971-04-04,汉族,农业\n"
                + "0002,赵一,户主,男,1960-01-01,汉族,农业\n0002,赵二,户主,男,1961-01-01,汉族,农业\n";

        LedgerValidation validation = validate("两位配偶.csv", text);

        assertThat(validation.errorRows()).hasSize(5);
        assertThat(validation.rows().subList(0, 3)).allSatisfy(r -> assertThat(r.reason())
                .contains("户号 0001 有两位配偶（第 3 行和第 4 行）"));
        assertThat(validation.rows().subList(3, 5)).allSatisfy(r -> assertThat(r.reason())
                .contains("户号 0002 有两位户主（第 5 行和第 6 行）"));
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() throws Exception {
        String bad = id(1985, 3, 2, 11);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        String text = "户号,姓名,与户主关系,性别,出生日期,身份证号,民族,户口性质,联系电话\n"
                + "0001,王五,干儿子,男,不详," + bad + ",火星族,农业,1380000\n";

        RowResult row = validate("多处错误.csv", text).rows().get(0);

        assertThat(row.isValid()).isFalse();
        assertThat(row.reason()).contains("“干儿子”").contains("“不详”").contains("校验位")
                .contains("“火星族”").contains("“1380000”");
    }

    @Test
    void anUnknownRelationIsRefusedWithTheListOfKnownOnesNeverTakenAsOther() throws Exception {
        String text = "户号,姓名,与户主关系,性别,出生日期,民族,户口性质\n"
                + "0001,王建国,户主,男,1960-01-01,汉族,农业\n0001,王小宝,干儿子,男,2000-01-01,汉族,农业\n"
                + "0001,张兰,儿媳,女,1985-01-01,汉族,农业\n0001,李强,女婿,男,1984-01-01,汉族,农业\n"
                + "0001,李小雨,外孙女,女,2010-01-01,汉族,农业\n0001,王浩,41,男,2011-01-01,汉族,农业\n"
                + "0001,王老太,61,女,1925-01-01,汉族,农业\n0001,王建军,弟,男,1963-01-01,汉族,农业\n";

        LedgerValidation validation = validate("关系.csv", text);

        assertThat(validation.rows().get(1).reason()).contains("“干儿子”").contains("户主、配偶、子、女婿、女、儿媳")
                .contains("外孙子女").contains("兄弟姐妹");
        assertThat(validation.rows().subList(2, 8)).extracting(r -> r.person().orElseThrow().relation())
                .containsExactly(RelationToHead.DAUGHTER_IN_LAW, RelationToHead.SON_IN_LAW,
                        RelationToHead.DAUGHTERS_CHILD, RelationToHead.GRANDCHILD, RelationToHead.GRANDPARENT,
                        RelationToHead.SIBLING);
    }

    @Test
    void datesThatAreNotWholeAreTakenOnlyWhenTheIdNumberAgreesAndRefusalsQuoteTheLedger() throws Exception {
        String text = "户号,姓名,与户主关系,性别,出生年月,身份证号,民族,户口性质\n"
                + "0001,王建国,户主,男,198503," + id(1985, 3, 2, 11) + ",汉族,农业\n"
                + "0001,王一,子,男,2019,,汉族,农业\n"
                + "0001,王二,子,男,20210,,汉族,农业\n"
                + "0001,王三,女,女,1985.3," + id(1985, 4, 2, 22) + ",汉族,农业\n"
                + "0001,王四,女,女,1985.3.2,,汉族,农业\n"
                + "0001,王五,女,女,1985年3月2日,,汉族,农业\n"
                + "0001,王六,子,男,19850302,,汉族,农业\n";

        List<RowResult> rows = validate("日期.csv", text).rows();

        assertThat(rows.get(0).person().orElseThrow().birthDate()).isEqualTo(LocalDate.of(1985, 3, 2));
        assertThat(rows.get(1).reason()).contains("“2019”不是完整的出生日期").doesNotContain("1905");
        assertThat(rows.get(2).reason()).contains("“20210”不是完整的出生日期").doesNotContain("1955");
        assertThat(rows.get(3).reason()).contains("“1985.3”").contains("对不上");
        assertThat(rows.subList(4, 7)).extracting(r -> r.person().orElseThrow().birthDate())
                .containsOnly(LocalDate.of(1985, 3, 2));
    }

    @Test
    void aChildLessThanTwelveYearsYoungerThanAParentIsAFinding() throws Exception {
        String text = "户号,姓名,与户主关系,性别,出生日期,民族,户口性质\n"
                + "0001,王建国,户主,男,1980-01-01,汉族,农业\n0001,王小宝,子,男,1990-01-01,汉族,农业\n";

        RowResult child = validate("年龄.csv", text).rows().get(1);

        assertThat(child.isValid()).isTrue();
        assertThat(child.warnings()).filteredOn(p -> p.key().equals("ledger.household.generationGap"))
                .singleElement().satisfies(p -> assertThat(p.message())
                .contains("王小宝（子）比同户的 王建国（户主，第 2 行）小不到 12 岁"));
        importCsv("年龄.csv", text);
        assertThat(new QualityCheckService(register, LedgerRegister.CLOCK).findings())
                .filteredOn(f -> f.kind() == Finding.Kind.GENERATION_GAP).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("王小宝（子，1990-01-01 出生）比同户的 王建国"));
    }

    @Test
    void phonesAreMobilesOfElevenDigitsOrLandlinesWithTheirAreaCode() throws Exception {
        String text = "户号,姓名,与户主关系,性别,出生日期,民族,户口性质,联系电话\n"
                + "0001,王建国,户主,男,1960-01-01,汉族,农业,138 0013 8000\n"
                + "0002,王建民,户主,男,1961-01-01,汉族,农业,0371-65512345\n"
                + "0003,王建华,户主,男,1962-01-01,汉族,农业,65512345\n"
                + "0004,王建设,户主,男,1963-01-01,汉族,农业,1380013800\n";

        List<RowResult> rows = validate("电话.csv", text).rows();

        assertThat(rows.get(0).person().orElseThrow().phone()).isEqualTo("13800138000");
        assertThat(rows.get(1).person().orElseThrow().phone()).isEqualTo("0371-65512345");
        assertThat(rows.get(2).reason()).contains("“65512345”不是电话号码");
        assertThat(rows.get(3).reason()).contains("“1380013800”不是电话号码");
    }
}
