package org.villageregistry.domain.text;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/** The {@link Code} rows of each {@link Coded} enum, read once per enum and kept by constant name. */
final class CodeTable {
    /** One row, copied out of its annotation so that reading it is a plain field access. */
    record Row(String code, String zh, String en) {
    }

    private static final ClassValue<Map<String, Row>> TABLES = new ClassValue<>() {
        @Override
        protected Map<String, Row> computeValue(Class<?> type) {
            Map<String, Row> rows = new HashMap<>();
            for (Field field : type.getDeclaredFields()) {
                if (field.isEnumConstant()) {
                    Code code = field.getAnnotation(Code.class);
                    if (code == null) {
                        throw new IllegalStateException(type.getName() + "." + field.getName() + " has no @Code");
                    }
                    rows.put(field.getName(), new Row(code.code(), code.zh(), code.en()));
                }
            }
            return Map.copyOf(rows);
        }
    };

    private CodeTable() {
    }

    static Row row(Coded value) {
        Enum<?> constant = (Enum<?>) value;
        return TABLES.get(constant.getDeclaringClass()).get(constant.name());
    }
}
