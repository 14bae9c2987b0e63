package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Lines of a printed cell never begin with a closing bracket or punctuation mark; nothing is lost or doubled. */
class LineBreakTest {
    @Test
    void aClosingBracketThatWouldBeginALineTakesTheCharacterBeforeIt() throws Exception {
        try (PDDocument doc = new PDDocument(); PdfPages pages = new PdfPages(doc, false, ReportFonts.Faces.COMMON)) {
            String header = "育儿补贴（人数 / 发放金额）";
            float size = 8;
            // as wide as the text up to 额, so that the closing bracket alone would not fit
            float width = pages.fonts.width(pages.fonts.regular, "育儿补贴（人数 / 发放金额", size) + 0.5f;
            List<String> lines = pages.wrap(header, pages.fonts.regular, size, width);

            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).isEqualTo("额）");
            assertThat(String.join("", lines)).isEqualTo(header);
            for (String line : pages.wrap("甲。乙，丙、丁；戊：己！庚？辛%壬）", pages.fonts.regular, size,
                    pages.fonts.width(pages.fonts.regular, "甲", size) * 2.5f)) {
                assertThat("）)，,。.、；;：:！!？?％%…").doesNotContain(line.substring(0, 1));
            }
        }
    }

    @Test
    void aNumberIsNotSplitWhileItFitsOnALineOfItsOwn() throws Exception {
        try (PDDocument doc = new PDDocument(); PdfPages pages = new PdfPages(doc, false, ReportFonts.Faces.COMMON)) {
            float size = 8;
            float width = pages.fonts.width(pages.fonts.regular, "100.0% (1", size) + 0.5f;

            assertThat(pages.wrap("100.0% (1/1)*", pages.fonts.regular, size, width))
                    .containsExactly("100.0%", "(1/1)*");
            assertThat(pages.wrap("64 → 643", pages.fonts.regular, size,
                    pages.fonts.width(pages.fonts.regular, "64 → 6", size) + 0.5f)).containsExactly("64 →", "643");
            float narrow = pages.fonts.width(pages.fonts.regular, "12345", size) + 0.5f;
            assertThat(pages.wrap("1234567890", pages.fonts.regular, size, narrow)).as("longer than a line: split")
                    .containsExactly("12345", "67890");
            List<String> mixed = pages.wrap("出生率 12.5‰，死亡率", pages.fonts.regular, size,
                    pages.fonts.width(pages.fonts.regular, "出生率 12.", size) + 0.5f);
            assertThat(mixed.get(0)).isEqualTo("出生率");
            assertThat(mixed.get(1)).startsWith("12.5‰，");
            assertThat(String.join("", mixed)).isEqualTo("出生率12.5‰，死亡率");
        }
    }
}
