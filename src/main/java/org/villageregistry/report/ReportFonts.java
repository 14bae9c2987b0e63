package org.villageregistry.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC Regular and Bold (TrueType outlines, unpacked into /fonts at build time), embedded into each
 * document as a subset so a report looks the same on every machine and stays small.
 */
final class ReportFonts {
    static final String REGULAR = "/fonts/NotoSansSC-Regular.ttf";
    static final String BOLD = "/fonts/NotoSansSC-Bold.ttf";
    /**
     * The font files (10 MB each) while a report uses them: weakly, so reports made one after the other read them
     * once, and they go with the last report that used them instead of staying for the rest of the session.
     */
    private static final Map<String, WeakReference<byte[]>> FILES = new HashMap<>();

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final DrawnText drawn = new DrawnText();

    private ReportFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load(PDDocument doc) {
        try {
            // the file's bytes as they are (an InputStream was copied into a buffer of PDFBox's first: 10 MB each)
            return new ReportFonts(font(doc, REGULAR), font(doc, BOLD));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font", e);
        }
    }

    /** Embedded as a subset when the document is saved; the document closes the parsed font with itself. */
    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file(resource)));
        doc.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(doc, ttf, true);
    }

    private static synchronized byte[] file(String resource) throws IOException {
        WeakReference<byte[]> kept = FILES.get(resource);
        byte[] bytes = kept == null ? null : kept.get();
        if (bytes == null) {
            try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("font " + resource + " is missing from the build (maven-dependency-plugin"
                            + " unpacks it in generate-resources)");
                }
                bytes = in.readAllBytes();
            }
            FILES.put(resource, new WeakReference<>(bytes));
        }
        return bytes;
    }

    /** The text with every character the font cannot draw replaced by "?", so one odd character never stops a report. */
    String printable(PDType0Font font, String text) {
        if (text == null) {
            return "";
        }
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
                return;
            }
            boolean ok = known.computeIfAbsent(cp, c -> canDraw(font, c));
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }

    /**
     * The printable text, remembered as drawn with this font: which character each glyph code stood for, so the
     * ToUnicode map can be written from what was really shown (see {@link DrawnText}).
     */
    String shown(PDType0Font font, String text) {
        String printable = printable(font, text);
        drawn.remember(font, printable);
        return printable;
    }

    DrawnText drawn() {
        return drawn;
    }

    private static boolean canDraw(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(PDType0Font font, String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
