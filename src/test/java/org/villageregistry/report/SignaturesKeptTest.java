package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.report.ReportDocument.Block;
import org.villageregistry.report.ReportDocument.Heading;
import org.villageregistry.report.ReportDocument.Lines;
import org.villageregistry.report.ReportDocument.Signatures;
import org.villageregistry.report.ReportTable.Column;

/** The signature block is never printed alone on a page: a closing heading and its lines go over with it. */
class SignaturesKeptTest {
    @Test
    void theClosingHeadingAndLinesShareThePageOfTheSignaturesWhereverTheTableBeforeThemEnds() {
        int alone = 0;
        for (int rows = 1; rows <= 40; rows++) {
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                table.add(List.of("村 " + r, String.valueOf(r)));
            }
            List<Block> blocks = List.of(
                    ReportTable.of("表", List.of(new Column("村", 3, Column.Kind.TEXT),
                            new Column("人数", 1, Column.Kind.NUMBER)), table),
                    new Heading("补报/更正"),
                    new Lines(List.of("以前已审核的月份没有补报或更正"), false),
                    new Signatures(List.of("填表人", "审核人", "报出日期"), true, "（盖章）"));
            ReportDocument doc = new ReportDocument("乡镇人口信息月报", true, new ReportHeader("410103100", "青山镇",
                    "clerk", LocalDateTime.of(2026, 12, 7, 9, 0), new ProgramBuild("0.1.0", "2026-12-07")), blocks);
            PdfText text = new PdfText(new PdfRenderer().render(doc, ReportProgress.NONE, CancelCheck.NEVER));

            String signed = text.pages.stream().filter(p -> p.contains("填表人")).findFirst().orElseThrow();
            assertThat(signed).as("%d rows", rows).contains("补报/更正", "以前已审核的月份没有补报或更正");
            if (text.pages.size() > 1 && !text.pages.get(0).contains("填表人")) {
                alone++;
            }
        }
        assertThat(alone).as("some table length pushes the signatures over to a second page").isPositive();
    }
}
