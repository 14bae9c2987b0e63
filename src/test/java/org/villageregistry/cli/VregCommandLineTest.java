package org.villageregistry.cli;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.storage.H2RegisterStore;

/** The registrar's terminal: each test runs vreg with arguments, a temporary workstation and its own password. */
class VregCommandLineTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 20).atTime(10, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    static final String PASSWORD = "liushu-2026";

    @TempDir
    Path temp;

    Path home;
    StringWriter out;
    StringWriter err;
    H2RegisterStore store = new H2RegisterStore(CLOCK);

    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
        home = temp.resolve("柳树村");
    }

    private int vreg(String... args) {
        return vregWith(Map.of("VREG_PASSWORD", PASSWORD), "", args);
    }

    private int vregWith(Map<String, String> env, String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), CLOCK, home, question -> Optional.empty());
        return Vreg.run(args, TestSessions.program(store, context.clock()), context);
    }

    private void initVillage() {
        assertThat(vreg("init", "--role", "village", "--division", "410103100001", "--name", "柳树村",
                "--user", "admin")).as(err::toString).isZero();
    }

    private static String id(LocalDate born, int order) {
        return IdNumber.compose("410103", born, order);
    }

    @Test
    void initMakesAVillageWorkstation() {
        initVillage();

        assertThat(out.toString()).contains("村级工作站").contains("410103100001").contains("柳树村");
        assertThat(store.exists(home)).isTrue();
    }

    @Test
    void initRefusesAVillageWorkstationWithATownshipCode() {
        int code = vreg("init", "--role", "village", "--division", "410103100", "--name", "青山镇");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("12位").contains("410103100");
        assertThat(store.exists(home)).isFalse();
    }

    @Test
    void initReadsThePasswordFromStandardInput() {
        int code = vregWith(Map.of(), PASSWORD + "\n", "init", "--role", "township", "--division", "410103100",
                "--name", "青山镇", "--password-stdin");

        assertThat(code).as(err::toString).isZero();
        assertThat(vreg("audit", "verify")).as(err::toString).isZero();
    }

    @Test
    void withoutAnyPasswordTheCommandSaysHowToGiveOne() {
        assertThat(vregWith(Map.of(), "", "init", "--role", "village", "--division", "410103100001",
                "--name", "柳树村")).isEqualTo(1);
        assertThat(err.toString()).contains("VREG_PASSWORD");
    }

    @Test
    void personAddWithABadIdNumberExitsWith1AndTheChineseMessage() {
        initVillage();
        String wrongCheck = id(LocalDate.of(1985, 6, 1), 15).substring(0, 17) + "0";
        String right = id(LocalDate.of(1985, 6, 1), 15);
        assertThat(right).doesNotEndWith("0");

        int code = vreg("person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01", "--id", wrongCheck,
                "--hukou", "农业", "--marital", "未婚");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("未保存").contains("校验");
        assertThat(vreg("find", "张伟")).isZero();
        assertThat(out.toString()).contains("没有找到");
    }

    @Test
    void aPersonAddedCanBeFoundWithTheIdNumberMasked() {
        initVillage();
        String idNumber = id(LocalDate.of(1985, 6, 1), 15);
        assertThat(vreg("person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01", "--id", idNumber,
                "--hukou", "农业", "--marital", "未婚")).as(err::toString).isZero();

        assertThat(vreg("find", "张伟")).isZero();
        assertThat(out.toString()).contains("张伟").contains(IdNumber.mask(idNumber)).doesNotContain(idNumber);

        assertThat(vreg("find", idNumber.substring(12), "--format", "json", "--reveal")).isZero();
        JsonNode hits = readJson();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("name").asText()).isEqualTo("张伟");
        assertThat(hits.get(0).get("idNumber").asText()).isEqualTo(idNumber);
        assertThat(hits.get(0).get("birthDate").asText()).isEqualTo("1985-06-01");
    }

    @Test
    void statsAsJsonCountTheMonthsBirth() throws Exception {
        initVillage();
        assertThat(vreg("household", "add", "--name", "王建国", "--sex", "男", "--birth", "1990-03-01",
                "--id", id(LocalDate.of(1990, 3, 1), 11), "--hukou", "农业", "--marital", "初婚",
                "--first-marriage", "2018-05-01", "--household-hukou", "农业", "--created", "2026-01-01",
                "--member", "配偶,李秀英,女,1992-07-15," + id(LocalDate.of(1992, 7, 15), 22) + ",初婚"))
                .as(err::toString).isZero();
        assertThat(vreg("birth", "record", "--mother", "李秀英", "--father", "王建国", "--born", "2026-11-05T07:00",
                "--child", "王小红,女,3100")).as(err::toString).isZero();
        assertThat(out.toString()).contains("第 1 孩");

        assertThat(vreg("stats", "--period", "2026-11", "--format", "json")).as(err::toString).isZero();
        JsonNode total = readJson().get("total");
        assertThat(total.get("births").get("total").asLong()).isEqualTo(1);
        assertThat(total.get("births").get("female").asLong()).isEqualTo(1);
        assertThat(total.get("populationEnd").asLong()).isEqualTo(3);
        assertThat(total.get("women15to49").asLong()).isEqualTo(1);
        assertThat(readJson().get("period").get("from").asText()).isEqualTo("2026-11-01");

        assertThat(vreg("stats", "--period", "2026-11")).isZero();
        assertThat(out.toString()).contains("出生率").contains("柳树村");
    }

    @Test
    void auditVerifyReportsAnIntactChain() {
        initVillage();
        vreg("person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01", "--hukou", "农业",
                "--marital", "未婚", "--id", id(LocalDate.of(1985, 6, 1), 15));

        assertThat(vreg("audit", "verify")).as(err::toString).isZero();
        assertThat(out.toString()).contains("变更链完整");
    }

    @Test
    void aWrongPasswordExitsWith1AndChangesNothing() {
        initVillage();

        int code = vregWith(Map.of("VREG_PASSWORD", "not-the-password"), "", "find", "张");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isNotBlank().containsPattern("\\p{IsHan}");
        assertThat(vreg("audit", "verify")).isZero();
    }

    @Test
    void checkListsAnAdultWithoutIdNumber() {
        initVillage();
        vreg("person", "add", "--name", "周红", "--sex", "女", "--birth", "1985-08-08", "--hukou", "农业",
                "--marital", "未婚", "--relation", "户主");

        assertThat(vreg("check", "--format", "json")).as(err::toString).isZero();
        assertThat(readJson().findValuesAsText("kind")).contains("INCOMPLETE");
    }

    @Test
    void everyCommandHasHelpAndAWrongOptionIsAUserError() {
        assertThat(vreg("person", "add", "--help")).isZero();
        assertThat(out.toString()).contains("--name").contains("登记一名人员");

        assertThat(vreg("stats", "--no-such-option")).isEqualTo(1);
        assertThat(err.toString()).contains("命令参数有误");
    }

    @Test
    void picocliSOwnParseErrorsAreToldInChinese() {
        assertThat(vreg("find")).isEqualTo(1);
        assertThat(err.toString()).contains("命令参数有误：缺少 QUERY").doesNotContain("Missing");
        assertThat(vreg("init", "--role", "village")).isEqualTo(1);
        assertThat(err.toString()).contains("缺少 --division=CODE、--name=NAME");
        assertThat(vreg("fnd", "王")).isEqualTo(1);
        assertThat(err.toString()).contains("不认识 fnd").contains("是不是要写 find");
        assertThat(vreg("sample", "--villages", "abc", "--out", temp.resolve("s").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--villages=N 的值“abc”不对：应是整数").doesNotContain("is not an int");
    }

    @Test
    void theRootHelpListsEveryCommandAndAMistypedOneIsAUserError() {
        assertThat(vreg("--help")).isZero();
        for (Class<?> command : Vreg.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(out.toString()).as(name).contains("  " + name + " ");
        }
        assertThat(vreg("fnd", "王")).isEqualTo(1);
        assertThat(err.toString()).contains("fnd").contains("vreg --help");
        assertThat(Vreg.named(new String[] {"find", "王"})).containsExactly(FindCommand.class);
        assertThat(Vreg.named(new String[] {"person", "correct"})).containsExactly(PersonCommand.class);
        assertThat(Vreg.named(new String[] {"--version"})).isEqualTo(Vreg.COMMANDS);
    }

    @Test
    void aGroupCommandWithoutItsSubcommandAsksForOne() {
        for (String group : new String[] {"person", "household", "move", "enrol", "user"}) {
            assertThat(vreg(group)).as(group).isEqualTo(1);
            assertThat(err.toString()).as(group).contains("请给出子命令");
        }
    }

    private JsonNode readJson() {
        try {
            return Json.mapper().readTree(out.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }

    @Test
    void theMonthlyReportIsWrittenAsPdfAndCsv() throws Exception {
        initVillage();

        assertThat(vreg("report", "monthly", "--period", "2026-11", "--out", temp.resolve("11.pdf").toString()))
                .as(err::toString).isZero();
        assertThat(vreg("report", "monthly", "--period", "2026-11", "--out", temp.resolve("11.csv").toString()))
                .as(err::toString).isZero();
        assertThat(java.nio.file.Files.readAllBytes(temp.resolve("11.pdf"))).startsWith('%', 'P', 'D', 'F');
        assertThat(java.nio.file.Files.readString(temp.resolve("11.csv"))).contains("期初人口");
        assertThat(vreg("report", "weekly", "--period", "2026-11", "--out", temp.resolve("x.pdf").toString()))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("没有“weekly”这种报表");
    }

    @Test
    void verifyReceiptSaysWhenATextIsNoSignedReceiptAndWhenAPictureHoldsNoCode() throws Exception {
        initVillage();

        assertThat(vreg("verify-receipt", "--text", "eyJhbGciOiJub25lIn0.e30.")).isEqualTo(1);
        assertThat(err.toString()).contains("回执未通过核验", "不是生育登记回执的签名码");

        java.nio.file.Path blank = temp.resolve("blank.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        assertThat(vreg("verify-receipt", "--image", blank.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("没有找到可读的二维码");
    }
}
