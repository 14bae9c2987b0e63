package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;

/**
 * What the village home screen shows of sync: changes not yet delivered, the to-fix list (quarantined
 * changes) and the tasks from receipts; and taking in a person transferred from another village.
 */
public final class VillageSyncStatus {
    private final SyncIdentity identity;

    public VillageSyncStatus(SyncIdentity identity) {
        this.identity = identity;
    }

    /** The numbers for the home screen. */
    public record Summary(long lastChange, long lastAcknowledged, long undelivered, int toFix, int otherTasks) {
    }

    public Summary summary() {
        long last = identity.register().changes().last().map(Change::changeId).orElse(0L);
        long ack = identity.register().sync().delivery().villageProgress().lastAcknowledged();
        List<Task> open = identity.register().sync().tasks().tasks(true);
        int toFix = (int) open.stream().filter(t -> t.kind() == TaskKind.FIX_CHANGE).count();
        return new Summary(last, ack, Math.max(0, last - ack), toFix, open.size() - toFix);
    }

    public List<Task> toFix() {
        return identity.register().sync().tasks().tasks(true).stream().filter(t -> t.kind() == TaskKind.FIX_CHANGE).toList();
    }

    public List<Task> tasks() {
        return identity.register().sync().tasks().tasks(true).stream().filter(t -> t.kind() != TaskKind.FIX_CHANGE).toList();
    }

    public void done(long taskId) {
        Permissions.require(identity.register(), Permission.EDIT_REGISTER);
        identity.register().transactions().write(() -> identity.register().sync().tasks().markTaskDone(taskId));
    }

    /**
     * Takes in a person the township transferred to this village: the record as the township holds it (owner
     * already this village, its version kept, so the next change continues from it).
     */
    public Person acceptTransfer(long taskId) {
        Permissions.require(identity.register(), Permission.EDIT_REGISTER);
        Task task = identity.register().sync().tasks().tasks(true).stream().filter(t -> t.id() == taskId).findFirst()
                .filter(t -> t.kind() == TaskKind.TRANSFER_IN)
                .orElseThrow(() -> new RegistryException("sync.service.noSuchTask", taskId));
        try {
            JsonNode payload = Json.mapper().readTree(task.payloadJson());
            Person person = Json.mapper().treeToValue(payload.get("record"), Person.class);
            if (!person.owner().equals(identity.division())) {
                throw new RegistryException("sync.service.noSuchTask", taskId);
            }
            return identity.register().transactions().write(() -> {
                Person saved = identity.register().persons().saveReceived(person);
                identity.register().sync().tasks().markTaskDone(taskId);
                return saved;
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RegistryException(e, "sync.service.noSuchTask", taskId);
        }
    }
}
