package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.villageregistry.service.Json;

/** 柳树村 submits October at its terminal, 城关镇's clerk returns it, then approves it when it comes again. */
class SignoffCommandLineTest extends StationsAtTheTerminal {
    @Test
    void aMonthIsSubmittedReturnedSubmittedAgainAndApprovedAtTheTerminals() throws Exception {
        enrolledBothWays();
        assertThat(at("willow", "person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01",
                "--hukou", "农业", "--marital", "未婚")).as(() -> err.toString()).isZero();
        assertThat(at("willow", "signoff", "submit", "--period", "2026-10")).as(() -> err.toString()).isZero();
        assertThat(out.toString()).contains("2026-10").contains("下一个数据包");
        Path first = folder("b1");
        assertThat(at("willow", "export", "--to", first.toString())).isZero();
        assertThat(out.toString()).contains("附送审月报表：2026-10");

        assertThat(at("town", "signoff", "status", "--period", "2026-10")).isZero();
        assertThat(out.toString()).contains("柳树村").contains("未报（逾期）").contains("逾期（应在 2026-11-03 前报出）：");
        assertThat(at("town", "signoff", "approve", "--village", "410103100001", "--period", "2026-10"))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("柳树村").contains("还没有送到");

        assertThat(at("town", "import", first.toString())).as(() -> err.toString()).isZero();
        assertThat(at("town", "signoff", "status", "--period", "2026-10", "--format", "json")).isZero();
        JsonNode status = Json.mapper().readTree(out.toString());
        assertThat(status.get(0).path("state").asText()).isEqualTo("PENDING");
        assertThat(status.get(0).path("overdue").asBoolean()).isFalse();

        assertThat(at("town", "signoff", "return", "--village", "410103100001", "--period", "2026-10"))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("必须写明原因");
        assertThat(at("town", "signoff", "return", "--village", "410103100001", "--period", "2026-10",
                "--reason", "出生人数与医院名单不符")).isZero();
        Path receipts = folder("r1");
        assertThat(at("town", "receipt", "--village", "410103100001", "--to", receipts.toString())).isZero();
        assertThat(at("willow", "import", receipts.toString())).as(() -> err.toString()).isZero();
        assertThat(at("willow", "signoff", "status")).isZero();
        assertThat(out.toString()).contains("2026-10").contains("退回").contains("出生人数与医院名单不符");

        assertThat(at("willow", "signoff", "submit", "--period", "2026-10")).isZero();
        Path second = folder("b2");
        assertThat(at("willow", "export", "--to", second.toString())).as(() -> err.toString()).isZero();
        assertThat(out.toString()).as("nothing new since the receipt: the export says so, as the township will")
                .contains("上次回执之后没有新的变更，只附送审月报表").doesNotContain("共 1 条").contains("附送审月报表：2026-10");
        assertThat(at("town", "import", second.toString())).as(() -> err.toString()).isZero();
        assertThat(out.toString()).contains("没有新的变更");
        assertThat(at("town", "signoff", "approve", "--village", "410103100001", "--period", "2026-10")).isZero();
        assertThat(out.toString()).contains("已审核通过 柳树村 2026-10");
        Path receipts2 = folder("r2");
        assertThat(at("town", "receipt", "--village", "410103100001", "--to", receipts2.toString())).isZero();
        assertThat(at("willow", "import", receipts2.toString())).as(() -> err.toString()).isZero();
        assertThat(at("willow", "signoff", "status", "--format", "json")).isZero();
        assertThat(Json.mapper().readTree(out.toString()).get(0).path("state").asText()).isEqualTo("APPROVED");

        assertThat(at("willow", "signoff", "submit", "--period", "2026-10")).isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("2026-10").contains("已经审核通过");

        // a death in the approved month, recorded at the terminal, says where the change goes
        assertThat(at("willow", "death", "record", "--person", "张伟", "--date", "2026-10-20")).as(() -> err.toString()).isZero();
        assertThat(out.toString()).contains("2026-10 月报表已审核通过并锁定", "补报/更正");
        // a person added without a day of entering counts since birth: the approved month changes, and it says so
        assertThat(at("willow", "person", "add", "--name", "李强", "--sex", "男", "--birth", "1990-03-03",
                "--hukou", "农业", "--marital", "未婚")).as(() -> err.toString()).isZero();
        assertThat(out.toString()).contains("此人从 1990-03-03 起计入各月人口", "2026-10 月报表已审核通过并锁定",
                "填写进入台账日期");
        assertThat(at("town", "signoff", "approve", "--village", "410103100077", "--period", "2026-10"))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("410103100077");
        assertThat(at("town", "signoff", "status", "--period", "2026年10月")).as("written the Chinese way").isZero();
        assertThat(at("town", "signoff", "status", "--period", "十月")).isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("十月");
        assertThat(at("town", "audit", "list")).isZero();
        assertThat(out.toString()).contains("SIGNOFF_APPROVED").contains("SIGNOFF_RETURNED").contains("410103100001 2026-10");
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(temp.resolve(name));
    }

    private void enrolledBothWays() throws Exception {
        assertThat(at("town", "init", "--role", "township", "--division", "410103100", "--name", "城关镇",
                "--user", "admin")).as(() -> err.toString()).isZero();
        assertThat(at("willow", "init", "--role", "village", "--division", "410103100001", "--name", "柳树村",
                "--user", "admin")).as(() -> err.toString()).isZero();
        assertThat(at("willow", "enrol", "export", "--to", stick.toString())).isZero();
        assertThat(at("town", "enrol", "import", stick.resolve("410103100001.enrol.json").toString())).isZero();
        assertThat(at("town", "enrol", "export", "--to", stick.toString())).isZero();
        assertThat(at("willow", "enrol", "import", stick.resolve("410103100.enrol.json").toString())).isZero();
    }

}
