package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;

/**
 * A received record is kept with the JSON state it arrived as where the import gives it (its typed columns from the
 * record read from that text), and reads back as that record; without it, as the record is written here.
 */
class ReceivedStateTest {
    @TempDir
    Path home;

    @Test
    void aRecordKeptWithTheStateItArrivedAsReadsBackTheSame() throws Exception {
        Person wang = RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 1, 2)).version(1).build();
        Person li = RegisterFixture.person("李强", Sex.MALE, LocalDate.of(1988, 3, 4)).version(1).build();
        // as another writer may order its members
        ObjectNode written = (ObjectNode) RecordJson.MAPPER.readTree(RecordJson.write(wang));
        Map<String, Object> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Iterator<String> it = written.fieldNames(); it.hasNext();) {
            String name = it.next();
            reversed.put(name, written.get(name));
        }
        String asArrived = RecordJson.MAPPER.writeValueAsString(reversed);
        assertThat(asArrived).isNotEqualTo(RecordJson.write(wang));

        try (Register r = RegisterFixture.create(home)) {
            r.transactions().write(() -> {
                r.persons().saveReceivedAll(List.of(wang, li), Set.of(), Map.of(wang.id(), asArrived));
                return null;
            });
            assertThat(r.persons().get(wang.id())).isEqualTo(wang);
            assertThat(r.persons().get(li.id())).isEqualTo(li);
            assertThat(r.persons().search("王芳", 5)).extracting(h -> h.person().id()).containsExactly(wang.id());
        }
        try (Connection c = RegisterFixture.rawConnection(home);
             PreparedStatement ps = c.prepareStatement("SELECT state, name, birth_date FROM person WHERE id = ?")) {
            ps.setObject(1, wang.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(asArrived);
                assertThat(rs.getString(2)).isEqualTo("王芳");
                assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(1990, 1, 2));
            }
            ps.setObject(1, li.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(RecordJson.write(li));
            }
        }
    }
}
