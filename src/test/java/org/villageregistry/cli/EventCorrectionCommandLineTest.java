package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.IdNumber;

/** vreg death|marriage correct: a recorded event corrected from the terminal, found by the id person show lists. */
class EventCorrectionCommandLineTest extends VillageAtTheTerminal {
    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @BeforeEach
    void villageWithWangAndZhang() {
        initVillage();
        ok("person", "add", "--name", "王老汉", "--sex", "男", "--birth", "1940-01-05", "--id",
                IdNumber.compose("410103", LocalDate.of(1940, 1, 5), 15), "--hukou", "农业", "--marital", "丧偶");
        ok("person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01", "--id",
                IdNumber.compose("410103", LocalDate.of(1985, 6, 1), 17), "--hukou", "农业", "--marital", "未婚");
    }

    @Test
    void aDeathDateIsCorrectedByTheIdPersonShowListsAndABadDateIsRefusedQuotingIt() {
        ok("death", "record", "--person", "王老汉", "--date", "2026-03-10");
        String death = eventId("王老汉", "死亡");

        assertThat(vreg("death", "correct", death, "--date", "1939-12-01", "--reason", "录入错误")).isEqualTo(1);
        assertThat(err.toString()).contains("1939-12-01").contains("1940-01-05");
        assertThat(vreg("death", "correct", death, "--date", "2026-04-10")).isEqualTo(1);
        assertThat(err.toString()).contains("更正死亡登记须选择更正原因");
        ok("person", "show", "王老汉");
        assertThat(out.toString()).contains("2026-03-10").doesNotContain("2026-04-10");

        ok("death", "correct", death, "--date", "2026-04-10", "--place", "县医院", "--reason", "依据户口簿或身份证");
        assertThat(out.toString()).contains("已更正死亡登记").contains(death).contains("依据户口簿或身份证");
        ok("person", "show", "王老汉");
        assertThat(out.toString()).contains("2026-04-10").doesNotContain("2026-03-10");
        ok("audit", "list");
        assertThat(out.toString()).contains("EVENT_CORRECTED").contains("fields=date,place;reason=DOCUMENT")
                .doesNotContain("县医院");
    }

    @Test
    void aMarriageDateCorrectedMovesThe初婚日期AndADeathCommandSaysWhichCommandAMarriageTakes() {
        ok("marriage", "record", "--husband", "张伟", "--other-name", "李娜", "--date", "2026-05-01");
        String marriage = eventId("张伟", "结婚");

        assertThat(vreg("death", "correct", marriage, "--date", "2026-05-02", "--reason", "录入错误")).isEqualTo(1);
        assertThat(err.toString()).contains("是婚姻登记").contains("vreg marriage correct");
        assertThat(vreg("marriage", "correct", "不是编号", "--reason", "录入错误")).isEqualTo(1);
        assertThat(err.toString()).contains("“不是编号”不是记录编号");

        ok("marriage", "correct", marriage, "--date", "2026-04-28", "--reason", "录入错误");
        ok("person", "show", "张伟");
        assertThat(out.toString()).contains("2026-04-28").doesNotContain("2026-05-01");
    }

    @Test
    void aDeathOfTheWrongPersonIsVoidedAndHeIsInTheRegisterAgain() {
        ok("death", "record", "--person", "王老汉", "--date", "2026-03-10");
        String death = eventId("王老汉", "死亡");

        assertThat(vreg("death", "void", death)).isEqualTo(1);
        assertThat(err.toString()).contains("缺少 --reason=TEXT");
        ok("death", "void", death, "--reason", "选错了人");
        assertThat(out.toString()).contains("已作废死亡登记").contains(death).contains("选错了人");
        ok("person", "show", "王老汉");
        assertThat(out.toString()).contains("户籍在村且常住");
        assertThat(vreg("marriage", "void", death, "--reason", "x")).isEqualTo(1);
        assertThat(err.toString()).contains("是死亡登记");
    }

    @Test
    void aMoveOutOfTheWrongPersonIsVoidedAndHeLivesHereAgain() {
        ok("move", "out", "--person", "张伟", "--date", "2026-03-10", "--to", "440000000000");
        ok("person", "show", "张伟");
        assertThat(out.toString()).contains("已迁出");
        String move = eventId("张伟", "迁出");

        ok("move", "void", move, "--reason", "迁错了人");
        assertThat(out.toString()).contains("已作废迁移登记").contains(move).contains("迁错了人");
        ok("person", "show", "张伟");
        assertThat(out.toString()).contains("户籍在村且常住").contains("迁出（已作废：迁错了人）");
        assertThat(vreg("move", "void", move, "--reason", "再来")).isEqualTo(1);
        assertThat(err.toString()).contains("已经作废");
    }

    /** The record id `person show` lists on the line of the person's event. */
    private String eventId(String person, String event) {
        ok("person", "show", person);
        for (String line : out.toString().split("\\R")) {
            Matcher id = RECORD_ID.matcher(line);
            if (line.contains(event) && id.find()) {
                return id.group();
            }
        }
        throw new AssertionError("no record id of " + event + " in:\n" + out);
    }
}
