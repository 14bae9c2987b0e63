package org.villageregistry.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Run by the build (exec-maven-plugin, process-classes): writes beside each shipped Noto Sans SC weight its
 * <em>common</em> part ({@code NotoSansSC-Regular-common.ttf}), the glyphs of GB 2312 (its 6,763 characters and
 * 682 symbols), Latin, the punctuation and symbol blocks and every character of the program's own texts: about a
 * tenth of the font. A report whose text is all in it is made from the small file; one with any other character
 * (a name with 堃 or 喆) is made again from the whole font ({@link ReportFonts}; docs/decisions/0045). Parsing
 * the whole font kept about 20 MB per weight in the heap while a report was made.
 */
public final class CommonFontSubset {
    static final String SUFFIX = "-common";
    /** The tables a subset keeps: PDFBox's own for embedding, and what maps and names the characters. */
    static final java.util.List<String> KEPT_TABLES = java.util.List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
            "glyf", "hmtx", "fpgm", "gasp", "OS/2", "name", "cmap", "post");

    private CommonFontSubset() {
    }

    /** args: the fonts folder (with NotoSansSC-Regular.ttf and -Bold.ttf), then the program's text files. */
    public static void main(String[] args) throws IOException {
        Path fonts = Path.of(args[0]);
        Set<Integer> chars = common();
        for (int i = 1; i < args.length; i++) {
            Files.readString(Path.of(args[i]), StandardCharsets.UTF_8).codePoints().forEach(chars::add);
        }
        for (String weight : new String[] {"NotoSansSC-Regular", "NotoSansSC-Bold"}) {
            Path full = fonts.resolve(weight + ".ttf");
            Path common = fonts.resolve(weight + SUFFIX + ".ttf");
            if (Files.isRegularFile(common) && Files.getLastModifiedTime(common).compareTo(
                    Files.getLastModifiedTime(full)) >= 0 && newerThanTexts(common, args)) {
                continue;
            }
            Path part = fonts.resolve(weight + SUFFIX + ".ttf.part");
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(full));
                    OutputStream out = Files.newOutputStream(part)) {
                // only the tables that draw glyphs and map characters: the layout tables (GSUB, GPOS) would be
                // copied whole, with the whole font's glyph numbers, and PDFBox's ligature of "ff" then pointed at
                // glyph 29,617 of a font of 8,260 and failed to save the PDF (a workstation id with "ff" on the
                // recovery sheet)
                TTFSubsetter subset = new TTFSubsetter(ttf, KEPT_TABLES);
                subset.addAll(chars);
                subset.writeToStream(out);
            }
            Files.move(part, common, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean newerThanTexts(Path common, String[] args) throws IOException {
        for (int i = 1; i < args.length; i++) {
            if (Files.getLastModifiedTime(Path.of(args[i])).compareTo(Files.getLastModifiedTime(common)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** GB 2312, Latin, punctuation, symbols, full-width forms. */
    static Set<Integer> common() {
        Set<Integer> chars = new TreeSet<>();
        CharsetEncoder gb2312 = java.nio.charset.Charset.forName("GB2312").newEncoder();
        for (char c = 0x20; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && gb2312.canEncode(c)) {
                chars.add((int) c);
            }
        }
        Stream.of(new int[] {0x20, 0x24F}, new int[] {0x2000, 0x2BFF}, new int[] {0x3000, 0x303F},
                new int[] {0xFF00, 0xFFEF}).forEach(r -> {
                    for (int c = r[0]; c <= r[1]; c++) {
                        chars.add(c);
                    }
                });
        return chars;
    }
}
