package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each workstation prints its own monthly report; asking for the other kind says which one to print instead. */
class ReportForTheWorkstationTest extends StationsAtTheTerminal {
    @Test
    void theTownshipIsToldToPrintTheTownshipReportNotAVillagesOne() {
        assertThat(at("town", "init", "--role", "township", "--division", "410103100", "--name", "城关镇",
                "--user", "admin")).as(() -> err.toString()).isZero();
        Path pdf = temp.resolve("village.pdf");

        assertThat(at("town", "report", "monthly", "--period", "2026-11", "--out", pdf.toString()))
                .isEqualTo(Vreg.USER_ERROR);

        assertThat(err.toString()).contains("乡镇工作站").contains("乡镇人口信息月报").contains("report township");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void aVillageIsToldToPrintTheVillageReportNotTheTownships() {
        assertThat(at("willow", "init", "--role", "village", "--division", "410103100001", "--name", "柳树村",
                "--user", "admin")).as(() -> err.toString()).isZero();
        Path pdf = temp.resolve("township.pdf");

        assertThat(at("willow", "report", "township", "--period", "2026-11", "--out", pdf.toString()))
                .isEqualTo(Vreg.USER_ERROR);

        assertThat(err.toString()).contains("村级工作站").contains("村人口信息月报").contains("report monthly");
        assertThat(Files.exists(pdf)).isFalse();
    }
}
