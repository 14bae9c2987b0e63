package org.villageregistry.service.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villageregistry.service.verification.SampleTownshipRegister.CLOCK;
import static org.villageregistry.service.verification.SampleTownshipRegister.WILLOW;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.VerificationResults;

/**
 * The field team fills the results file in Excel and the clerk imports it: every line is entered as if typed one by
 * one; one bad line refuses the whole file, naming the line and its text, and nothing is entered.
 */
class ResultsFileImportTest {
    static final String HEADER = "类别,编号,结果,有误项目,姓名,性别,出生日期,已婚\r\n";
    @TempDir
    Path temp;
    private Register register;
    private VerificationService service;
    private long id;

    @BeforeEach
    void aSampleOfTwoHouseholdsWithAListedNewborn() {
        Messages.setLocale(Messages.CHINESE);
        register = SampleTownshipRegister.open(temp);
        service = new VerificationService(register, CLOCK);
        register.transactions().write(() -> register.sync().feedback().addKnownBirth(new KnownBirth(0, WILLOW,
                "县医院", "张宝", "男", LocalDate.of(2026, 8, 8), "张梅", "410103199501011228")));
        id = service.draw(new VerificationService.Draw(List.of(WILLOW), 2, 1, true)).verification().id();
    }

    @AfterEach
    void close() {
        register.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyLineOfAGoodFileIsEntered() {
        String file = HEADER
                + "人员,1,正确,,,,,\r\n"
                + "人员,2,有误,出生日期=1901-01-01；婚姻状况=丧偶,,,,\r\n"
                + "人员,3,不在此居住,,,,,\r\n"
                + ",,,,,,,\r\n"
                + "漏登,1,,,李秀兰,女,1990-04-04,已婚\r\n"
                + "漏报出生,2,,,王小宝,男,2026-08-09,\r\n"
                + "新生儿,1,找到,,,,,\r\n";

        VerificationService.Imported done = service.importResults(id, "核查结果.csv", utf8(file));

        assertThat(done).isEqualTo(new VerificationService.Imported(3, 2, 1));
        VerificationResults r = service.results(id);
        assertThat(r.of(1)).hasValueSatisfying(p -> assertThat(p.outcome()).isEqualTo(PersonOutcome.CORRECT));
        assertThat(r.of(2)).hasValueSatisfying(p -> {
            assertThat(p.outcome()).isEqualTo(PersonOutcome.WRONG);
            assertThat(p.corrections()).containsEntry(CheckedField.BIRTH_DATE, "1901-01-01")
                    .containsEntry(CheckedField.MARITAL, "丧偶");
        });
        assertThat(r.of(3)).hasValueSatisfying(p -> assertThat(p.outcome()).isEqualTo(PersonOutcome.NOT_LIVING));
        assertThat(r.found()).extracting(FoundPerson::name, FoundPerson::kind, FoundPerson::married).containsExactly(
                org.assertj.core.groups.Tuple.tuple("李秀兰", FoundPerson.Kind.MISSING_PERSON, true),
                org.assertj.core.groups.Tuple.tuple("王小宝", FoundPerson.Kind.UNRECORDED_BIRTH, false));
        assertThat(r.newborns()).hasSize(1);
        assertThat(register.transactions().read(() -> register.audit().list(AuditFilter.all()
                .of(AuditAction.VERIFICATION_RECORDED), 0, 100))).as("each line audited as typed in").hasSize(6);
    }

    @Test
    void aPersonNotInTheSampleRefusesTheWholeFileWithItsLineAsTyped() {
        String file = HEADER + "人员,1,正确,,,,,\r\n" + "漏登,1,,,李秀兰,女,1990-04-04,已婚\r\n" + "人员,99,正确,,,,,\r\n";

        assertThatThrownBy(() -> service.importResults(id, "核查结果.csv", utf8(file)))
                .hasMessageContaining("第 4 行“人员,99,正确,,,,,”").hasMessageContaining("“99”不是第 " + id + " 号抽样核查")
                .hasMessageContaining("整个文件都没有录入");

        VerificationResults r = service.results(id);
        assertThat(r.persons()).isEmpty();
        assertThat(r.found()).isEmpty();
        assertThat(register.transactions().read(() -> register.sync().feedback().unsentFeedback(WILLOW)))
                .as("no finding travels to the village").isEmpty();
    }

    @Test
    void anUnknownFieldOrABadValueIsRefusedBeforeAnythingIsEntered() {
        assertThatThrownBy(() -> service.importResults(id, "a.csv", utf8(HEADER + "人员,1,正确,,,,,\r\n"
                + "人员,2,有误,身高=180,,,,\r\n")))
                .hasMessageContaining("第 3 行“人员,2,有误,身高=180,,,,”").hasMessageContaining("没有“身高”这一项");
        assertThatThrownBy(() -> service.importResults(id, "a.csv", utf8(HEADER + "人员,1,对,,,,,\r\n")))
                .hasMessageContaining("第 2 行").hasMessageContaining("结果“对”无法识别");
        assertThatThrownBy(() -> service.importResults(id, "a.csv", utf8(HEADER + "漏登,1,,,李秀兰,女,1990-4-4,\r\n")))
                .hasMessageContaining("日期“1990-4-4”无法识别");
        assertThatThrownBy(() -> service.importResults(id, "a.csv", utf8(HEADER + "人员,2,有误,出生日期=,,,,\r\n")))
                .as("an empty true value, refused by the same rule as record").hasMessageContaining("第 2 行")
                .hasMessageContaining("不能为空");
        assertThatThrownBy(() -> service.importResults(id, "a.csv", utf8("姓名,结果\r\n人员,1,正确\r\n")))
                .hasMessageContaining("“姓名,结果”不是核查结果表的表头");
        assertThatThrownBy(() -> service.importResults(id, "a.csv", "类别,编号,结果,有误项目,姓名,性别,出生日期,已婚\r\n人员,1,正确"
                .getBytes(Charset.forName("GBK")))).hasMessageContaining("不是 UTF-8 编码");
        assertThat(service.results(id).persons()).isEmpty();
    }

    @Test
    void aFileWithAByteOrderMarkFromExcelAndTheEnglishWordsIsRead() {
        byte[] withBom = utf8("\uFEFF" + "kind,number,result,wrong fields,name,sex,birth date,married\n"
                + "person,1,correct,,,,,\n" + "person,2,not-living\n" + "newborn,1,not-found,,,,,\n");

        assertThat(service.importResults(id, "results.csv", withBom))
                .isEqualTo(new VerificationService.Imported(2, 0, 1));
        assertThat(service.results(id).of(2)).hasValueSatisfying(p ->
                assertThat(p.outcome()).isEqualTo(PersonOutcome.NOT_LIVING));
        assertThat(service.importResults(id, "padded.csv", utf8("类别,编号,结果,有误项目,姓名,性别,出生日期,已婚,,\r\n"
                + "人员,3,正确,,,,,,,\r\n"))).as("Excel pads every line to the widest")
                .isEqualTo(new VerificationService.Imported(1, 0, 0));
    }

    @Test
    void theBlankTemplateIsTheChineseHeaderThatImportReads() {
        String template = new String(ResultsFile.template(), StandardCharsets.UTF_8);
        assertThat(template).isEqualTo("\uFEFF" + HEADER);
        assertThatThrownBy(() -> service.importResults(id, "空白.csv", ResultsFile.template()))
                .hasMessageContaining("除表头外没有任何核查结果");
        assertThat(service.importResults(id, "填好.csv", utf8(template + "人员,1,正确,,,,,\r\n")).persons())
                .isEqualTo(1);
    }
}
