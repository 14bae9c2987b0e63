package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** vreg ledger import/export at the registrar's terminal. */
class LedgerCommandLineTest extends VillageAtTheTerminal {
    static final Path SAMPLE = Path.of("sample-data/ledger/柳树村人口台账.xlsx").toAbsolutePath();


    @BeforeEach
    void village() {
        initVillage();
    }

    private int exportedPersons() {
        Path file = temp.resolve("count.xlsx");
        assertThat(vreg("ledger", "export", "--out", file.toString())).as(err::toString).isZero();
        return Integer.parseInt(out.toString().replaceAll("(?s).*已导出 (\\d+) 人.*", "$1"));
    }

    @Test
    void aDryRunShowsWhatWouldHappenAndWritesNothing() {
        int code = vreg("ledger", "import", SAMPLE.toString(), "--dry-run");

        assertThat(code).isEqualTo(Vreg.USER_ERROR);
        assertThat(out.toString()).contains("表头在第 2 行").contains("试运行，未写入任何数据")
                .contains("新建 21 人（新立 8 户）").contains("跳过有错误的 10 行").contains("“火星族”无法识别");
        assertThat(exportedPersons()).isZero();
    }

    @Test
    void anExportNamedAsAnotherKindOfFileIsRefusedAndNothingIsWritten() {
        Path csv = temp.resolve("台账.csv");

        assertThat(vreg("ledger", "export", "--out", csv.toString())).isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("写出的是 Excel 工作簿，文件名应以 .xlsx 结尾");
        assertThat(Files.exists(csv)).isFalse();
    }

    @Test
    void importingTheSampleImportsTheGoodRowsAndWritesTheBadOnesToFix() {
        Path errors = temp.resolve("待修改.xlsx");

        int code = vreg("ledger", "import", SAMPLE.toString(), "--errors-out", errors.toString());

        assertThat(code).isEqualTo(Vreg.USER_ERROR);
        assertThat(out.toString()).contains("已导入：新建 21 人（新立 8 户）").contains("10 行错误已写入");
        assertThat(Files.exists(errors)).isTrue();
        assertThat(exportedPersons()).isEqualTo(21);
    }

    @Test
    void aCleanLedgerImportsWithExitCodeZeroAndTwiceChangesNothing() {
        vreg("ledger", "import", SAMPLE.toString());
        Path exported = temp.resolve("导出.xlsx");
        vreg("ledger", "export", "--out", exported.toString());

        int code = vreg("ledger", "import", exported.toString());

        assertThat(code).as(err::toString).isZero();
        assertThat(out.toString()).contains("新建 0 人").contains("无变化 21 人");
        assertThat(exportedPersons()).isEqualTo(21);
    }

    @Test
    void aMissingFileOrABadMappingIsAUserError() throws Exception {
        assertThat(vreg("ledger", "import", temp.resolve("没有.xlsx").toString())).isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("找不到文件");

        Path mapping = temp.resolve("mapping.json");
        Files.writeString(mapping, "{\"birthday\": \"生日\"}", StandardCharsets.UTF_8);
        assertThat(vreg("ledger", "import", SAMPLE.toString(), "--mapping", mapping.toString()))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("“birthday”不是可导入的列");
        assertThat(exportedPersons()).isZero();
    }

    @Test
    void ledgerHelpIsInChinese() {
        assertThat(vreg("ledger", "import", "--help")).isZero();
        assertThat(out.toString()).contains("导入台账").contains("--dry-run").contains("--errors-out");
    }
}
