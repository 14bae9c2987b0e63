package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.ProgramBuild;

/**
 * A report is made from the common part of the fonts when all its text is in it, and made again from the whole
 * font when a character is not (a name with 喆): no character the font has is printed as "?".
 */
class CommonFontPartTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void theCommonPartIsATenthOfTheFontAndHasGb2312AndEveryCharacterOfTheProgramsTexts() throws Exception {
        Path regular = ShippedFonts.file(ShippedFonts.REGULAR_COMMON).orElseThrow();
        Path whole = ShippedFonts.file(ShippedFonts.REGULAR).orElseThrow();
        assertThat(Files.size(regular)).isLessThan(Files.size(whole) / 3);
        assertThat(ShippedFonts.file(ShippedFonts.BOLD_COMMON)).isPresent();

        String texts = Files.readString(Path.of("target/classes/i18n/messages_zh_CN.properties"));
        StringBuilder gb2312 = new StringBuilder();
        var encoder = Charset.forName("GB2312").newEncoder();
        for (char c = 0x4E00; c <= 0x9FA5; c++) {
            if (encoder.canEncode(c)) {
                gb2312.append(c);
            }
        }
        assertThat(gb2312.length()).isEqualTo(6_763);
        AtomicReference<ReportFonts.Faces> used = new AtomicReference<>();
        ReportFonts.made(faces -> {
            try (PDDocument doc = new PDDocument(); PdfPages pages = new PdfPages(doc, false, faces)) {
                used.set(faces);
                pages.fonts.printable(pages.fonts.regular, gb2312 + texts + "¥1,200.00 ①②③ ■□ ＋－ —…「」");
                pages.fonts.printable(pages.fonts.bold, gb2312 + texts);
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(used.get()).isEqualTo(ReportFonts.Faces.COMMON);
    }

    @Test
    void aNameOutsideTheCommonPartIsPrintedFromTheWholeFontNotAsAQuestionMark() {
        for (String name : List.of("王喆", "李堃", "赵玥", "张犇")) {
            AtomicReference<ReportFonts.Faces> last = new AtomicReference<>();
            byte[] pdf = ReportFonts.made(faces -> {
                last.set(faces);
                return new PdfRendererProbe().render(roll(name), faces);
            });

            PdfText text = new PdfText(pdf);
            assertThat(last.get()).as(name).isEqualTo(ReportFonts.Faces.WHOLE);
            assertThat(text.all()).as(name).contains(name).doesNotContain("?");
        }
    }

    @Test
    void aReportWithCommonTextOnlyIsMadeOnceFromTheCommonPart() {
        List<ReportFonts.Faces> tries = new ArrayList<>();
        byte[] pdf = ReportFonts.made(faces -> {
            tries.add(faces);
            return new PdfRendererProbe().render(roll("周小梅"), faces);
        });

        assertThat(tries).containsExactly(ReportFonts.Faces.COMMON);
        assertThat(new PdfText(pdf).all()).contains("周小梅", "育儿补贴", "发放人").doesNotContain("?");
    }

    @Test
    void theRendererMakesAReportWithARareNameWhole() {
        byte[] pdf = new PdfRenderer().render(DocumentLayouts.roll(roll("王喆")), ReportProgress.NONE,
                CancelCheck.NEVER);

        assertThat(new PdfText(pdf).all()).contains("王喆").doesNotContain("?");
    }

    @Test
    void aCharacterNoShippedFontHasIsNamedOnThePaperToBeWrittenInByHand() {
        byte[] pdf = new PdfRenderer().render(DocumentLayouts.roll(roll("王\uD844\uDC84")), ReportProgress.NONE,
                CancelCheck.NEVER);

        String text = new PdfText(pdf).all().replaceAll("\\s+", "");
        assertThat(text).contains("王?", "本表有1个字本程序的字体里没有", "U+21084", "请在打印件上用笔写上");
        assertThat(new PdfText(new PdfRenderer().render(DocumentLayouts.roll(roll("王喆")), ReportProgress.NONE,
                CancelCheck.NEVER)).all()).as("no note when every character is printed").doesNotContain("Unicode");
    }

    @Test
    void latinTextWithALigatureSavesFromTheCommonPart() throws Exception {
        // "ff" (a workstation id, a hash): the whole font's ligature glyph is not in the common part
        byte[] pdf = ReportFonts.made(faces -> new PdfRendererProbe().render(roll("Jeff Coffee 7144302c-01f3"
                + "-4e17-885f-7b95129ffa01"), faces));

        assertThat(new PdfText(pdf).all()).contains("Coffee", "129ffa01");
        for (String resource : List.of(ShippedFonts.REGULAR_COMMON, ShippedFonts.BOLD_COMMON)) {
            try (var ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBuffer(ShippedFonts.bytes(resource)))) {
                assertThat(ttf.getTableMap().keySet()).as(resource).doesNotContain("GSUB", "GPOS");
            }
        }
    }

    /** The renderer with the fonts given, so a test sees which were used. */
    private static final class PdfRendererProbe {
        byte[] render(PaymentRoll roll, ReportFonts.Faces faces) {
            return PdfRenderer.render(DocumentLayouts.roll(roll), ReportProgress.NONE, CancelCheck.NEVER, faces);
        }
    }

    private static PaymentRoll roll(String name) {
        return new PaymentRoll(new ReportHeader("410103100001", "柳树村", "张会计", LocalDateTime.of(2026, 12, 2, 9, 30),
                new ProgramBuild("0.1.0", "2026-11-30")), "YEBT", "育儿补贴", "2026-11", false,
                List.of(new PaymentRoll.Line("", name, "410103********0266", "0001", "2026-11", "子女 小明",
                        Money.yuan(300))));
    }
}
