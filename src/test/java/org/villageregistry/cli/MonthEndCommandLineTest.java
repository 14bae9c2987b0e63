package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 城关镇's clerk at month-end on the command line: every village's receipt in one run, and options shown as
 * optional that work when left out (the township report for the last complete month).
 */
class MonthEndCommandLineTest extends StationsAtTheTerminal {
    private void township() {
        assertThat(at("town", "init", "--role", "township", "--division", "410103100", "--name", "城关镇",
                "--user", "admin")).as(() -> err.toString()).isZero();
    }

    private void village(String station, String code, String name) throws Exception {
        assertThat(at(station, "init", "--role", "village", "--division", code, "--name", name, "--user", "admin"))
                .as(() -> err.toString()).isZero();
        Path enrol = Files.createDirectories(temp.resolve("enrol-" + code));
        assertThat(at(station, "enrol", "export", "--to", enrol.toString())).as(() -> err.toString()).isZero();
        assertThat(at("town", "enrol", "import", enrol.resolve(code + ".enrol.json").toString()))
                .as(() -> err.toString()).isZero();
        assertThat(at("town", "enrol", "export", "--to", enrol.toString())).isZero();
        assertThat(at(station, "enrol", "import", enrol.resolve("410103100.enrol.json").toString())).isZero();
    }

    @Test
    void receiptAllWritesEveryEnrolledVillagesReceiptInOneRun() throws Exception {
        township();
        village("willow", "410103100001", "柳树村");
        village("poplar", "410103100002", "杨庄村");
        assertThat(at("willow", "person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01",
                "--hukou", "农业", "--marital", "未婚")).as(() -> err.toString()).isZero();
        assertThat(at("willow", "export", "--to", stick.toString())).as(() -> err.toString()).isZero();
        assertThat(at("town", "import", stick.toString())).as(() -> err.toString()).isZero();
        Path receipts = Files.createDirectories(temp.resolve("receipts"));

        assertThat(at("town", "receipt", "--all", "--to", receipts.toString())).as(() -> err.toString()).isZero();

        assertThat(out.toString().lines().filter(l -> l.startsWith("已写出回执")).count()).isEqualTo(2);
        assertThat(files(receipts)).hasSize(2).anySatisfy(f -> assertThat(f).startsWith("410103100001_receipt_"))
                .anySatisfy(f -> assertThat(f).startsWith("410103100002_receipt_"));
        assertThat(at("willow", "import", receipts.resolve(files(receipts).stream()
                .filter(f -> f.startsWith("410103100001")).findFirst().orElseThrow()).toString()))
                .as(() -> err.toString()).isZero();
        assertThat(out.toString()).contains("第 1 号及以前的变更已送达");
    }

    @Test
    void receiptWantsAVillageOrAll() {
        township();

        assertThat(at("town", "receipt", "--to", stick.toString())).isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("--village").contains("--all");
        assertThat(at("town", "receipt", "--all", "--village", "410103100001", "--to", stick.toString()))
                .isEqualTo(Vreg.USER_ERROR);
    }

    @Test
    void theTownshipReportWithoutAPeriodIsForTheLastCompleteMonthAndTheHelpSaysSo() throws Exception {
        township();
        Path without = temp.resolve("without.csv");
        Path october = temp.resolve("october.csv");

        assertThat(at("town", "report", "township", "--out", without.toString())).as(() -> err.toString()).isZero();
        assertThat(at("town", "report", "township", "--period", "2026-10", "--out", october.toString()))
                .as(() -> err.toString()).isZero();

        assertThat(Files.readString(without)).isEqualTo(Files.readString(october));
        assertThat(at("town", "report", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", "")).contains("不写时用上一个完整的月");
    }

    @Test
    void theOtherOptionalOptionsWorkWhenLeftOut() throws Exception {
        township();

        assertThat(at("town", "report", "quality", "--out", temp.resolve("q.csv").toString()))
                .as(() -> err.toString()).isZero();
        assertThat(at("town", "upload")).as(() -> err.toString()).isZero();
        assertThat(at("town", "conflicts", "list")).as(() -> err.toString()).isZero();
        assertThat(at("town", "audit", "list")).as(() -> err.toString()).isZero();
        assertThat(at("town", "check")).as(() -> err.toString()).isZero();

        assertThat(at("town", "report", "roll", "--out", temp.resolve("roll.csv").toString()))
                .isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("--programme").doesNotContain("“”");
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".vrr.json")).toList();
        }
    }
}
