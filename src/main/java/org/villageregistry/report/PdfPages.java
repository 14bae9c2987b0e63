package org.villageregistry.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of one document being written: A4 portrait or landscape, margins, a cursor moving down the page, and
 * small drawing steps (text, lines, boxes). Footers are added at the end, when the page count is known.
 */
final class PdfPages implements AutoCloseable {
    static final float MARGIN = 42f;
    static final float TOP = 40f;
    static final float FOOTER_ZONE = 48f;
    static final Color LINE = new Color(0x55, 0x55, 0x55);
    static final Color SHADE = new Color(0xEE, 0xF1, 0xF5);

    final PDDocument doc;
    final ReportFonts fonts;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument doc, boolean landscape, ReportFonts.Faces faces) {
        this.doc = doc;
        this.fonts = ReportFonts.load(doc, faces);
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        newPage();
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(doc, page);
            y = size.getHeight() - TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<PDPage> pages() {
        return pages;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float pageHeight() {
        return size.getHeight();
    }

    float y() {
        return y;
    }

    void down(float amount) {
        y -= amount;
    }

    float roomLeft() {
        return y - FOOTER_ZONE;
    }

    /** Starts a new page unless this much height is still free on the current one. */
    void ensure(float height) {
        if (roomLeft() < height) {
            newPage();
        }
    }

    PDPageContentStream content() {
        return content;
    }

    void text(String text, float x, float baseline, PDType0Font font, float fontSize, Color color) {
        try {
            content.beginText();
            content.setNonStrokingColor(color);
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, baseline);
            content.showText(fonts.shown(font, text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(String text, float x, float baseline, PDType0Font font, float fontSize) {
        text(text, x, baseline, font, fontSize, Color.BLACK);
    }

    void centred(String text, float centreX, float baseline, PDType0Font font, float fontSize) {
        float w = fonts.width(font, fonts.printable(font, text), fontSize);
        text(text, centreX - w / 2, baseline, font, fontSize);
    }

    void rightAligned(String text, float rightX, float baseline, PDType0Font font, float fontSize) {
        float w = fonts.width(font, fonts.printable(font, text), fontSize);
        text(text, rightX - w, baseline, font, fontSize);
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float bottom, float w, float h, float lineWidth, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(lineWidth);
            content.addRect(x, bottom, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float bottom, float w, float h, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills many rectangles as one path (x, bottom, w, h each): a renderer then blends only the outer edges, where
     * squares filled one by one leave hairline seams between neighbours that break a QR code's pattern in a scan.
     */
    void fillTogether(List<float[]> rectangles, Color color) {
        try {
            content.setNonStrokingColor(color);
            for (float[] r : rectangles) {
                content.addRect(r[0], r[1], r[2], r[3]);
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closing brackets and punctuation a printed line does not begin with (they stay with the character before). */
    private static final String NO_LINE_START = "）)]】」』〕〉》，,。.、；;：:！!？?％%…";

    /**
     * Breaks text into lines no wider than maxWidth, character by character (Chinese has no spaces to break at),
     * except that a word of Latin letters, digits and their signs ("100.0%", "(1/1)*", "643") is not split while it
     * fits on a line of its own: the line breaks before it, and a space at a break is dropped. A closing bracket or
     * punctuation mark that would begin a line takes the character before it along.
     */
    List<String> wrap(String text, PDType0Font font, float fontSize, float maxWidth) {
        String printable = fonts.printable(font, text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        int i = 0;
        while (i < printable.length()) {
            int cp = printable.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = fonts.width(font, ch, fontSize);
            if (lineWidth + w > maxWidth && line.length() > 0) {
                int cut = breakBefore(line, cp);
                String carried = line.substring(cut).stripLeading();
                lines.add(line.substring(0, cut).stripTrailing());
                line.setLength(0);
                line.append(carried);
                lineWidth = carried.isEmpty() ? 0 : fonts.width(font, carried, fontSize);
                if (carried.isEmpty() && cp == ' ') {
                    i += 1;
                    continue;
                }
            }
            line.append(ch);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where the next line begins in a full line, before the code point {@code next} that did not fit. */
    private static int breakBefore(StringBuilder line, int next) {
        int end = line.length();
        if (inWord(next) && inWord(line.codePointBefore(end))) {
            int start = end;
            while (start > 0 && inWord(line.codePointBefore(start))) {
                start -= Character.charCount(line.codePointBefore(start));
            }
            if (start > 0) {
                return start;
            }
        }
        if (NO_LINE_START.indexOf(next) >= 0 && line.codePointCount(0, end) > 1) {
            return line.offsetByCodePoints(end, -1);
        }
        return end;
    }

    /** Part of a word that is not split: Latin letters, digits and their signs, not a space and not Chinese. */
    private static boolean inWord(int cp) {
        return cp < 0x2E80 && !Character.isWhitespace(cp) && cp != '→';
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
