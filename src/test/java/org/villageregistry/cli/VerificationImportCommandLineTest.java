package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import org.villageregistry.service.verification.SampleTownshipRegister;

/** 青山镇's clerk writes the blank results file, the team fills it in Excel, the clerk imports it whole. */
class VerificationImportCommandLineTest {
    @TempDir
    Path temp;
    private Path township;
    private final TestTerminal terminal = new TestTerminal(SampleTownshipRegister.store(),
            SampleTownshipGenerator.SAMPLE_PASSWORD);

    @BeforeEach
    void aDrawnSample() {
        Messages.setLocale(Messages.CHINESE);
        township = SampleTownshipRegister.copyTo(temp);
        assertThat(vreg("verification", "draw", "--villages", "410103100001", "--households", "2", "--seed", "7"))
                .as(this::err).isZero();
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

    private int personsChecked() throws Exception {
        assertThat(vreg("verification", "report", "1", "--format", "json")).as(this::err).isZero();
        return Json.mapper().readTree(out()).path("personsChecked").asInt();
    }

    @Test
    void theFilledTemplateIsEnteredWholeAndABadFileNotAtAll() throws Exception {
        Path template = temp.resolve("外业").resolve("核查结果.csv");
        assertThat(vreg("verification", "sheet", "1", "--village", "410103100001", "--template", template.toString()))
                .as(this::err).isZero();
        assertThat(out()).contains("空白核查结果模板已写入");
        String blank = Files.readString(template, StandardCharsets.UTF_8);
        assertThat(blank).isEqualTo("\uFEFF类别,编号,结果,有误项目,姓名,性别,出生日期,已婚\r\n");

        Path bad = temp.resolve("有错.csv");
        Files.writeString(bad, blank + "人员,1,正确,,,,,\r\n人员,2,有误,鞋码=42,,,,\r\n", StandardCharsets.UTF_8);
        assertThat(vreg("verification", "import", "--sample", "1", "--file", bad.toString()))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("第 3 行“人员,2,有误,鞋码=42,,,,”").contains("没有“鞋码”这一项")
                .contains("整个文件都没有录入");
        assertThat(personsChecked()).isZero();

        Files.writeString(template, blank + "人员,1,正确,,,,,\r\n人员,2,不在此居住,,,,,\r\n"
                + "漏登,1,,,张丽,女,1990-05-01,已婚\r\n", StandardCharsets.UTF_8);
        assertThat(vreg("verification", "import", "--sample", "1", "--file", template.toString()))
                .as(this::err).isZero();
        assertThat(out()).contains("已从文件录入：人员 2 人，漏登及漏报出生 1 人，新生儿 0 个");
        assertThat(personsChecked()).isEqualTo(2);

        assertThat(vreg("verification", "import", "--sample", "1", "--file", temp.resolve("没有.csv").toString()))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err()).contains("找不到文件");
    }

    @Test
    void theHelpOfImportGivesTheHeaderAndAnExampleOfEachLine() {
        assertThat(vreg("verification", "import", "--help")).isZero();
        String help = out().replaceAll("\\s+", "");
        assertThat(help).as("help wraps its lines").contains("类别,编号,结果,有误项目,姓名,性别,出生日期,已婚").contains("--sample")
                .contains("--file").contains("人员,8,有误,出生日期=1985-03-02").contains("新生儿,2,找到").contains("--template");
    }
}
