package org.villageregistry.ui.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.task.ScreenWork;

/**
 * 冲突处理 (township): the conflicts raised by imports, the village's version beside the other one field by
 * field with the differences marked, and the three decisions, each recorded through the conflict service
 * (who and when) and sent back in the village's next receipt.
 */
public final class ConflictsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictsViewModel.class);
    private static final Set<String> HIDDEN = Set.of("hash", "prevHash");

    /** One conflict of the list. */
    public record ConflictLine(Conflict conflict, String village, String other, String reason, String name,
                               String decision) {
    }

    /** One field of the side-by-side comparison. */
    public record FieldRow(String field, String village, String other, boolean differs) {
    }

    private final SyncServices sync;
    private final ScreenWork work;
    private final ObservableList<ConflictLine> conflicts = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConflictLine> selected = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty undecidedOnly = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public ConflictsViewModel(SyncServices sync, TaskExecutor executor, Executor uiThread) {
        this.sync = Objects.requireNonNull(sync);
        this.work = new ScreenWork(executor, uiThread, LOG);
        undecidedOnly.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        boolean open = undecidedOnly.get();
        work.runWhenIdle(Messages.get("syncui.loading"), "Loading the conflicts",
                p -> sync.conflicts().list(open).stream().map(this::line).toList(), lines -> {
                    conflicts.setAll(lines);
                    select(null);
                });
    }

    private ConflictLine line(Conflict c) {
        String village = sync.identity().nameOf(c.origin());
        String other = sync.identity().nameOf(c.otherOwner());
        String name = text(read(c.villageState()).path("name"));
        return new ConflictLine(c, village, other, Messages.get("syncui.conflict.reason." + c.reasonCode()), name,
                c.decision().map(d -> Messages.get("syncui.decision." + d.name()) + " · "
                        + c.decidedBy().orElse("")).orElse(Messages.get("syncui.decision.none")));
    }

    /** Shows the two versions of the conflict side by side. */
    public void select(ConflictLine line) {
        selected.set(line);
        result.set("");
        rows.setAll(line == null ? List.of() : compare(line.conflict()));
    }

    /** The fields of both versions in the village's order (then the other's extra ones), differences marked. */
    static List<FieldRow> compare(Conflict c) {
        Map<String, String> village = flat(read(c.villageState()));
        Map<String, String> other = flat(read(c.otherState()));
        Set<String> names = new LinkedHashSet<>(village.keySet());
        names.addAll(other.keySet());
        List<FieldRow> out = new ArrayList<>();
        for (String n : names) {
            if (HIDDEN.contains(n)) {
                continue;
            }
            String v = village.getOrDefault(n, "");
            String o = other.getOrDefault(n, "");
            out.add(new FieldRow(label(n), shown(n, v), shown(n, o), !v.equals(o)));
        }
        return out;
    }

    private static final Map<String, Class<? extends Enum<?>>> CODED = Map.of(
            "sex", org.villageregistry.domain.person.Sex.class,
            "ethnicity", org.villageregistry.domain.person.Ethnicity.class,
            "hukouType", org.villageregistry.domain.person.HukouType.class,
            "residence", org.villageregistry.domain.person.ResidenceStatus.class,
            "maritalStatus", org.villageregistry.domain.person.MaritalStatus.class,
            "relation", org.villageregistry.domain.person.RelationToHead.class);

    /** ID numbers masked; coded values by their Chinese (or English) name, e.g. FEMALE as 女. */
    private static String shown(String field, String value) {
        if (field.equals("idNumber") && !value.isEmpty()) {
            return IdNumber.mask(value);
        }
        Class<? extends Enum<?>> type = CODED.get(field);
        if (type != null) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(value) && constant instanceof org.villageregistry.domain.text.Coded c) {
                    return c.label();
                }
            }
        }
        return value;
    }

    private static String label(String field) {
        String key = "syncui.field." + field;
        String text = Messages.get(key);
        return text.equals(key) ? field : text;
    }

    private static Map<String, String> flat(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                out.put(f.getKey(), text(f.getValue()));
            }
        }
        return out;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static JsonNode read(String json) {
        try {
            JsonNode node = Json.mapper().readTree(json == null ? "{}" : json);
            return node.isTextual() ? Json.mapper().readTree(node.asText()) : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Json.mapper().createObjectNode();
        }
    }

    /** Records the decision for the selected conflict, with who took it and when. */
    public void decide(ConflictDecision decision) {
        ConflictLine line = selected.get();
        if (line == null) {
            return;
        }
        boolean open = undecidedOnly.get();
        long id = line.conflict().id();
        work.run(Messages.get("syncui.deciding"), "Recording a conflict decision", p -> {
            Conflict decided = sync.conflicts().decide(id, decision);
            return new Decided(line(decided), sync.conflicts().list(open).stream().map(this::line).toList());
        }, decided -> {
            conflicts.setAll(decided.lines());
            select(null);
            result.set(Messages.get("syncui.decided", decided.line().name(), decided.line().decision()));
        });
    }

    private record Decided(ConflictLine line, List<ConflictLine> lines) {
    }

    public ObservableList<ConflictLine> conflicts() {
        return conflicts;
    }

    public ObservableList<FieldRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ConflictLine> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanProperty undecidedOnlyProperty() {
        return undecidedOnly;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    ScreenWork work() {
        return work;
    }
}
