package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The floor window of desktop-memory.sh: rows of Chinese text, and the script starts it as the desktop. */
class MemoryFloorTest {
    @Test
    void theFloorWindowHoldsItsRowsOfChineseText() {
        var rows = MemoryFloor.rows();
        assertThat(rows).hasSize(MemoryFloor.ROWS);
        assertThat(rows.get(9)).containsExactly("第10村", "李建国",
                "1949-10-10", "未婚", "户籍在村且常住");
    }

    @Test
    void theMemoryScriptMeasuresTheFloorWithTheDesktopsOptionsAndEnvironment() throws Exception {
        String script = Files.readString(Path.of("installer", "desktop-memory.sh"));
        assertThat(script).contains("org.villageregistry.app.MemoryFloor").contains("$menu_env")
                .contains("lib/app/$(basename \"$launcher\").cfg");
    }
}
