package org.villageregistry.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC Regular and Bold (TrueType outlines, unpacked into /fonts at build time), embedded into each
 * document as a subset so a report looks the same on every machine and stays small. A report is first made from
 * the fonts' common part ({@link CommonFontSubset}: GB 2312, Latin, symbols and the program's own texts, 2.4 MB a
 * weight); when its text has a character outside it, it is made again from the whole font, so no character the
 * font has is ever printed as "?" (docs/decisions/0045).
 */
final class ReportFonts {
    static final String REGULAR = ShippedFonts.REGULAR;
    static final String BOLD = ShippedFonts.BOLD;

    /** Which files the fonts are read from: the common part, or the whole font. */
    enum Faces {
        COMMON(ShippedFonts.REGULAR_COMMON, ShippedFonts.BOLD_COMMON), WHOLE(ShippedFonts.REGULAR, ShippedFonts.BOLD);

        final String regular;
        final String bold;

        Faces(String regular, String bold) {
            this.regular = regular;
            this.bold = bold;
        }
    }

    /** A character outside the common part was to be drawn: the document is to be made from the whole font. */
    static final class WholeFontNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WholeFontNeeded(int codePoint) {
            super("U+" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)
                    + " is not in the common part of the font", null, false, false);
        }
    }

    final PDType0Font regular;
    final PDType0Font bold;
    private final Faces faces;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final DrawnText drawn = new DrawnText();

    private ReportFonts(Faces faces, PDType0Font regular, PDType0Font bold) {
        this.faces = faces;
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load(PDDocument doc, Faces faces) {
        try {
            return new ReportFonts(faces, font(doc, faces.regular), font(doc, faces.bold));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font", e);
        }
    }

    /**
     * What {@code make} makes from the common part of the fonts, or, when its text has a character outside that
     * part, what it makes again from the whole font.
     */
    static <T> T made(java.util.function.Function<Faces, T> make) {
        try {
            return make.apply(Faces.COMMON);
        } catch (WholeFontNeeded e) {
            return make.apply(Faces.WHOLE);
        }
    }

    /**
     * Embedded as a subset when the document is saved; the document closes the parsed font with itself. Parsed from
     * the font's file ({@link ShippedFonts}): PDFBox copies what it parses into a buffer of its own anyway, so the
     * file's 10 MB are not read into the heap first (they were, and grew there by doubling: 39 MB allocated for the
     * two weights of each report).
     */
    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        Optional<Path> file = ShippedFonts.file(resource);
        TrueTypeFont ttf = new TTFParser().parse(file.isPresent() ? new RandomAccessReadBufferedFile(file.get())
                : new RandomAccessReadBuffer(ShippedFonts.bytes(resource)));
        doc.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(doc, ttf, true);
    }

    /** Characters the fonts could not draw, printed as "?". */
    private final java.util.SortedSet<Integer> missing = new java.util.TreeSet<>();

    /**
     * The text with every character the font cannot draw replaced by "?", so one odd character never stops a report
     * (from the common part: {@link WholeFontNeeded} instead, and the report is made from the whole font).
     */
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
            if (!ok && faces == Faces.COMMON) {
                throw new WholeFontNeeded(cp);
            }
            if (!ok) {
                missing.add(cp);
            }
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }

    /** The characters printed as "?" so far (a rare name character no shipped font has), in code order. */
    java.util.SortedSet<Integer> missing() {
        return java.util.Collections.unmodifiableSortedSet(missing);
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
