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
 * Reads a CSV ledger. Excel on a Chinese Windows saves CSV in GBK, newer versions in UTF-8 with a BOM: the text
 * is taken as UTF-8 when it decodes as UTF-8 (with or without BOM), else as GBK. Quoted fields may hold commas,
 * quotes ("") and line breaks.
 */
final class CsvReader {
    static final Charset GBK = Charset.forName("GBK");

    RawSheet read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException("ledger.file.unreadable", file.getFileName(), e.getClass().getSimpleName());
        }
        String name = file.getFileName().toString();
        return new RawSheet(name, name, parse(decode(bytes)));
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise GBK. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    static List<List<SheetCell>> parse(String text) {
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
            } else if (c == ',') {
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
