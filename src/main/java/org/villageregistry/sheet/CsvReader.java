package org.villageregistry.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.ledger.RawSheet;
import org.villageregistry.service.ledger.SheetCell;

/**
 * Reads a CSV ledger or Excel's "Unicode text". Excel on a Chinese Windows saves CSV in the ANSI code page
 * (GBK, read here as GB18030, which GBK is part of and which also holds the rarer characters of names such as
 * 𠮷 or 䶮), newer versions in UTF-8 with a BOM; "Unicode 文本" is UTF-16 with a BOM and tabs between cells.
 * Quoted fields may hold the separator, quotes ("") and line breaks.
 */
final class CsvReader {
    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");

    RawSheet read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException("ledger.file.unreadable", file.getFileName(), e.getClass().getSimpleName());
        }
        String name = file.getFileName().toString();
        String text = decode(bytes);
        return new RawSheet(name, name, parse(text, separator(text)));
    }

    /** UTF-16 after its BOM; UTF-8 when the bytes are valid UTF-8 (a BOM is dropped); otherwise GB18030. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new String(Arrays.copyOfRange(bytes, 2, bytes.length), utf16);
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    /** A tab when the first line has tabs and no commas outside quotes (Excel's text formats), else a comma. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        String unquoted = first.replaceAll("\"[^\"]*\"", "");
        return unquoted.indexOf('\t') >= 0 && unquoted.indexOf(',') < 0 ? '\t' : ',';
    }

    static List<List<SheetCell>> parse(String text) {
        return parse(text, ',');
    }

    static List<List<SheetCell>> parse(String text, char separator) {
        List<List<SheetCell>> rows = new ArrayList<>();
        List<SheetCell> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(SheetCell.text(field.toString()));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(SheetCell.text(field.toString()));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(SheetCell.text(field.toString()));
            rows.add(row);
        }
        return rows;
    }
}
