package org.villageregistry.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;

/** How the cells of a village ledger are read: each rule a registrar's spreadsheet needs. */
class LedgerCleaningTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2026/11/30", "2026年11月30日", "20261130", "2026.11.30", "２０２６-１１-３０",
            " 2026 - 11 - 30 ", "2026-11-30 00:00:00"})
    void theUsualWaysOfWritingADateAllMeanTheSameDay(String text) {
        assertThat(LedgerDates.read(SheetCell.text(text))).isEqualTo(new LedgerDates.Day(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void shortMonthsAndDaysAreRead() {
        assertThat(LedgerDates.read(SheetCell.text("1990.5.1"))).isEqualTo(new LedgerDates.Day(LocalDate.of(1990, 5, 1)));
    }

    @Test
    void aPlainNumberIsNeverTakenForADateOnItsOwnButMayAgreeWithTheIdNumber() {
        LedgerDates.Reading serial = LedgerDates.read(SheetCell.number("32994"));
        assertThat(serial).isNotInstanceOf(LedgerDates.Day.class);
        assertThat(LedgerDates.agrees(serial, LocalDate.of(1990, 5, 1))).isTrue();
        assertThat(LedgerDates.agrees(serial, LocalDate.of(1990, 5, 2))).isFalse();
        assertThat(LedgerDates.toSerial(LocalDate.of(1990, 5, 1))).isEqualTo(32994);
        assertThat(LedgerDates.read(SheetCell.date(LocalDate.of(1990, 5, 1))))
                .isEqualTo(new LedgerDates.Day(LocalDate.of(1990, 5, 1)));
    }

    @Test
    void aMonthAloneIsAMonthAndNonsenseIsNoDate() {
        assertThat(LedgerDates.read(SheetCell.text("1990年5月")))
                .isEqualTo(new LedgerDates.Month(java.time.YearMonth.of(1990, 5)));
        assertThat(LedgerDates.read(SheetCell.text("不详"))).isInstanceOf(LedgerDates.Unreadable.class);
        assertThat(LedgerDates.read(SheetCell.text("1990-02-30"))).isInstanceOf(LedgerDates.Unreadable.class);
    }

    @Test
    void fullWidthDigitsSpacesAndALowerCaseXAreCleanedFromIds() {
        String id = "11010519491231002X";

        assertThat(LedgerIds.read(SheetCell.text("１１０１０５ 19491231 002x")).id()).contains(id);
        assertThat(LedgerIds.read(SheetCell.text("'" + id)).id()).contains(id);
    }

    @Test
    void seventeenDigitsWhoseCheckCharacterIsXGetTheXBackWithANote() {
        LedgerIds.Reading reading = LedgerIds.read(SheetCell.text("11010519491231002"));

        assertThat(reading.id()).contains("11010519491231002X");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("校验位可能丢失").contains("110105********002X");
        });
    }

    @Test
    void seventeenDigitsWhoseCheckCharacterIsADigitAreNotGuessed() {
        LedgerIds.Reading reading = LedgerIds.read(SheetCell.text("44052418800101001"));

        assertThat(reading.id()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("只有 17 位");
        });
    }

    @Test
    void anIdInScientificNotationHasLostItsDigits() {
        LedgerIds.Reading reading = LedgerIds.read(SheetCell.text("4.10103E+17"));

        assertThat(reading.id()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("科学计数法"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"440524188001010000", "410103201607134016", "440524188001010014", "11010519491231002",
            "4101032016071338"})
    void anIdInANumberCellIsRefusedEvenWhenItsCheckDigitHappensToPass(String stored) {
        // 410103201607133857 typed into a number cell came back as 410103201607134016, which passes the check
        LedgerIds.Reading reading = LedgerIds.read(SheetCell.number(stored));

        assertThat(reading.id()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("“" + stored + "”").contains("文本格式");
        });
    }

    @Test
    void theSameIdTypedAsTextIsKept() {
        assertThat(LedgerIds.read(SheetCell.text("440524188001010014")).id()).contains("440524188001010014");
    }

    @Test
    void codedValuesAreReadByCodeByNameAndByTheWordsLedgersUse() {
        assertThat(List.of("01", "1", "汉", "汉族", "Han")).allSatisfy(t ->
                assertThat(LedgerCodes.ethnicity(t)).contains(Ethnicity.HAN));
        assertThat(LedgerCodes.ethnicity("回")).contains(Ethnicity.HUI);
        assertThat(LedgerCodes.maritalStatus("20")).contains(MaritalStatus.MARRIED);
        assertThat(LedgerCodes.maritalStatus("有配偶")).contains(MaritalStatus.MARRIED);
        assertThat(LedgerCodes.maritalStatus("初婚")).contains(MaritalStatus.FIRST_MARRIAGE);
        assertThat(LedgerCodes.hukouType("农业户口")).contains(HukouType.AGRICULTURAL);
        assertThat(LedgerCodes.hukouType("2")).contains(HukouType.NON_AGRICULTURAL);
        assertThat(LedgerCodes.relation("长子")).contains(RelationToHead.SON);
        assertThat(LedgerCodes.relation("次女")).contains(RelationToHead.DAUGHTER);
        assertThat(LedgerCodes.relation("妻")).contains(RelationToHead.SPOUSE);
        assertThat(LedgerCodes.relation("儿媳")).contains(RelationToHead.DAUGHTER_IN_LAW);
        assertThat(LedgerCodes.sex("2")).contains(Sex.FEMALE);
        assertThat(LedgerCodes.ethnicity("火星族")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"一组", "1组", "第一组", "第1组", "1", "第1小组", "１组"})
    void theUsualWaysOfWritingTheFirstGroupAreOneGroup(String text) {
        assertThat(LedgerGroups.normalise(text)).isEqualTo("一组");
    }

    @Test
    void groupsBeyondTenAreReadToo() {
        assertThat(LedgerGroups.normalise("12组")).isEqualTo("十二组");
        assertThat(LedgerGroups.normalise("第二十组")).isEqualTo("二十组");
        assertThat(LedgerGroups.normalise("东头")).isEqualTo("东头");
    }

    @Test
    void gbt4761CodesAndEverydayWordsNameTheRelation() {
        assertThat(LedgerCodes.relation("22")).contains(RelationToHead.SON);
        assertThat(LedgerCodes.relation("38")).contains(RelationToHead.DAUGHTER_IN_LAW);
        assertThat(LedgerCodes.relation("28")).contains(RelationToHead.SON_IN_LAW);
        assertThat(LedgerCodes.relation("44")).contains(RelationToHead.DAUGHTERS_CHILD);
        assertThat(LedgerCodes.relation("外孙")).contains(RelationToHead.DAUGHTERS_CHILD);
        assertThat(LedgerCodes.relation("02")).contains(RelationToHead.HEAD);
        assertThat(LedgerCodes.relation("岳母")).contains(RelationToHead.PARENT_IN_LAW);
        assertThat(LedgerCodes.relation("三女")).contains(RelationToHead.DAUGHTER);
        assertThat(LedgerCodes.relation("干儿子")).isEmpty();
        assertThat(LedgerCodes.relation("98")).isEmpty();
    }

    @Test
    void withoutASexColumnTheSexIsTakenFromTheIdNumber() {
        String id = IdNumber.compose("410103", LocalDate.of(1990, 5, 1), 22);
        List<String> headers = List.of("户号", "姓名", "身份证号");
        LedgerRow row = new LedgerRow(2, List.of(SheetCell.text("0001"), SheetCell.text("王芳"), SheetCell.text(id)));

        CleanRow clean = new RowCleaner(ColumnMapping.guess(headers), headers).clean(row);

        assertThat(clean.draft().sex()).isEqualTo(Sex.FEMALE);
        assertThat(clean.draft().birthDate()).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(clean.problems()).isEmpty();
    }

    @Test
    void chineseAndEnglishHeadersAreRecognisedAndTitleRowsSkipped() {
        RawSheet raw = new RawSheet("t.csv", "t", List.of(
                List.of(SheetCell.text("柳树村人口台账 2026年")),
                List.of(),
                List.of(SheetCell.text("序号"), SheetCell.text("姓 名"), SheetCell.text("公民身份号码"),
                        SheetCell.text("出生年月"), SheetCell.text("户籍类型"), SheetCell.text("*户号"),
                        SheetCell.text("Phone")),
                List.of(SheetCell.text("1"), SheetCell.text("王芳")),
                List.of(),
                List.of(SheetCell.text("2"), SheetCell.text("李四"))));

        LedgerSheet sheet = LedgerSheet.of(raw);

        assertThat(sheet.headerRowNumber()).isEqualTo(3);
        assertThat(sheet.rows()).extracting(LedgerRow::rowNumber).containsExactly(4, 6);
        assertThat(sheet.guessedMapping().columns()).containsEntry(LedgerColumn.NAME, 1)
                .containsEntry(LedgerColumn.ID_NUMBER, 2).containsEntry(LedgerColumn.BIRTH_DATE, 3)
                .containsEntry(LedgerColumn.HUKOU_TYPE, 4).containsEntry(LedgerColumn.HOUSEHOLD_NUMBER, 5)
                .containsEntry(LedgerColumn.PHONE, 6).hasSize(6);
    }

    @Test
    void aSheetWithoutALedgerHeaderIsRefusedWithWhatToDo() {
        RawSheet raw = new RawSheet("工资表.xlsx", "Sheet1", List.of(List.of(SheetCell.text("月份"),
                SheetCell.text("金额"))));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LedgerSheet.of(raw))
                .hasMessageContaining("工资表.xlsx").hasMessageContaining("表头");
    }
}
