package org.villageregistry.service.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;

/**
 * A mapping file overriding the guessed mapping, e.g. {@code {"name": "户主姓名", "idNumber": 5, "notes": null}}:
 * each ledger column (LedgerColumn.key) names a header text or a 1-based column number; null drops the column.
 */
final class MappingFile {
    private MappingFile() {
    }

    static ColumnMapping apply(Path file, LedgerSheet sheet, ColumnMapping guessed) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new RegistryException("ledger.mapping.unreadable", file.getFileName(), e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RegistryException("ledger.mapping.notObject", file.getFileName());
        }
        ColumnMapping mapping = guessed;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            LedgerColumn column = LedgerColumn.byKey(entry.getKey())
                    .orElseThrow(() -> new RegistryException("ledger.mapping.unknownColumn", entry.getKey()));
            JsonNode value = entry.getValue();
            if (value.isNull() || value.asText().isBlank()) {
                mapping = mapping.without(column);
            } else {
                mapping = mapping.with(column, index(value, sheet));
            }
        }
        return mapping;
    }

    private static int index(JsonNode value, LedgerSheet sheet) {
        if (value.isInt()) {
            int number = value.asInt();
            if (number < 1 || number > sheet.headers().size()) {
                throw new RegistryException("ledger.mapping.noSuchColumn", number, sheet.headers().size());
            }
            return number - 1;
        }
        String header = value.asText().strip();
        int index = sheet.headers().stream().map(String::strip).toList().indexOf(header);
        if (index < 0) {
            throw new RegistryException("ledger.mapping.headerNotFound", header, String.join("、", sheet.headers()));
        }
        return index;
    }
}
