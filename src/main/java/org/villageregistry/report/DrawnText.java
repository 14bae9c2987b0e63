package org.villageregistry.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Which character each glyph code of a subset font stood for when it was drawn, and the ToUnicode CMap written
 * from that record.
 *
 * <p>PDFBox 3.0.x builds the subset's ToUnicode map from the font's cmap, taking the lowest code point of a glyph
 * that several code points share: Noto Sans SC draws 人 and the Kangxi radical ⼈ (U+2F08) with one glyph, so the
 * PDF said ⼈ and a reader copying or searching the page got the radical. Here the map says the character the
 * report actually drew, so copy and search give back the text that was printed.
 */
final class DrawnText {
    private static final int PER_BLOCK = 100;

    private final Map<PDType0Font, Map<Integer, Integer>> codePointByCode = new LinkedHashMap<>();
    private final Map<PDType0Font, Map<Integer, Integer>> codeByCodePoint = new HashMap<>();

    void remember(PDType0Font font, String printable) {
        Map<Integer, Integer> codes = codeByCodePoint.computeIfAbsent(font, f -> new HashMap<>());
        Map<Integer, Integer> chars = codePointByCode.computeIfAbsent(font, f -> new TreeMap<>());
        printable.codePoints().forEach(cp -> {
            if (!codes.containsKey(cp)) {
                int code = code(font, cp);
                codes.put(cp, code);
                chars.putIfAbsent(code, cp);
            }
        });
    }

    private static int code(PDType0Font font, int codePoint) {
        try {
            byte[] bytes = font.encode(new String(Character.toChars(codePoint)));
            int code = 0;
            for (byte b : bytes) {
                code = (code << 8) | (b & 0xFF);
            }
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the document with ToUnicode maps of the drawn text. PDFBox subsets the fonts (and writes its own map)
     * while saving, so the document is saved once to nowhere, the maps are replaced, and then saved for real.
     */
    void save(PDDocument doc, OutputStream out) throws IOException {
        doc.save(OutputStream.nullOutputStream());
        for (var entry : codePointByCode.entrySet()) {
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream cmap = stream.createOutputStream(COSName.FLATE_DECODE)) {
                cmap.write(cmap(entry.getValue()).getBytes(StandardCharsets.US_ASCII));
            }
            entry.getKey().getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
        doc.save(out);
    }

    static String cmap(Map<Integer, Integer> chars) {
        StringBuilder s = new StringBuilder(64 + chars.size() * 16);
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = chars.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += PER_BLOCK) {
            var block = entries.subList(from, Math.min(entries.size(), from + PER_BLOCK));
            s.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                s.append('<').append(String.format("%04X", e.getKey())).append("> <");
                for (char c : Character.toChars(e.getValue())) {
                    s.append(String.format("%04X", (int) c));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString();
    }
}
