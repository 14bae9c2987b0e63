package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import org.villageregistry.service.verification.SampleTownshipRegister;

/** 青山镇's clerk at the terminal: draws, prints a sheet, types in what the team found, reads the rates. */
class VerificationCommandLineTest {
    @TempDir
    Path temp;
    private Path township;
    private final TestTerminal terminal = new TestTerminal(SampleTownshipRegister.store(),
            SampleTownshipGenerator.SAMPLE_PASSWORD);

    @BeforeEach
    void township() {
        Messages.setLocale(Messages.CHINESE);
        township = SampleTownshipRegister.copyTo(temp);
    }

    private int vreg(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--user";
        all[args.length + 1] = "clerk";
        return terminal.run(township, all);
    }

    private String out() {
        return terminal.out().toString();
    }

    private String err() {
        return terminal.err().toString();
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(out());
    }

    @Test
    void theClerkDrawsPrintsEntersAndReadsTheRates() throws Exception {
        assertThat(vreg("verification", "draw", "--villages", "all", "--households", "3", "--seed", "20261201"))
                .as(this::err).isZero();
        assertThat(out()).contains("核查编号 1，随机种子 20261201，共 6 户").contains("柳树村（410103100001）：3 户")
                .contains("vreg verification sheet 1 --village 410103100001");
        Path sheet = temp.resolve("out").resolve("柳树村核查表.pdf");
        assertThat(vreg("verification", "sheet", "1", "--village", "410103100001", "--out", sheet.toString()))
                .as(this::err).isZero();
        assertThat(Files.size(sheet)).isPositive();

        assertThat(vreg("verification", "record", "1", "--person", "1", "--wrong", "出生日期=1901-01-01",
                "--wrong", "marital=已婚")).as(this::err).isZero();
        assertThat(out()).contains("编号 1：有误");
        assertThat(vreg("verification", "record", "1", "--person", "2", "--not-living")).as(this::err).isZero();
        assertThat(vreg("verification", "record", "1", "--household", "1", "--missing-person", "张丽,女,1990-05-01,已婚",
                "--unrecorded-birth", "王小宝,男,2026-09-09")).as(this::err).isZero();
        assertThat(out()).contains("第 1 户：张丽（漏登）已记录").contains("王小宝（漏报出生）");
        assertThat(vreg("verification", "record", "1", "--rest-correct")).as(this::err).isZero();

        assertThat(vreg("verification", "report", "1", "--format", "json")).as(this::err).isZero();
        JsonNode report = json();
        int persons = report.path("persons").asInt();
        assertThat(report.path("complete").asBoolean()).isTrue();
        assertThat(report.path("seed").asLong()).isEqualTo(20261201L);
        assertThat(report.path("total").path("accuracy").path("numerator").asInt()).isEqualTo(persons - 2);
        assertThat(report.path("total").path("accuracy").path("denominator").asInt()).isEqualTo(persons);
        assertThat(report.path("total").path("accuracy").path("low95").asDouble()).isBetween(0.5, 1.0);
        assertThat(report.path("total").path("omission").path("numerator").asInt()).isEqualTo(2);
        assertThat(report.path("total").path("fieldErrors").path("BIRTH_DATE").path("numerator").asInt()).isEqualTo(1);
        assertThat(report.path("byVillage")).hasSize(2);

        Path pdf = temp.resolve("核查报告.pdf");
        assertThat(vreg("verification", "report", "1", "--out", pdf.toString())).as(this::err).isZero();
        assertThat(out()).contains("数据库信息准确率：").contains("（" + (persons - 2) + "/" + persons + "）")
                .contains("95% 置信区间").contains("有误的项目：出生日期 1/").contains("核查报告已写入");
        assertThat(Files.size(pdf)).isPositive();

        assertThat(vreg("verification", "list", "--format", "json")).isZero();
        assertThat(json()).hasSize(1);
        assertThat(json().get(0).path("personsChecked").asInt()).isEqualTo(persons);
    }

    @Test
    void badInputIsRefusedQuotingWhatWasTypedAndChangesNothing() throws Exception {
        assertThat(vreg("verification", "draw", "--villages", "410103100001,410103100099", "--households", "3",
                "--seed", "1")).isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("没有代码为“410103100099”的村");
        assertThat(vreg("verification", "draw", "--villages", "all", "--households", "0", "--seed", "1"))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("每村抽取的户数必须大于 0，输入的是“0”");
        assertThat(vreg("verification", "list")).isZero();
        assertThat(out()).contains("还没有抽样核查");

        assertThat(vreg("verification", "draw", "--villages", "410103100002", "--households", "2", "--seed", "3"))
                .isZero();
        assertThat(vreg("verification", "record", "1", "--person", "999", "--correct")).isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("“999”不是第 1 号抽样核查样本中的人员编号");
        assertThat(vreg("verification", "record", "1", "--person", "1", "--wrong", "鞋码=42"))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("没有“鞋码”这一项");
        assertThat(vreg("verification", "record", "1", "--household", "1", "--missing-person", "张丽,男女,1990-05-01"))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("性别“男女”无法识别");
        assertThat(vreg("verification", "report", "1", "--format", "json")).isZero();
        assertThat(json().path("personsChecked").asInt()).isZero();

        assertThat(vreg("verification", "redraw", "1", "--seed", "4")).as(this::err).isZero();
        assertThat(vreg("verification", "record", "1", "--person", "1", "--correct")).isZero();
        assertThat(vreg("verification", "redraw", "1", "--seed", "5")).isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("不能再用种子“5”重新抽样（原种子 4）");
        assertThat(vreg("verification", "list", "--format", "json")).isZero();
        assertThat(json().get(0).path("seed").asLong()).isEqualTo(4L);
    }

    @Test
    void theSampleTownshipGetsOneCompletedVerification() throws Exception {
        assertThat(vreg("verification", "sample")).as(this::err).isZero();
        assertThat(out()).contains("示例抽样核查已完成：编号 1，20 户").contains("数据库信息准确率：")
                .contains("95% 置信区间");
        assertThat(vreg("verification", "list", "--format", "json")).isZero();
        assertThat(json().get(0).path("complete").asBoolean()).isTrue();
        assertThat(json().get(0).path("seed").asLong()).isEqualTo(20261201L);
    }

    @Test
    void theHelpOfRecordTellsTheClerkHowToTypeTheSheetIn() {
        assertThat(vreg("verification", "record", "--help")).isZero();
        assertThat(out()).contains("--rest-correct").contains("--missing-person").contains("出生日期=1985-03-02")
                .contains("--not-living");
    }
}
